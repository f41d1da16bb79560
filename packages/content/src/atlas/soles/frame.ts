import type { ViewBox, ViewBoxPoint } from '@bodymap/core';

export type FootSide = 'left' | 'right';

/**
 * A point in a foot's own frame, the frame of the reflexology charts, in thousandths: x runs from the inner,
 * big-toe edge (0) to the outer edge (1000), y from the tip of the longest toe (0) to the back of the heel (1000).
 */
export type FootPoint = readonly [x: number, y: number];

const midline = 150;
const round = (value: number) => Math.round(value * 10) / 10;

/** The box that tightly bounds each sole's outline; the two are mirror images across the midline. */
export const soleBoxes: Readonly<Record<FootSide, ViewBox>> = {
  left: { x: 24, y: 84, width: 116, height: 434 },
  right: { x: 160, y: 84, width: 116, height: 434 },
};

/**
 * Places a point of a foot's frame in the view, "own soles" style: as if looking at the bottoms of your own feet,
 * the left foot on the viewer's left and both big toes towards the middle. The frame's x runs to the viewer's
 * right on the right foot and to the viewer's left on the left foot, so each point of the left foot is the mirror
 * image of the same point of the right foot.
 */
export function place(side: FootSide, [x, y]: FootPoint): ViewBoxPoint {
  const box = soleBoxes.right;
  const onRight = round(box.x + (x / 1000) * box.width);
  return [side === 'right' ? onRight : round(2 * midline - onRight), round(box.y + (y / 1000) * box.height)];
}

/** Reads a flat list of coordinates in a foot's frame, `x0, y0, x1, y1, ...`, and places them on one foot. */
export function onFoot(side: FootSide, flat: readonly number[]): ViewBoxPoint[] {
  const result: ViewBoxPoint[] = [];
  for (let index = 1; index < flat.length; index += 2) {
    result.push(place(side, [flat[index - 1]!, flat[index]!]));
  }
  return result;
}
