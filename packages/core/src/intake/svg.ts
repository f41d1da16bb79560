import { viewBoxAttribute, type Atlas, type ViewBoxPoint } from '../atlas.js';
import { hotspotDotRadius, hotspotTargetRadius } from '../geometry.js';
import { formatString, type ContentPack } from '../content.js';
import { loadValue } from '../loadable.js';
import { sideCues, sideCueViews } from '../side-cues.js';
import type { ViewId } from '../region.js';
import { viewGeometry } from '../view-geometry.js';
import { figureStyle } from './figure-style.js';
import { intakeWordsOf, markedRegions } from './marked-regions.js';
import type { BodyMapMark, BodyMapMarks } from './marks.js';

export interface SvgOptions<Id extends string> {
  readonly atlas: Atlas<Id>;
  /** The view to draw; marks on regions it does not draw are left out of it. */
  readonly view: ViewId;
  /** The content pack the title and the regions' names are written in; without one, they are ids. */
  readonly locale?: Pick<ContentPack<Id>, 'strings' | 'labels' | 'intake'> | undefined;
}

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for an XML element or a quoted attribute. */
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]!);

const number = (value: number) => String(Math.round(value * 100) / 100);

/** A line of text centred on a point. */
const text = ([x, y]: ViewBoxPoint, words: string, attributes = '') =>
  `<text x="${number(x)}" y="${number(y)}" dy="0.35em"${attributes}>${escapeXml(words)}</text>`;

/** Bold centred texts on a halo, as the map draws a mark's number and the side cues. */
const textGroup = ({ color, halo, size }: { color: string; halo: string; size: number }, texts: readonly string[]) =>
  `<g font-family="system-ui, sans-serif" font-size="${size}" font-weight="700" text-anchor="middle" fill="${color}" stroke="${halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${texts.join('')}</g>`;

/**
 * A standalone SVG document of one view with the marks on it, for a record or a PDF: the body, every
 * region and hotspot the view draws, each marked one filled in its intensity's colour with the
 * number at its centre, and a `<title>` (and one per marked region) naming what it shows; with a
 * locale, the front and back views also mark the person's sides as the map does. Colours and sizes
 * are {@link figureStyle}'s, so it looks like the map's light scheme at scale 1.
 *
 * Asynchronous because an atlas may load a view, and a pack its intake words, on first use. Throws
 * when a mark names a region the atlas does not know, the atlas has no such view, or a locale has
 * no intake words.
 */
export async function toSvgString<Id extends string>(marks: BodyMapMarks<Id>, { atlas, view, locale }: SvgOptions<Id>): Promise<string> {
  const marked = new Map(markedRegions(marks, atlas, 'toSvgString').map(([mark]) => [mark.region, mark] as const));
  const loadable = atlas.views[view];
  if (loadable === undefined) {
    throw new Error(`toSvgString: the atlas has no ${view} view.`);
  }
  const geometry = viewGeometry(await loadValue(loadable));
  const name = (id: Id) => locale?.labels[id] ?? id;
  const words = locale && (await intakeWordsOf(locale, 'toSvgString'));
  const title = locale && words ? formatString(words.figure, { view: locale.strings.views[view] }) : view;
  const regionTitle = (id: Id, mark: BodyMapMark<Id>) =>
    words ? formatString(words.marked, { region: name(id), intensity: String(mark.intensity) }) : `${id}: ${mark.intensity}`;
  const fill = (mark: BodyMapMark<Id>) => figureStyle.intensity[mark.intensity - 1];
  // Two figures of one view on a page share this id harmlessly: their clip paths are the same.
  const clip = `bodymap-${view}-body`;
  const { seam, detail } = figureStyle;
  // The person's sides, in the locale's words: without them a reader of the record has to know which way the figure faces.
  const sides = locale?.strings.sides;
  const cues =
    sides && sideCueViews.includes(view)
      ? sideCues(geometry, atlas.regions).map(({ side, point }) => text(point, sides[side], ` data-side="${side}"`))
      : [];

  const regions = [...geometry.regions].map(([id, d]) => {
    const mark = marked.get(id);
    return mark
      ? `<path d="${d}" data-region="${escapeXml(id)}" data-intensity="${mark.intensity}" fill="${fill(mark)}" stroke="${figureStyle.markStroke}" stroke-width="1.5"><title>${escapeXml(regionTitle(id, mark))}</title></path>`
      : `<path d="${d}" data-region="${escapeXml(id)}" fill="none" stroke="${seam.color}" stroke-opacity="${seam.opacity}"/>`;
  });
  const hotspots = (geometry.view.hotspots ?? []).map(({ region: id, point: [x, y] }) => {
    const mark = marked.get(id);
    const at = `cx="${number(x)}" cy="${number(y)}" data-region="${escapeXml(id)}"`;
    return mark
      ? `<circle ${at} data-intensity="${mark.intensity}" r="${hotspotTargetRadius}" fill="${fill(mark)}" stroke="${figureStyle.markStroke}" stroke-width="1.5"><title>${escapeXml(regionTitle(id, mark))}</title></circle>`
      : `<circle ${at} r="${hotspotDotRadius}" fill="${figureStyle.hotspot}" stroke="${figureStyle.hotspotStroke}" stroke-width="1.5"/>`;
  });
  const numbers = geometry.places.flatMap(({ id, point }) => {
    const mark = marked.get(id);
    return mark ? [text(point, String(mark.intensity))] : [];
  });
  const body = geometry.silhouette.map((d) => `<path d="${d}"/>`).join('');
  const { width, height } = atlas.viewBox;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBoxAttribute(atlas.viewBox)}" width="${width}" height="${height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><clipPath id="${clip}">${body}</clipPath></defs>`,
    // Every outline is stroked before any is filled, so only the outer contour of the union shows.
    `<g fill="none" stroke="${figureStyle.outline}" stroke-width="2.5" stroke-linejoin="round">${body}</g>`,
    `<g fill="${figureStyle.body}">${body}</g>`,
    `<g clip-path="url(#${clip})" stroke-linejoin="round">${regions.join('')}</g>`,
    `<g fill="none" stroke="${detail.color}" stroke-opacity="${detail.opacity}" stroke-width="1.2" stroke-linecap="round" stroke-linejoin="round">${geometry.details.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    `<g>${hotspots.join('')}</g>`,
    textGroup(figureStyle.number, numbers),
    textGroup(figureStyle.sideCue, cues),
    '</svg>',
  ].join('\n');
}
