import type { Atlas } from '../atlas.js';
import type { ContentPack } from '../content.js';
import { intakeWordsOf, markedRegions } from './marked-regions.js';
import type { BodyMapMarks } from './marks.js';

/** The columns of {@link toCsv}, in order; their headings are the content pack's `intake.csv`. */
export const csvColumns = ['region', 'name', 'side', 'intensity', 'qualities', 'note'] as const;
export type CsvColumn = (typeof csvColumns)[number];

export interface CsvOptions<Id extends string> {
  readonly atlas: Pick<Atlas<Id>, 'regions'>;
  /** The content pack whose headings, region names and quality names the table is written in. */
  readonly locale: Pick<ContentPack<Id>, 'labels' | 'intake'>;
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One field as RFC 4180 writes it, a would-be formula first made text with a leading apostrophe. */
function field(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The marks as a CSV table (RFC 4180): a heading row, then one row per mark in the order they were
 * made, with the region's id, its name in the locale, the person's side (`left`, `right` or
 * `midline`, as ids are written in every language), the intensity, the qualities' names joined by
 * "; ", and the note. Every line ends in CRLF. A field that a spreadsheet would run as a formula
 * starts with an apostrophe, so a hostile note stays text. Save it as UTF-8; Excel reads a file as
 * UTF-8 only after a byte order mark (`"\uFEFF"`).
 *
 * Asynchronous because a pack's intake words may load on first use. Throws when a mark names a
 * region the atlas does not know, or the pack has no intake words.
 */
export async function toCsv<Id extends string>(marks: BodyMapMarks<Id>, { atlas, locale }: CsvOptions<Id>): Promise<string> {
  const { csv: headings, painQualities: qualityNames } = await intakeWordsOf(locale, 'toCsv');
  const rows = [
    csvColumns.map((column) => headings[column]),
    ...markedRegions(marks, atlas, 'toCsv').map(([mark, region]) => [
      region.id,
      locale.labels[region.id] ?? region.id,
      region.side,
      String(mark.intensity),
      mark.qualities.map((quality) => qualityNames[quality]).join('; '),
      mark.note,
    ]),
  ];
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
