import { layerOf, type AtlasView, type RegionModel } from '@bodymap/core';
import { polygonContains } from 'd3-polygon';
import { expectInViewBox, findSquare, sampleOutline, type Point } from '../../../../../tests/unit/geometry-checks.ts';
import { back } from '../back.js';
import { front } from '../front.js';
import { atlas, regions, type RegionId } from '../index.js';
import { soleBoxes, soles } from '../soles/soles.js';
import { musclesBack, targetScale as backScale } from './back.js';
import { musclesFront, targetScale as frontScale } from './front.js';
import { musclesSoles, targetScale as solesScale } from './soles.js';

const models = new Map<string, RegionModel<RegionId>>(regions.map((region) => [region.id, region]));
const muscleModels = [...models.values()].filter((region) => layerOf(region) === 'muscles');

// Points along a polygon's edges, no more than half a unit apart, so that containment is checked between vertices too.
function alongEdges(polygon: readonly Point[]): Point[] {
  return polygon.flatMap((from, index) => {
    const to = polygon[(index + 1) % polygon.length]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / 0.5));
    return Array.from({ length: steps }, (_, step): Point => [
      from[0] + ((to[0] - from[0]) * step) / steps,
      from[1] + ((to[1] - from[1]) * step) / steps,
    ]);
  });
}

// The points of a half-unit lattice that lie inside a polygon, to measure how much of it lies somewhere.
function latticeInside(polygon: readonly Point[]): Point[] {
  const xs = polygon.map(([x]) => x);
  const ys = polygon.map(([, y]) => y);
  const result: Point[] = [];
  for (let y = Math.floor(Math.min(...ys)); y <= Math.max(...ys); y += 0.5) {
    for (let x = Math.floor(Math.min(...xs)); x <= Math.max(...xs); x += 0.5) {
      if (polygonContains(polygon as Point[], [x, y])) {
        result.push([x, y]);
      }
    }
  }
  return result;
}

// The sharpest bend of an outline: at each point, how far its direction turns between the point 2 units back along
// it and the point 2 units on, counting only bends that round the shape rather than notch into it, in degrees.
function sharpestBend(polygon: readonly Point[]): number {
  const count = polygon.length;
  const twice = polygon.reduce((sum, [x, y], index) => {
    const [nextX, nextY] = polygon[(index + 1) % count]!;
    return sum + x * nextY - nextX * y;
  }, 0);
  const walk = (from: number, step: 1 | -1) => {
    let index = from;
    let length = 0;
    while (length < 2) {
      const next = (index + step + count) % count;
      length += Math.hypot(polygon[next]![0] - polygon[index]![0], polygon[next]![1] - polygon[index]![1]);
      index = next;
    }
    return polygon[index]!;
  };
  let sharpest = 0;
  for (const [index, point] of polygon.entries()) {
    const [before, after] = [walk(index, -1), walk(index, 1)];
    const inward = [point[0] - before[0], point[1] - before[1]] as const;
    const outward = [after[0] - point[0], after[1] - point[1]] as const;
    const cross = inward[0] * outward[1] - inward[1] * outward[0];
    const turn = Math.abs(Math.atan2(cross, inward[0] * outward[0] + inward[1] * outward[1])) * (180 / Math.PI);
    if (Math.sign(cross) === Math.sign(twice)) {
      sharpest = Math.max(sharpest, turn);
    }
  }
  return sharpest;
}

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

const edges = (polygon: readonly Point[]) => polygon.map((from, index): [Point, Point] => [from, polygon[(index + 1) % polygon.length]!]);

