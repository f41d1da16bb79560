import { fixtureContent } from '../../../tests/unit/fixture.ts';
import type { ContentPack, PanelContent } from './content.js';
import { validateContent, validatePanel, validateSources } from './validate-content.js';


const panel: PanelContent = {
  summary: 'Broad muscles that hold you upright.',
  benefits: [
    { text: 'May ease pain for a while.', evidence: 'research-supported', sources: [{ title: 'A review', url: 'https://example.org/review' }] },
    { text: 'Feels relaxing.', evidence: 'mixed', sources: [{ title: 'A trial', url: 'https://example.org/trial' }] },
  ],
  techniques: [{ technique: 'swedish', fit: 'good', howTo: 'Long strokes either side of the spine.' }],
  cautions: [{ text: 'Avoid the spine itself.', evidence: 'mixed' }],
};

const pack: ContentPack = {
  ...fixtureContent,
  labels: { 'lower-back-left': 'Left lower back' },
  panels: { 'lower-back-left': panel },
};

const regionIds = ['lower-back-left'];
const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

describe('validateContent', () => {
  it('accepts a complete, well-formed pack', () => {
    expect(validateContent(pack, { regionIds })).toEqual([]);
  });

  it('reports a benefit without a source by region and position, with the path to it', () => {
    const broken = {
      ...pack,
      panels: { 'lower-back-left': { ...panel, benefits: [panel.benefits[0], { ...panel.benefits[1], sources: [] }] } },
    };
    expect(validateContent(broken, { regionIds })).toEqual([
      {
        path: 'panels["lower-back-left"].benefits[1].sources',
        message: "region 'lower-back-left': benefit 2 has no source",
      },
    ]);
  });

  it('reports unknown region ids, missing labels and missing strings', () => {
    const { mapLabel: _omitted, ...partialStrings } = fixtureContent.strings;
    const broken = { ...pack, strings: partialStrings, labels: { 'lower-back-lft': 'Typo' } };
    expect(messages(validateContent(broken, { regionIds }))).toEqual([
      "string 'mapLabel' is missing",
      "unknown region id 'lower-back-lft' in labels",
      "region 'lower-back-left' has no label",
    ]);
  });

  it('leaves missing regions alone for a partial pack', () => {
    expect(validateContent({ ...pack, labels: {}, panels: {} }, { regionIds, complete: false })).toEqual([]);
  });

  it('rejects something that is not a pack at all', () => {
    expect(messages(validateContent('nope', { regionIds }))).toEqual(['content pack must be an object']);
    expect(messages(validateContent({ ...pack, version: 2 }, { regionIds }))).toEqual([
      'content pack version 2 is not supported (expected 1)',
    ]);
  });

  it('does not load panels given as loaders', () => {
    const lazy = { ...pack, panels: { 'lower-back-left': () => Promise.reject(new Error('not called')) } };
    expect(validateContent(lazy, { regionIds })).toEqual([]);
  });
});

describe('validatePanel', () => {
  it('reports bad evidence levels, unknown techniques, duplicates and addresses', () => {
    const broken = {
      summary: '',
      benefits: [{ text: 'x', evidence: 'strong', sources: [{ title: 'T', url: 'javascript:alert(1)' }] }],
      techniques: [
        { technique: 'swedish', fit: 'good', howTo: 'a' },
        { technique: 'swedish', fit: 'great', howTo: 'b' },
        { technique: 'reiki', fit: 'good', howTo: 'c' },
      ],
      cautions: [],
    };
    expect(messages(validatePanel('neck-left', broken))).toEqual([
      "region 'neck-left': summary is missing",
      "region 'neck-left': benefit 1 has an unknown evidence level 'strong' (use research-supported, mixed, traditional)",
      "region 'neck-left': benefit 1, source 1 has no valid address",
      "region 'neck-left': technique 'swedish' is listed twice",
      "region 'neck-left': technique 2 has an unknown fit 'great'",
      "region 'neck-left': technique 3 has an unknown technique 'reiki'",
    ]);
  });

  it('accepts a caution-only panel but not an empty one', () => {
    const cautionOnly = { summary: 'Not a massage area.', benefits: [], techniques: [], cautions: [{ text: 'Keep off.' }] };
    expect(validatePanel('neck-front', cautionOnly)).toEqual([]);
    expect(messages(validatePanel('neck-front', { ...cautionOnly, cautions: [] }))).toEqual([
      "region 'neck-front': panel has neither benefits nor cautions",
    ]);
  });
});

describe('traditional claims and captions', () => {
  const claim = {
    location: 'The pad of the big toe',
    association: 'The head',
    findings: [{ text: 'Trials found no effect on illness.', evidence: 'research-supported', sources: ['review'] }],
  } as const;

  it('accepts a claim with its findings, and checks each finding like a benefit', () => {
    expect(validatePanel('rfx-head-left', { ...panel, claim })).toEqual([]);
    expect(validatePanel('rfx-head-left', { ...panel, claim: { ...claim, association: '', findings: [{ text: 'Unsourced.', evidence: 'proven' }] } })).toEqual([
      { path: 'panels["rfx-head-left"].claim.association', message: "region 'rfx-head-left': claim has no association" },
      {
        path: 'panels["rfx-head-left"].claim.findings[0].evidence',
        message: "region 'rfx-head-left': finding 1 has an unknown evidence level 'proven' (use research-supported, mixed, traditional)",
      },
      { path: 'panels["rfx-head-left"].claim.findings[0].sources', message: "region 'rfx-head-left': finding 1 has no source" },
    ]);
  });

  it('reports a finding citing a source the list lacks', () => {
    expect(validateSources({}, { 'rfx-head-left': { ...panel, claim } })).toEqual([
      {
        path: 'panels["rfx-head-left"].claim.findings[0].sources[0]',
        message: "region 'rfx-head-left': finding 1 cites unknown source 'review'",
      },
    ]);
  });

  it('reports an empty caption', () => {
    expect(validateContent({ ...fixtureContent, captions: { 'spine-lumbar': 'L1–L5', 'sole-left': ' ' } }, { regionIds: Object.keys(fixtureContent.labels) })).toEqual([
      { path: 'captions["sole-left"]', message: "caption 'sole-left' is empty" },
    ]);
  });
});

describe('validateSources', () => {
  const keyed = { ...panel, benefits: [{ ...panel.benefits[0]!, sources: ['review', 'missing'] }] };

  it('reports keys that the source list does not have, and broken sources in it', () => {
    const sources = { review: { title: 'A review', url: 'https://example.org/review' }, broken: { title: '', url: 'ftp://x' } };
    expect(messages(validateSources(sources, { 'lower-back-left': keyed }))).toEqual([
      "source 'broken' has no title",
      "source 'broken' has no valid address",
      "region 'lower-back-left': benefit 1 cites unknown source 'missing'",
    ]);
  });

  it('is run by validateContent when the source list is given up front', () => {
    const issues = validateContent({ ...pack, sources: {}, panels: { 'lower-back-left': keyed } }, { regionIds });
    expect(messages(issues)).toEqual([
      "region 'lower-back-left': benefit 1 cites unknown source 'review'",
      "region 'lower-back-left': benefit 1 cites unknown source 'missing'",
    ]);
  });
});
