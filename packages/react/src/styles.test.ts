import { figureStyle } from '@bodymap/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Exported figures (toSvgString) are drawn in core's figureStyle; the stylesheet's light defaults
// must be the same values, so a record looks like the map the client marked it on. The stylesheet
// is read as the build joins it: each part in the place styles.css imports it.
const read = (name: string) => readFileSync(join(import.meta.dirname, name), 'utf8');
const css = read('styles.css').replace(/^@import '\.\/(styles\/[\w-]+\.css)';$/gm, (_line, part: string) => read(part));

/** A private default's value in the light scheme: the first half of its `light-dark()`, or the value itself. */
function lightDefault(name: string): string {
  const declaration = new RegExp(`--_bodymap-${name}: var\\(--bodymap-${name}, (.+)\\);`).exec(css);
  expect(declaration, `--_bodymap-${name}`).not.toBeNull();
  const value = declaration![1]!;
  return /^light-dark\((.+?), /.exec(value)?.[1] ?? value;
}

const rgbWithOpacity = ({ color, opacity }: { color: string; opacity: number }) => {
  const [red, green, blue] = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  return `rgb(${red} ${green} ${blue} / ${opacity})`;
};

describe('the stylesheet and core’s figure style', () => {
  it('colour each intensity the same', () => {
    expect(figureStyle.intensity.map((_, index) => lightDefault(`intensity-${index + 1}`))).toEqual([...figureStyle.intensity]);
  });

  it('draw the body, seams, details, hotspots and marks in the same light colours', () => {
    expect({
      body: lightDefault('body'),
      outline: lightDefault('outline'),
      seam: lightDefault('seam'),
      detail: lightDefault('detail'),
      hotspot: lightDefault('hotspot'),
      hotspotStroke: lightDefault('panel-background'),
      markStroke: lightDefault('mark-stroke'),
    }).toEqual({
      body: figureStyle.body,
      outline: figureStyle.outline,
      seam: rgbWithOpacity(figureStyle.seam),
      detail: rgbWithOpacity(figureStyle.detail),
      hotspot: figureStyle.hotspot,
      hotspotStroke: figureStyle.hotspotStroke,
      markStroke: figureStyle.markStroke,
    });
  });

  it('write the side cues in the same muted colour', () => {
    expect(lightDefault('muted')).toBe(figureStyle.sideCue.color);
    const rule = /\/\* The person's sides[^*]*\*\/\s*\.bodymap-side-cues \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain(`font-size: ${figureStyle.sideCue.size}px;`);
  });

  it('write a mark’s number the same', () => {
    const rule = /\.bodymap-mark-number \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain(`font-size: ${figureStyle.number.size}px;`);
    expect(rule).toContain(`fill: ${figureStyle.number.color};`);
    expect(rule).toContain(`stroke: ${figureStyle.number.halo};`);
  });
});
