import { formatString } from '@bodymap/core';
import type { MuscleName } from '../atlas/muscles/models.js';
import type { RegionId } from '../atlas/regions.js';
import { soleHotspotPoints, type SoleHotspotId, type SoleZone, type SoleZoneId } from '../atlas/soles/points.js';
import type { ReflexologyPoint } from '../panels/reflexology.js';

const sides = ['left', 'right'] as const;
type Side = (typeof sides)[number];

/**
 * A label template for each side of the body, with a `{name}` placeholder for the part that differs from region to
 * region: `{ left: 'Left {name}', right: 'Right {name}' }`. A language whose side words agree with the noun has one
 * pair of templates per agreement (Spanish: "{name} izquierdo", "{name} izquierda", "{name} izquierdos").
 */
export type SideTemplates = Readonly<Record<Side, string>>;

/** The areas that come as a left and a right region, by their id without the side: `shoulder` for `shoulder-left`. */
export type PairedArea = Exclude<RegionId, `muscle-${string}` | `rfx-${string}`> extends infer Id
  ? Id extends `${infer Area}-left`
    ? Area
    : never
  : never;

function pairs<Name extends string, Id extends string>(
  templates: SideTemplates,
  names: Readonly<Record<Name, string>>,
  idOf: (name: Name, side: Side) => Id,
): Record<Id, string> {
  return Object.fromEntries(
    (Object.entries(names) as [Name, string][]).flatMap(([key, name]) =>
      sides.map((side) => [idOf(key, side), formatString(templates[side], { name })]),
    ),
  ) as Record<Id, string>;
}

/** The labels of both sides of each area named: `{ shoulder: 'shoulder' }` gives "Left shoulder" and "Right shoulder". */
export function pairedAreaLabels<Area extends PairedArea>(templates: SideTemplates, names: Readonly<Record<Area, string>>) {
  return pairs(templates, names, (area, side) => `${area}-${side}` as const);
}

/** The labels of both sides of each muscle named, keyed by the muscle's name in the atlas (`muscleNames`). */
export function muscleLabels<Muscle extends MuscleName>(templates: SideTemplates, names: Readonly<Record<Muscle, string>>) {
  return pairs(templates, names, (muscle, side) => `muscle-${muscle}-${side}` as const);
}

/** The labels of the zones of both soles: "Left sole: {name}" with each zone's name. */
export function soleZoneLabels(templates: SideTemplates, names: Readonly<Record<SoleZone, string>>): Record<SoleZoneId, string> {
  return pairs(templates, names, (zone, side) => `foot-sole-${side}-${zone}` as const);
}

/**
 * The labels of the reflexology points, each point's name written once: the charts' table (points.ts) says which
 * soles carry it, so the heart's point is named on the left sole only and the liver's on the right only.
 */
export function reflexologyLabels(templates: SideTemplates, names: Readonly<Record<ReflexologyPoint, string>>): Record<SoleHotspotId, string> {
  return Object.fromEntries(soleHotspotPoints.map(({ id, point, side }) => [id, formatString(templates[side], { name: names[point] })])) as Record<
    SoleHotspotId,
    string
  >;
}
