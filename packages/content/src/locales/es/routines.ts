import type { RoutinePack } from '@bodymap/core';
import { joinRoutines, type RoutineLocaleWords } from '../../routines/join-routines.js';
import { routineFacts } from '../../routines/routine-facts.js';
import type { SourceKey } from '../../sources.js';
import words from './routines.json' with { type: 'json' };

// The routines' Spanish words joined with their facts, loaded the first time a routine is shown.
const own: RoutineLocaleWords = words;

export const routines: RoutinePack<SourceKey> = joinRoutines(routineFacts, own);
