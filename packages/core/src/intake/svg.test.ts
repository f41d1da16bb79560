import { fixtureAtlas, fixtureContent, fixtureIntake, frontView } from '../../../../tests/unit/fixture.ts';
import type { Atlas } from '../atlas.js';
import { hotspotDotRadius, hotspotTargetRadius } from '../geometry.js';
import { figureStyle } from './figure-style.js';
import type { BodyMapMark } from './marks.js';
import { toSvgString } from './svg.js';

const mark = (region: string, intensity: number): BodyMapMark => ({ region, intensity, qualities: [], note: '' });

/** Parses a document as XML, failing the test on anything that is not well-formed. */
function parse(svg: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement as unknown as SVGSVGElement;
}

const filled = (root: Element) =>
  [...root.querySelectorAll('[data-region]')]
    .filter((shape) => shape.getAttribute('fill') !== 'none' && shape.getAttribute('fill') !== figureStyle.hotspot)
    .map((shape) => [shape.getAttribute('data-region'), shape.getAttribute('fill')]);

describe('toSvgString', () => {
  it('is a standalone SVG document of the view, sized as the atlas, titled in the locale', async () => {
    const root = parse(await toSvgString([], { atlas: fixtureAtlas, view: 'front', locale: fixtureContent }));
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 300 300');
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['300', '300']);
    expect(root.firstElementChild?.localName).toBe('title');
    expect(root.firstElementChild?.textContent).toBe('Areas that hurt (Front)');
  });

  it('draws every region of the view, the marked ones in their intensity colour with their number', async () => {
    const root = parse(await toSvgString([mark('arm-left', 8), mark('head', 1)], { atlas: fixtureAtlas, view: 'front', locale: fixtureContent }));
    expect([...root.querySelectorAll('path[data-region]')].map((path) => path.getAttribute('data-region'))).toEqual(
      frontView.regions.map((shape) => shape.region),
    );
    expect(filled(root)).toEqual([
      ['head', figureStyle.intensity[0]],
      ['arm-left', figureStyle.intensity[7]],
    ]);
    expect([...root.querySelectorAll('text:not([data-side])')].map((text) => [text.textContent, text.getAttribute('x'), text.getAttribute('y')])).toEqual([
      ['1', '150', '50'],
      ['8', '250', '150'],
    ]);
    expect(root.querySelector('[data-region="arm-left"] > title')?.textContent).toBe('Left arm: pain 8 of 10');
  });

  it('marks the person’s sides in the locale’s words, the left on the viewer’s right in the front view', async () => {
    const root = parse(await toSvgString([], { atlas: fixtureAtlas, view: 'front', locale: fixtureContent }));
    const cues = [...root.querySelectorAll('text[data-side]')].map((cue) => [cue.getAttribute('data-side'), cue.textContent, Number(cue.getAttribute('x'))]);
    expect(cues).toEqual([
      ['right', fixtureContent.strings.sides.right, expect.any(Number)],
      ['left', fixtureContent.strings.sides.left, expect.any(Number)],
    ]);
    expect(cues[1]![2]).toBeGreaterThan(cues[0]![2] as number);
  });

  it('loads a view given as a loader, and leaves out marks on regions the view does not draw', async () => {
    const root = parse(await toSvgString([mark('belly', 5), mark('upper-back', 10)], { atlas: fixtureAtlas, view: 'back' }));
    expect(filled(root)).toEqual([['upper-back', figureStyle.intensity[9]]]);
    expect(root.firstElementChild?.textContent).toBe('back');
  });

  it('escapes every text it writes, so a hostile name stays text', async () => {
    const hostile = `</title><script>alert("x")</script> & 'more'`;
    const locale = {
      ...fixtureContent,
      labels: { head: hostile },
      intake: { ...fixtureIntake, figure: `<b>{view}</b> & "co"` },
    };
    const root = parse(await toSvgString([mark('head', 4)], { atlas: fixtureAtlas, view: 'front', locale }));
    expect(root.querySelector('script')).toBeNull();
    expect(root.firstElementChild?.textContent).toBe('<b>Front</b> & "co"');
    expect(root.querySelector('[data-region="head"] > title')?.textContent).toBe(`${hostile}: pain 4 of 10`);
  });

  it('draws hotspots as points, a marked one as a filled target', async () => {
    const atlas: Atlas = {
      ...fixtureAtlas,
      regions: [...fixtureAtlas.regions, { id: 'dot', side: 'left', group: 'points', views: ['front'] }, { id: 'other', side: 'left', group: 'points', views: ['front'] }],
      views: { front: { ...frontView, hotspots: [{ region: 'dot', point: [20.25, 30] }, { region: 'other', point: [40, 30] }] } },
    };
    const root = parse(await toSvgString([mark('dot', 6)], { atlas, view: 'front' }));
    const circles = [...root.querySelectorAll('circle')].map((circle) => [circle.getAttribute('data-region'), circle.getAttribute('r'), circle.getAttribute('fill')]);
    expect(circles).toEqual([
      ['dot', String(hotspotTargetRadius), figureStyle.intensity[5]],
      ['other', String(hotspotDotRadius), figureStyle.hotspot],
    ]);
    expect(root.querySelector('text')?.getAttribute('x')).toBe('20.25');
    expect(root.querySelectorAll('text[data-side]')).toHaveLength(0);
  });

  it('throws on a view the atlas lacks and on a region it does not know', async () => {
    await expect(toSvgString([], { atlas: fixtureAtlas, view: 'soles' })).rejects.toThrow('toSvgString: the atlas has no soles view.');
    await expect(toSvgString([mark('tail', 3)], { atlas: fixtureAtlas, view: 'front' })).rejects.toThrow('toSvgString: the mark on "tail" names a region the atlas does not have.');
  });
});