function crosses([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

// How far apart two outlines' bounding boxes lie, 0 where the boxes touch or overlap.
function boxGap(first: readonly Point[], second: readonly Point[]): number {
  const box = (polygon: readonly Point[]) => {
    const xs = polygon.map(([x]) => x);
    const ys = polygon.map(([, y]) => y);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  };
  const [ax0, ay0, ax1, ay1] = box(first);
  const [bx0, by0, bx1, by1] = box(second);
  return Math.hypot(Math.max(0, bx0 - ax1, ax0 - bx1), Math.max(0, by0 - ay1, ay0 - by1));
}

// The nearest two outlines come to each other, or 0 where they cross or one lies inside the other.
function separation(first: readonly Point[], second: readonly Point[]): number {
  const apart = boxGap(first, second);
  if (apart >= 1) {
    return apart;
  }
  if (first.some((point) => polygonContains(second as Point[], point)) || second.some((point) => polygonContains(first as Point[], point))) {
    return 0;
  }
  const secondEdges = edges(second);
  if (edges(first).some((edge) => secondEdges.some((other) => crosses(edge, other)))) {
    return 0;
  }
  const nearest = (points: readonly Point[], polygon: readonly Point[]) =>
    Math.min(...points.map((point) => Math.min(...edges(polygon).map(([from, to]) => distanceToSegment(point, from, to)))));
  return Math.min(nearest(first, second), nearest(second, first));
}

describe.each([
  ['front', musclesFront, front, frontScale],
  ['back', musclesBack, back, backScale],
  ['soles', musclesSoles, soles as AtlasView<string>, solesScale],
] as const)('the muscles of the %s view', (viewId, view: AtlasView<RegionId>, areaView: AtlasView<string>, targetScale) => {
  const silhouette = view.silhouette.map(sampleOutline);
  const shapes = view.regions.map((shape) => ({ id: shape.region, polygon: shape.points as Point[] }));

  it('is the view the atlas loads for the muscle layer, over the area view’s outline and lines', async () => {
    expect(view.id).toBe(viewId);
    const load = atlas.layers?.muscles?.[viewId];
    expect(typeof load).toBe('function');
    await expect((load as () => Promise<AtlasView<RegionId>>)()).resolves.toBe(view);
    expect(view.silhouette).toBe(areaView.silhouette);
    expect(view.details).toBe(areaView.details);
  });

  it('draws every muscle of the view once, and nothing else', () => {
    const expected = muscleModels.filter((model) => (model.views as readonly string[]).includes(viewId)).map((model) => model.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(view.regions.map((shape) => shape.region).sort()).toEqual([...expected].sort());
    expect(view.hotspots ?? []).toEqual([]);
  });

  it('keeps every point in the viewBox, rounded to a tenth of a unit', () => {
    expectInViewBox(view.regions.flatMap((shape) => shape.points), atlas.viewBox);
  });

  it('draws each muscle inside the body as the renderer smooths its outline', () => {
    for (const { id, polygon } of shapes) {
      const points = alongEdges(polygon);
      const inside = silhouette.some((outline) => points.every((point) => polygonContains(outline, point)));
      expect({ id, inside }).toEqual({ id, inside: true });
    }
  });

  // A muscle may reach past its area's edge, as the latissimus dorsi reaches up into the armpit, but the area it is
  // listed under is where most of it lies.
  it('draws most of each muscle inside the area it lies in', () => {
    for (const { id, polygon } of shapes) {
      const areaOf = models.get(id)?.areaOf;
      const area = areaView.regions.find((shape) => shape.region === areaOf);
      expect({ id, area: area?.region }).toEqual({ id, area: areaOf });
      const within = latticeInside(polygon);
      const share = within.filter((point) => polygonContains(area!.points as Point[], point)).length / within.length;
      expect({ id, mostly: share > 0.5 }).toEqual({ id, mostly: true });
    }
  });

  it('leaves at least a unit between any two muscles, so none overlaps another and every outline reads', () => {
    for (const [index, first] of shapes.entries()) {
      for (const second of shapes.slice(index + 1)) {
        const apart = separation(first.polygon, second.polygon);
        expect({ pair: `${first.id} + ${second.id}`, apart: apart >= 1 }).toEqual({ pair: `${first.id} + ${second.id}`, apart: true });
      }
    }
  });

  // Where two muscles meet the body's edge or each other, each rounds its corner off as an illustrator would, and none
  // runs out into a needle: a strip too thin to read or to tap.
  it('rounds every muscle’s corners, with no needle points', () => {
    for (const { id, polygon } of shapes) {
      expect({ id, rounded: sharpestBend(polygon) < 150 }).toEqual({ id, rounded: true });
    }
  });

  it('gives every muscle room for a 24 px target at the view’s design scale', () => {
    expect(view.targetScale).toBe(targetScale);
    // The square finder works on a half-unit lattice, so the side is rounded up to a half unit.
    const side = Math.ceil((24 / targetScale) * 2) / 2;
    for (const { id, polygon } of shapes) {
      const fits = silhouette.some((outline) => findSquare([polygon, outline], side) !== undefined);
      expect({ id, fits }).toEqual({ id, fits: true });
    }
  });

  it("draws each muscle on the person's own side", () => {
    for (const { id, polygon } of shapes) {
      const side = models.get(id)?.side;
      if (viewId === 'soles') {
        // Looking at the soles: the left foot on the viewer's left, each muscle within its own foot's box.
        const box = soleBoxes[side === 'left' ? 'left' : 'right'];
        const within = polygon.every(([x, y]) => x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height);
        expect({ id, within }).toEqual({ id, within: true });
        continue;
      }
      // From the front the person's left is on the viewer's right; from behind it is on the viewer's left.
      const onViewersRight = polygon.every(([x]) => x > 150);
      const onViewersLeft = polygon.every(([x]) => x < 150);
      const expected = (viewId === 'front') === (side === 'left');
      expect({ id, onViewersRight, onViewersLeft }).toEqual({ id, onViewersRight: expected, onViewersLeft: !expected });
    }
  });
});
