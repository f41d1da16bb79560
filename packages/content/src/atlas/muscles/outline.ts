import type { ViewBoxPoint } from '@bodymap/core';

// Regions are drawn as straight-edged polygons, so a muscle's rounded outline is written as a few control points
// and sampled here into enough points to read as a curve. Two muscles that meet share one seam, each drawn half a
// gap to its own side of it, so every outline keeps the same small gap from its neighbour.

/** The space left between two neighbouring muscles, in viewBox units. */
export const gap = 1.2;

// The longest straight step of a sampled curve: short enough that no facet shows at the layer's zoom.
const spacing = 1.2;

const distance = (from: ViewBoxPoint, to: ViewBoxPoint) => Math.hypot(to[0] - from[0], to[1] - from[1]);

// One span of a centripetal Catmull-Rom curve from b to c as a cubic Bézier (Barry and Goldman), the same curve the
// renderer draws through a silhouette's points; a missing neighbour at an open end leaves that end straight.
function bezier(a: ViewBoxPoint | undefined, b: ViewBoxPoint, c: ViewBoxPoint, d: ViewBoxPoint | undefined) {
  const d01 = a === undefined ? 0 : Math.sqrt(distance(a, b));
  const d12 = Math.sqrt(distance(b, c));
  const d23 = d === undefined ? 0 : Math.sqrt(distance(c, d));
  const control = (from: ViewBoxPoint, before: ViewBoxPoint, after: ViewBoxPoint, near: number, far: number) => {
    const weight = 2 * near * near + 3 * near * far + far * far;
    const scale = 3 * near * (near + far);
    return [0, 1].map((axis) => (from[axis]! * weight - before[axis]! * far * far + after[axis]! * near * near) / scale);
  };
  const first = a === undefined || d01 < 1e-9 ? [...b] : control(b, a, c, d01, d12);
  const second = d === undefined || d23 < 1e-9 ? [...c] : control(c, d, b, d23, d12);
  return (t: number): ViewBoxPoint => {
    const u = 1 - t;
    const at = (axis: 0 | 1) => u * u * u * b[axis] + 3 * u * u * t * first[axis]! + 3 * u * t * t * second[axis]! + t * t * t * c[axis];
    return [at(0), at(1)];
  };
}

function read(flat: readonly number[]): ViewBoxPoint[] {
  const result: ViewBoxPoint[] = [];
  for (let index = 1; index < flat.length; index += 2) {
    result.push([flat[index - 1]!, flat[index]!]);
  }
  return result;
}

function sample(controls: readonly ViewBoxPoint[], closed: boolean): ViewBoxPoint[] {
  const count = controls.length;
  const point = (index: number) => (closed ? controls[(index + count) % count] : controls[index]);
  const result: ViewBoxPoint[] = [];
  for (let index = 0; index < (closed ? count : count - 1); index += 1) {
    const b = point(index)!;
    const c = point(index + 1)!;
    const along = bezier(point(index - 1), b, c, point(index + 2));
    const steps = Math.max(1, Math.ceil(distance(b, c) / spacing));
    for (let step = 0; step < steps; step += 1) {
      result.push(along(step / steps));
    }
  }
  if (!closed) {
    result.push(controls[count - 1]!);
  }
  return result;
}

/** A smooth open curve through the control points `x0, y0, x1, y1, ...`, sampled densely, both ends included. */
export function curve(flat: readonly number[]): ViewBoxPoint[] {
  return sample(read(flat), false);
}

/** A smooth closed outline through the control points `x0, y0, x1, y1, ...`, sampled densely. */
export function loop(flat: readonly number[]): ViewBoxPoint[] {
  return tidy(sample(read(flat), true));
}

/**
 * A curve moved sideways by `by` units: to the right of its direction of travel as the figure is seen (y runs
 * down), or to the left for a negative `by`.
 */
