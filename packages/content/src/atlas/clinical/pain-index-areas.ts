import type { PainIndexArea } from '@bodymap/core';
import type { RegionId } from '../regions.js';
import { muscleRegions } from '../muscles/models.js';
import { soleRegions, type SoleRegionId } from '../soles/points.js';

/*
 * The Widespread Pain Index areas each region counts towards, as the 2010 ACR criteria (Wolfe et
 * al., Arthritis Care Res 2010;62:600) list them and the 2016 revision (Semin Arthritis Rheum
 * 2016;46:319) keeps them. The index names no area for the head above the jaw, the hands, the
 * knees or the feet, so those regions count towards none.
 */
const bodyRegions = {
  // The face is drawn as one region holding both sides of the jaw, so it counts towards both.
  'head-face': ['jaw-left', 'jaw-right'],
  // The temple holds the temporalis, a jaw muscle, where jaw pain is commonly felt.
  'head-temple-left': ['jaw-left'],
  'head-temple-right': ['jaw-right'],
  'head-back': [],
  'neck-front': ['neck'],
  'neck-left': ['neck'],
  'neck-right': ['neck'],
  'spine-cervical': ['neck'],
  'shoulder-left': ['shoulder-girdle-left'],
  'shoulder-right': ['shoulder-girdle-right'],
  'chest-left': ['chest'],
  'chest-right': ['chest'],
  abdomen: ['abdomen'],
  // The index splits the back in two: the thoracic back above the waist, the lumbar back below.
  'upper-back-left': ['upper-back'],
  'upper-back-right': ['upper-back'],
  'mid-back-left': ['upper-back'],
  'mid-back-right': ['upper-back'],
  'spine-thoracic': ['upper-back'],
  'lower-back-left': ['lower-back'],
  'lower-back-right': ['lower-back'],
  'spine-lumbar': ['lower-back'],
  'spine-sacral': ['lower-back'],
  // The index's hip is "hip (buttock, trochanter)".
  'hip-glute-left': ['hip-left'],
  'hip-glute-right': ['hip-right'],
  'upper-arm-left': ['upper-arm-left'],
  'upper-arm-right': ['upper-arm-right'],
  'forearm-left': ['lower-arm-left'],
  'forearm-right': ['lower-arm-right'],
  'hand-left': [],
  'hand-right': [],
  'thigh-left': ['upper-leg-left'],
  'thigh-right': ['upper-leg-right'],
  // The knee is the joint between the index's upper and lower leg, and the index lists no joint:
  // counting it to either area would answer a question the criteria's form never asks.
  'knee-left': [],
  'knee-right': [],
  'shin-left': ['lower-leg-left'],
  'shin-right': ['lower-leg-right'],
  'calf-left': ['lower-leg-left'],
  'calf-right': ['lower-leg-right'],
  'foot-left': [],
  'foot-right': [],
} as const satisfies Record<Exclude<RegionId, SoleRegionId | MuscleRegionId>, readonly PainIndexArea[]>;

// The soles view's zones and reflexology points are all on the feet.
const soles = Object.fromEntries(soleRegions.map((region): [SoleRegionId, readonly PainIndexArea[]] => [region.id, []])) as Record<SoleRegionId, readonly PainIndexArea[]>;

const areas: Readonly<Record<Exclude<RegionId, MuscleRegionId>, readonly PainIndexArea[]>> = { ...soles, ...bodyRegions };

// A muscle counts towards the areas of the area it lies in: the index asks where pain is, not which muscle holds it.
type MuscleRegionId = (typeof muscleRegions)[number]['id'];
const muscles = Object.fromEntries(muscleRegions.map((muscle) => [muscle.id, areas[muscle.areaOf]])) as Record<MuscleRegionId, readonly PainIndexArea[]>;

/** The Widespread Pain Index areas each region of the default atlas counts towards: none, one or several. */
export const painIndexAreasByRegion: Readonly<Record<RegionId, readonly PainIndexArea[]>> = { ...areas, ...muscles };
