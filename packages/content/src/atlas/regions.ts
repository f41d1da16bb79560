import type { RegionModel, Side, ViewId } from '@bodymap/core';
import { muscleRegions } from './muscles/models.js';
import { soleRegions } from './soles/points.js';

function pair<Base extends string>(
  base: Base,
  group: string,
  views: readonly ViewId[],
  aliases: (side: 'left' | 'right') => readonly string[] = () => [],
) {
  const sided = (side: 'left' | 'right') =>
    ({ id: `${base}-${side}` as const, side, group, views, aliases: aliases(side) }) satisfies RegionModel;
  return [sided('left'), sided('right')] as const;
}

function single<Id extends string>(id: Id, group: string, views: readonly ViewId[], aliases: readonly string[] = []) {
  return { id, side: 'midline' as Side, group, views, aliases } satisfies RegionModel;
}

/**
 * Every region of the default atlas. Ids follow the content brief and are stable across releases;
 * `left` and `right` are the person's sides.
 */
export const regions = [
  ...pair('head-temple', 'head', ['front'], (side) => [`${side}-temple`]),
  single('head-face', 'head', ['front'], ['face', 'forehead', 'jaw']),
  single('head-back', 'head', ['back'], ['back-of-head', 'scalp']),
  single('neck-front', 'neck', ['front'], ['throat']),
  ...pair('neck', 'neck', ['back'], (side) => [`${side}-neck`]),
  ...pair('shoulder', 'shoulders', ['front', 'back'], (side) => [`${side}-shoulder`]),
  ...pair('chest', 'chest', ['front'], (side) => [`${side}-chest`, `${side}-pectoral`]),
  single('abdomen', 'abdomen', ['front'], ['belly', 'stomach-area']),
  ...pair('upper-back', 'back', ['back'], (side) => [`${side}-upper-back`]),
  ...pair('mid-back', 'back', ['back'], (side) => [`${side}-mid-back`]),
  ...pair('lower-back', 'back', ['back'], (side) => [`${side}-lower-back`]),
  single('spine-cervical', 'spine', ['back'], ['cervical-spine', 'c1-c7']),
  single('spine-thoracic', 'spine', ['back'], ['thoracic-spine', 't1-t12']),
  single('spine-lumbar', 'spine', ['back'], ['lumbar-spine', 'l1-l5']),
  single('spine-sacral', 'spine', ['back'], ['sacrum', 'coccyx', 'tailbone']),
  ...pair('hip-glute', 'hips', ['back', 'front'], (side) => [`${side}-hip`, `${side}-glute`, `${side}-buttock`]),
  ...pair('upper-arm', 'arms', ['front', 'back'], (side) => [`${side}-upper-arm`]),
  ...pair('forearm', 'arms', ['front', 'back'], (side) => [`${side}-forearm`]),
  ...pair('hand', 'arms', ['front', 'back'], (side) => [`${side}-hand`]),
  ...pair('thigh', 'legs', ['front', 'back'], (side) => [`${side}-thigh`]),
  ...pair('knee', 'legs', ['front', 'back'], (side) => [`${side}-knee`]),
  ...pair('shin', 'legs', ['front'], (side) => [`${side}-shin`]),
  ...pair('calf', 'legs', ['back'], (side) => [`${side}-calf`]),
  ...pair('foot', 'feet', ['front', 'back'], (side) => [`${side}-foot`]).map((model) => ({ ...model, detailView: 'soles' as const })),
  ...soleRegions,
  ...muscleRegions,
] as const satisfies readonly RegionModel[];

export type RegionId = (typeof regions)[number]['id'];

export const regionIds: readonly RegionId[] = regions.map((region) => region.id);
