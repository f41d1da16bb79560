import { centroid, smoothClosedPath, smoothOpenPath, type ViewBoxPoint } from '@bodymap/core';
import { polygonContains } from 'd3-polygon';
import { findSquare, samplePath, type Point } from '../../../../../tests/unit/geometry-checks.ts';
import {
  footLabelAnchors,
  soleBoxes,
  soleHotspots,
  soleRegions,
  soleZoneAt,
  soles,
  type FootSide,
  type SoleZone,
} from './soles.js';


function distanceToOutline(outline: readonly Point[], [x, y]: ViewBoxPoint): number {
  return Math.min(...outline.map(([px, py]) => Math.hypot(px - x, py - y)));
}

const sides: readonly FootSide[] = ['left', 'right'];
const zones: readonly SoleZone[] = ['toes', 'ball', 'arch', 'heel'];
const outlines = soles.silhouette.map((outline) => samplePath(smoothClosedPath(outline)));
// Each foot's smoothed outline, found by where it lies rather than by its place in the list.
const outlineOf = (side: FootSide) => outlines.find((outline) => centroid(outline)[0] < 150 === (side === 'left'))!;
const shapeOf = (id: string) => soles.regions.find((shape) => shape.region === id)!.points as Point[];
const pointName = (id: string) => id.replace(/-(left|right)$/, '');

