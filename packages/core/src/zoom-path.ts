import { interpolateZoom } from 'd3-interpolate';
import type { Bounds } from './geometry.js';
import { invertPoint, type ZoomTransform } from './zoom.js';

export interface TransformInterpolator {
  (t: number): ZoomTransform;
  /** The duration d3 recommends for this move, in milliseconds, proportional to the distance travelled. */
  readonly duration: number;
}

/**
 * A smooth zoom-and-pan from one transform to another (van Wijk and Nuij's path, through d3's
 * interpolateZoom): zooms out, travels, zooms in, as a person would. It loads on demand, through
 * `loadZoomPath`, as only an animated zoom needs it.
 */
export function interpolateTransform(from: ZoomTransform, to: ZoomTransform, viewport: Bounds): TransformInterpolator {
  const centreX = viewport.x + viewport.width / 2;
  const centreY = viewport.y + viewport.height / 2;
  const view = (transform: ZoomTransform): [number, number, number] => {
    const [x, y] = invertPoint(transform, [centreX, centreY]);
    return [x, y, viewport.width / transform.k];
  };
  const interpolate = interpolateZoom(view(from), view(to));
  const at = (t: number): ZoomTransform => {
    if (t >= 1) {
      return to;
    }
    const [x, y, width] = interpolate(t);
    const k = viewport.width / width;
    return { k, x: centreX - x * k, y: centreY - y * k };
  };
  return Object.assign(at, { duration: interpolate.duration });
}
