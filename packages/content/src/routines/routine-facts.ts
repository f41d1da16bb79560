import { deskNeckShoulders } from './desk-neck-shoulders.js';
import { lowerBackBall } from './lower-back-ball.js';
import type { RoutineFacts } from './join-routines.js';
import { tensionHeadache } from './tension-headache.js';
import { tiredFeet } from './tired-feet.js';

/** The bundled routines' facts, shared by every locale, in the order a list of them shows. */
export const routineFacts: readonly RoutineFacts[] = [tensionHeadache, deskNeckShoulders, lowerBackBall, tiredFeet];

/** The ids of the bundled routines, for `<BodyMap routine>`. */
export const routineIds = routineFacts.map((routine) => routine.id);
