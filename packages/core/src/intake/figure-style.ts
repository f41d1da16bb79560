/**
 * How a figure of marks is drawn: the default stylesheet's light scheme and sizes at scale 1, which
 * `toSvgString` draws a figure for a record or a PDF in. The stylesheet of `@bodymap/react` holds
 * the same values as its `--bodymap-*` defaults, and a test keeps the two in step.
 */
export const figureStyle = {
  body: '#f3e9df',
  outline: '#a99483',
  // Colours with an opacity of their own, since not every SVG reader for records knows `rgb(r g b / a)`.
  seam: { color: '#856e5c', opacity: 0.45 },
  detail: { color: '#856e5c', opacity: 0.55 },
  hotspot: '#8a5a9e',
  hotspotStroke: '#ffffff',
  markStroke: '#6b1d12',
  /** The marks for the person's sides beside the head, quieter than the numbers. */
  sideCue: { color: '#52606a', halo: '#ffffff', size: 13 },
  /** A mark's number, dark on a white halo so that it reads on every step of the scale. */
  number: { color: '#1f2a30', halo: '#ffffff', size: 13 },
  /**
   * Each intensity's fill, 1 to 10: d3-scale-chromatic's interpolateYlOrRd (from ColorBrewer's
   * YlOrRd, a sequential scheme that reads the same to the common kinds of colour blindness) sampled
   * at ten even steps from 0.12 to 1, so that even a 1 stands out against the body.
   */
  intensity: ['#ffeda2', '#fedd81', '#fec461', '#fea749', '#fd843a', '#f9572d', '#eb2d22', '#d21021', '#ae0225', '#800026'],
} as const;