export function offset(line: readonly ViewBoxPoint[], by: number): ViewBoxPoint[] {
  return line.map((point, index) => {
    const before = line[Math.max(0, index - 1)]!;
    const after = line[Math.min(line.length - 1, index + 1)]!;
    const length = distance(before, after) || 1;
    return [point[0] - ((after[1] - before[1]) / length) * by, point[1] + ((after[0] - before[0]) / length) * by];
  });
}

/** The two sides of a seam between neighbours: the one to the right of its direction of travel, then the left. */
export function seam(flat: readonly number[]): readonly [right: ViewBoxPoint[], left: ViewBoxPoint[]] {
  const line = curve(flat);
  return [offset(line, gap / 2), offset(line, -gap / 2)];
}

/** The points of a curve in the opposite order. */
export const reversed = (line: readonly ViewBoxPoint[]): ViewBoxPoint[] => [...line].reverse();

// Where two curves meet in an outline they turn a corner; an illustrator rounds it. Resampled finely, the outline is
// eased again and again, each point towards its neighbours but only where that moves it inwards, so corners round off
// over a few units while the outline never grows towards a neighbour, and long gentle stretches such as a seam's side
// barely move.
const easing = { spacing: 0.6, passes: 40 };

function soften(polygon: readonly ViewBoxPoint[]): ViewBoxPoint[] {
  const fine = resample(polygon);
  const winding = fine.reduce((sum, [x, y], index) => {
    const [nextX, nextY] = fine[(index + 1) % fine.length]!;
    return sum + x * nextY - nextX * y;
  }, 0);
  let points = fine;
  for (let pass = 0; pass < easing.passes; pass += 1) {
    points = points.map((point, index) => {
      const before = points[(index + points.length - 1) % points.length]!;
      const after = points[(index + 1) % points.length]!;
      const turn = (point[0] - before[0]) * (after[1] - point[1]) - (point[1] - before[1]) * (after[0] - point[0]);
      // A point that doubles back, where one curve starts a little behind the end of the last, is eased too.
      const back = (point[0] - before[0]) * (after[0] - point[0]) + (point[1] - before[1]) * (after[1] - point[1]) < 0;
      return Math.sign(turn) === Math.sign(winding) || back
        ? [(before[0] + 2 * point[0] + after[0]) / 4, (before[1] + 2 * point[1] + after[1]) / 4]
        : point;
    });
  }
  // Every second point keeps the outline's steps at the curves' own spacing.
  return points.filter((_, index) => index % 2 === 0);
}

// The outline walked at an even step, its corners kept.
function resample(polygon: readonly ViewBoxPoint[]): ViewBoxPoint[] {
  const result: ViewBoxPoint[] = [];
  for (const [index, from] of polygon.entries()) {
    const to = polygon[(index + 1) % polygon.length]!;
    if (distance(from, to) < 0.05) {
      // A point repeated where one curve ends and the next begins would never move, and would keep its corner.
      continue;
    }
    const steps = Math.max(1, Math.round(distance(from, to) / easing.spacing));
    for (let step = 0; step < steps; step += 1) {
      result.push([from[0] + ((to[0] - from[0]) * step) / steps, from[1] + ((to[1] - from[1]) * step) / steps]);
    }
  }
  return result;
}

/** Joins curves end to start into one closed outline, its corners rounded where one curve meets the next. */
export function outline(...pieces: readonly (readonly ViewBoxPoint[])[]): ViewBoxPoint[] {
  return tidy(soften(pieces.flat()));
}

// An outline's points rounded to a tenth of a unit, as the rest of the atlas is, without repeating a point.
function tidy(polygon: readonly ViewBoxPoint[]): ViewBoxPoint[] {
  const result: ViewBoxPoint[] = [];
  for (const [x, y] of polygon) {
    const point: ViewBoxPoint = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    const last = result[result.length - 1];
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) {
      result.push(point);
    }
  }
  const [first] = result;
  const last = result[result.length - 1];
  if (first !== undefined && last !== undefined && result.length > 1 && first[0] === last[0] && first[1] === last[1]) {
    result.pop();
  }
  return result;
}