describe('the soles view', () => {
  it('draws one outline per foot, the left foot the mirror image of the right', () => {
    expect(soles.id).toBe('soles');
    expect(soles.silhouette).toHaveLength(2);
    const [left, right] = soles.silhouette;
    expect(left!.map(([x, y]) => [Math.round((300 - x) * 10) / 10, y])).toEqual(right);
  });

  it('fits each sole tightly in its box, about 116 units wide and 434 tall, with a gap between the feet', () => {
    for (const side of sides) {
      const xs = outlineOf(side).map(([x]) => x);
      const ys = outlineOf(side).map(([, y]) => y);
      const box = soleBoxes[side];
      const drawn = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      const expected = [box.x, box.y, box.x + box.width, box.y + box.height];
      drawn.forEach((value, index) => expect(Math.abs(value - expected[index]!)).toBeLessThan(0.3));
    }
    expect(soleBoxes.right.x - (soleBoxes.left.x + soleBoxes.left.width)).toBeGreaterThanOrEqual(12);
  });

  it('keeps every point in the viewBox, rounded to a tenth of a unit', () => {
    const points = [
      ...soles.silhouette.flat(),
      ...soles.regions.flatMap((shape) => shape.points),
      ...soles.details.flatMap((detail) => detail.points),
      ...soleHotspots.map((hotspot) => hotspot.point),
      ...Object.values(footLabelAnchors),
    ];
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(300);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(640);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
    }
  });

  it('draws the four zones of each sole once each, and only those', () => {
    const zoneIds = soleRegions.filter((region) => region.group === 'feet').map((region) => region.id);
    expect(zoneIds).toHaveLength(8);
    expect(soles.regions.map((shape) => shape.region).sort()).toEqual([...zoneIds].sort());
  });

  it('answers every click on a sole with exactly one zone', () => {
    const gaps: Point[] = [];
    const overlaps: string[] = [];
    let sampled = 0;
    // The lattice is offset by a quarter unit so that no sample sits exactly on a seam.
    for (let y = 60.25; y < 560; y += 1) {
      for (let x = 0.25; x < 300; x += 1) {
        if (!outlines.some((outline) => polygonContains(outline, [x, y]))) {
          continue;
        }
        sampled += 1;
        const hits = soles.regions.filter((shape) => polygonContains(shape.points as Point[], [x, y]));
        if (hits.length === 0) {
          gaps.push([x, y]);
        } else if (hits.length > 1) {
          overlaps.push(`${x},${y}: ${hits.map((hit) => hit.region).join(' + ')}`);
        }
      }
    }
    expect(sampled).toBeGreaterThan(60000);
    expect(gaps).toEqual([]);
    expect(overlaps).toEqual([]);
  });

  it('shares every seam vertex exactly between neighbouring zones', () => {
    for (const side of sides) {
      for (let index = 1; index < zones.length; index += 1) {
        const above = shapeOf(`foot-sole-${side}-${zones[index - 1]}`).map(String);
        const below = new Set(shapeOf(`foot-sole-${side}-${zones[index]}`).map(String));
        expect(above.filter((vertex) => below.has(vertex)).length).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it("draws the left foot on the viewer's left and the right foot on the viewer's right", () => {
    const onLeft = (x: number) => x < 150;
    for (const shape of soles.regions) {
      const left = shape.region.includes('-left-');
      const onItsSide = shape.points.every(([x]) => onLeft(x) === left);
      expect({ id: shape.region, onItsSide }).toEqual({ id: shape.region, onItsSide: true });
    }
    for (const hotspot of soleHotspots) {
      expect(hotspot.id.endsWith(`-${hotspot.side}`)).toBe(true);
      const left = onLeft(hotspot.point[0]);
      expect({ id: hotspot.id, left }).toEqual({ id: hotspot.id, left: hotspot.side === 'left' });
    }
    for (const side of sides) {
      expect(onLeft(footLabelAnchors[side][0])).toBe(side === 'left');
    }
  });

  it('gives every zone room for a 24 by 24 target inside the sole', () => {
    for (const shape of soles.regions) {
      const side = shape.region.includes('-left-') ? 'left' : 'right';
      const inside = findSquare([shape.points as Point[], outlineOf(side)], 24);
      expect({ id: shape.region, fits: inside !== undefined }).toEqual({ id: shape.region, fits: true });
    }
  });

  it('keeps the light lines inside the feet', () => {
    for (const detail of soles.details) {
      const path = detail.closed ? smoothClosedPath(detail.points) : smoothOpenPath(detail.points);
      for (const point of samplePath(path)) {
        expect(outlines.some((outline) => polygonContains(outline, point))).toBe(true);
      }
    }
  });
});

describe('the reflexology hotspots', () => {
  const left = soleHotspots.filter((hotspot) => hotspot.side === 'left');
  const right = soleHotspots.filter((hotspot) => hotspot.side === 'right');

  it('puts 22 markers on the left sole and 21 on the right, from 25 points', () => {
    expect(left).toHaveLength(22);
    expect(right).toHaveLength(21);
    expect(new Set(soleHotspots.map((hotspot) => pointName(hotspot.id))).size).toBe(25);
    expect(new Set(soleHotspots.map((hotspot) => hotspot.id)).size).toBe(soleHotspots.length);
    expect(soleHotspots.every((hotspot) => /^rfx-[a-z]+(-[a-z]+)*-(left|right)$/.test(hotspot.id))).toBe(true);
  });

  it('carries the one-sided points on their own foot only', () => {
    const names = (hotspots: typeof soleHotspots) => new Set(hotspots.map((hotspot) => pointName(hotspot.id)));
    const [leftNames, rightNames] = [names(left), names(right)];
    expect([...leftNames].filter((name) => !rightNames.has(name)).sort()).toEqual(
      ['rfx-descending-sigmoid-colon', 'rfx-heart', 'rfx-spleen', 'rfx-stomach'],
    );
    expect([...rightNames].filter((name) => !leftNames.has(name)).sort()).toEqual(
      ['rfx-ascending-colon', 'rfx-gallbladder', 'rfx-liver'],
    );
  });

  it('mirrors a point carried by both feet across the midline', () => {
    for (const hotspot of left) {
      const twin = right.find((other) => pointName(other.id) === pointName(hotspot.id));
      if (twin) {
        const mirrored = [Math.round((300 - hotspot.point[0]) * 10) / 10, hotspot.point[1]];
        expect({ id: hotspot.id, point: mirrored }).toEqual({ id: hotspot.id, point: twin.point });
      }
    }
  });

  it('places a point near the big toe in the inner half of each box, towards the middle of the view', () => {
    for (const side of sides) {
      const { point } = soleHotspots.find((hotspot) => hotspot.id === `rfx-head-brain-${side}`)!;
      const box = soleBoxes[side];
      const fromInnerEdge = side === 'left' ? box.x + box.width - point[0] : point[0] - box.x;
      expect(fromInnerEdge / box.width).toBeCloseTo(0.14, 2);
      expect((point[1] - box.y) / box.height).toBeCloseTo(0.04, 2);
    }
  });

  it('lies inside its own sole, and inside the zone its height implies', () => {
    for (const hotspot of soleHotspots) {
      const outline = outlineOf(hotspot.side);
      const point = hotspot.point as Point;
      const inSole = polygonContains(outline, point) && distanceToOutline(outline, point) > 1.5;
      expect({ id: hotspot.id, inSole }).toEqual({ id: hotspot.id, inSole: true });
      const box = soleBoxes[hotspot.side];
      const zone = soleZoneAt((point[1] - box.y) / box.height);
      const inZone = polygonContains(shapeOf(`foot-sole-${hotspot.side}-${zone}`), point);
      expect({ id: hotspot.id, zone, inZone }).toEqual({ id: hotspot.id, zone, inZone: true });
    }
  });
});

describe('the soles region models', () => {
  it('names every zone and every hotspot once, all seen only in the soles view', () => {
    expect(soleRegions).toHaveLength(8 + 43);
    expect(new Set(soleRegions.map((region) => region.id)).size).toBe(soleRegions.length);
    expect(soleRegions.every((region) => region.views.length === 1 && region.views[0] === 'soles')).toBe(true);
    expect(soleRegions.filter((region) => region.group === 'reflexology').map((region) => region.id)).toEqual(
      soleHotspots.map((hotspot) => hotspot.id),
    );
    for (const region of soleRegions) {
      expect(region.id.includes(`-${region.side}`)).toBe(true);
    }
  });

  it('anchors each foot label under its heel', () => {
    for (const side of sides) {
      const [x, y] = footLabelAnchors[side];
      const box = soleBoxes[side];
      expect(x).toBeGreaterThan(box.x + box.width * 0.25);
      expect(x).toBeLessThan(box.x + box.width * 0.75);
      expect(y).toBeGreaterThan(box.y + box.height + 12);
      expect(y).toBeLessThan(box.y + box.height + 40);
    }
    expect(footLabelAnchors.left[1]).toBe(footLabelAnchors.right[1]);
  });
});
