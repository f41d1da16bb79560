import type { RegionModel, ViewId } from '@bodymap/core';

type Side = 'left' | 'right';

// The muscles the muscle layer draws: the ones massage works on and the brief's trigger-point
// material names. Each lies in one area (`areaOf`, its id with `*` for the muscle's side) and is
// drawn in the views that show it; a deep one lies under others.
const muscles = [
  ['temporalis', 'head-temple-*', ['front'], 'superficial'],
  ['sternocleidomastoid', 'neck-front', ['front'], 'superficial'],
  // felt at the base of the skull, which the back of the head's area reaches down to
  ['suboccipitals', 'head-back', ['back'], 'deep'],
  ['levator-scapulae', 'neck-*', ['back'], 'deep'],
  // from behind, the slope from the neck to the shoulder lies in the neck's area
  ['upper-trapezius', 'neck-*', ['back'], 'superficial'],
  ['deltoid', 'shoulder-*', ['back', 'front'], 'superficial'],
  ['middle-trapezius', 'upper-back-*', ['back'], 'superficial'],
  ['rhomboids', 'upper-back-*', ['back'], 'deep'],
  ['lower-trapezius', 'mid-back-*', ['back'], 'superficial'],
  ['latissimus-dorsi', 'mid-back-*', ['back'], 'superficial'],
  ['erector-spinae', 'lower-back-*', ['back'], 'superficial'],
  ['quadratus-lumborum', 'lower-back-*', ['back'], 'deep'],
  ['gluteus-maximus', 'hip-glute-*', ['back'], 'superficial'],
  ['gluteus-medius', 'hip-glute-*', ['back'], 'superficial'],
  ['piriformis', 'hip-glute-*', ['back'], 'deep'],
  ['hamstrings', 'thigh-*', ['back'], 'superficial'],
  ['gastrocnemius', 'calf-*', ['back'], 'superficial'],
  ['soleus', 'calf-*', ['back'], 'deep'],
  ['plantar-fascia', 'foot-sole-*-arch', ['soles'], 'superficial'],
] as const satisfies readonly (readonly [string, string, readonly ViewId[], 'superficial' | 'deep'])[];

export type MuscleName = (typeof muscles)[number][0];
export const muscleNames: readonly MuscleName[] = muscles.map(([name]) => name);

type Area<Base extends string, S extends Side> = Base extends `${infer Before}*${infer After}` ? `${Before}${S}${After}` : Base;
type MuscleOf<Entry> = Entry extends readonly [infer Name extends string, infer Base extends string, readonly ViewId[], string]
  ? { [S in Side]: { readonly id: `muscle-${Name}-${S}`; readonly areaOf: Area<Base, S> } & RegionModel }[Side]
  : never;

/** Every muscle region, each side of the body, in the order the brief lists them from head to foot. */
export const muscleRegions = muscles.flatMap(([name, area, views, depth]) =>
  (['left', 'right'] as const).map((side) => ({
    id: `muscle-${name}-${side}`,
    side,
    group: 'muscles',
    layer: 'muscles',
    views,
    areaOf: area.replace('*', side),
    depth,
  })),
) as readonly MuscleOf<(typeof muscles)[number]>[];
