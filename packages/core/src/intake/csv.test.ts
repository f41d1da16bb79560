import { fixtureAtlas, fixtureContent, fixtureIntake } from '../../../../tests/unit/fixture.ts';
import { toCsv } from './csv.js';
import type { BodyMapMark } from './marks.js';

const mark = (region: string, change: Partial<BodyMapMark> = {}): BodyMapMark => ({ region, intensity: 5, qualities: [], note: '', ...change });
const rows = (csv: string) => csv.split('\r\n');

describe('toCsv', () => {
  it('writes a heading row in the locale and nothing else for no marks, every line ending in CRLF', async () => {
    expect(await toCsv([], { atlas: fixtureAtlas, locale: fixtureContent })).toBe('Region,Area,Side,Pain,Feels,Note\r\n');
  });

  it('writes one row per mark in marking order: id, name, side, intensity, quality names and note', async () => {
    const csv = await toCsv(
      [mark('arm-left', { intensity: 7, qualities: ['aching', 'tingling'], note: 'Worse at night' }), mark('belly', { intensity: 2 })],
      { atlas: fixtureAtlas, locale: fixtureContent },
    );
    expect(rows(csv)).toEqual(['Region,Area,Side,Pain,Feels,Note', 'arm-left,Left arm,left,7,Aching; Tingling,Worse at night', 'belly,Belly,midline,2,,', '']);
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', async () => {
    const note = 'Sharp, then "dull"\r\nfor days\nor hours\r';
    const csv = await toCsv([mark('head', { note })], { atlas: fixtureAtlas, locale: fixtureContent });
    expect(csv).toBe(`Region,Area,Side,Pain,Feels,Note\r\nhead,Head,midline,5,,"Sharp, then ""dull""\r\nfor days\nor hours\r"\r\n`);
  });

  it.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('makes the note %j text a spreadsheet will not run', async (note, written) => {
    const csv = await toCsv([mark('head', { note })], { atlas: fixtureAtlas, locale: fixtureContent });
    expect(rows(csv)[1]).toBe(`head,Head,midline,5,,${written}`);
  });

  it('guards the names from the content pack as it guards notes, and falls back to the id without one', async () => {
    const locale = { ...fixtureContent, labels: { head: '=cmd|"/c calc"!A1' } };
    const csv = await toCsv([mark('head'), mark('belly')], { atlas: fixtureAtlas, locale });
    expect(rows(csv).slice(1, 3)).toEqual([`head,"'=cmd|""/c calc""!A1",midline,5,,`, 'belly,belly,midline,5,,']);
  });

  it('throws on a region the atlas does not know', async () => {
    await expect(toCsv([mark('tail')], { atlas: fixtureAtlas, locale: fixtureContent })).rejects.toThrow('toCsv: the mark on "tail" names a region the atlas does not have.');
  });

  it('throws for a pack without intake words, and reads words that load on first use', async () => {
    const { intake: _words, ...wordless } = fixtureContent;
    await expect(toCsv([], { atlas: fixtureAtlas, locale: wordless })).rejects.toThrow('toCsv: the content pack has no intake words (`intake`).');
    expect(await toCsv([], { atlas: fixtureAtlas, locale: { ...fixtureContent, intake: () => Promise.resolve(fixtureIntake) } })).toBe('Region,Area,Side,Pain,Feels,Note\r\n');
  });
});
