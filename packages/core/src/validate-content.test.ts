import { fixtureContent, fixtureIntake, fixturePanelStrings } from '../../../tests/unit/fixture.ts';
import type { ContentPack, PanelContent } from './content.js';
import { validateContent, validateMessages, validatePanel, validatePanelStrings, validateSources } from './validate-content.js';

const panel: PanelContent = {
  summary: 'Broad muscles that hold you upright.',
  benefits: [
    { text: 'May ease pain for a while.', evidence: 'research-supported', sources: [{ title: 'A review', url: 'https://example.org/review', kind: 'systematic-review' }] },
    { text: 'Feels relaxing.', evidence: 'mixed', sources: [{ title: 'A trial', url: 'https://example.org/trial', kind: 'trial' }] },
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

  it("reports intake mode's words when the pack gives them as an object, a CSV heading among them", () => {
    const { note: _omitted, ...csv } = fixtureIntake.csv;
    const broken = { ...pack, intake: { ...fixtureIntake, list: '', csv } };
    expect(validateContent(broken, { regionIds })).toEqual([
      { path: 'intake.list', message: "string 'intake.list' is missing" },
      { path: 'intake.csv.note', message: "string 'intake.csv.note' is missing" },
    ]);
    expect(validateContent({ ...pack, intake: () => Promise.resolve(broken.intake) }, { regionIds })).toEqual([]);
  });

  it('reports missing or malformed panel strings, and leaves those that load on demand to their loader', () => {
    const { panelStrings: _omitted, ...without } = pack;
    expect(validateContent(without, { regionIds })).toEqual([
      { path: 'panelStrings', message: 'content pack has no panel strings (an object of them, or a loader of one)' },
    ]);
    const words = fixturePanelStrings;
    const { fit: _fit, ...withoutFit } = words;
    const broken = { ...withoutFit, disclaimer: ' ', techniqueNames: { ...words.techniqueNames, sports: 7 } };
    expect(validateContent({ ...pack, panelStrings: broken }, { regionIds })).toEqual([
      { path: 'panelStrings.disclaimer', message: "string 'panelStrings.disclaimer' is missing" },
      { path: 'panelStrings.fit.good', message: "string 'panelStrings.fit.good' is missing" },
      { path: 'panelStrings.fit.care', message: "string 'panelStrings.fit.care' is missing" },
      { path: 'panelStrings.fit.avoid', message: "string 'panelStrings.fit.avoid' is missing" },
      { path: 'panelStrings.techniqueNames.sports', message: "string 'panelStrings.techniqueNames.sports' is missing" },
    ]);
    expect(validatePanelStrings(broken)).toHaveLength(5);
    expect(validateContent({ ...pack, panelStrings: () => Promise.reject(new Error('not called')) }, { regionIds })).toEqual([]);
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
      benefits: [{ text: 'x', evidence: 'strong', sources: [{ title: 'T', url: 'javascript:alert(1)', kind: 'trial' }] }],
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

describe('traditional claims, findings and captions', () => {
  const claim = { location: 'The pad of the big toe', association: 'The head' };
  const findings = [{ text: 'Trials found no effect on illness.', direction: 'no-effect', sources: ['review'] }] as const;

  it('accepts a claim with findings, and reports a malformed one', () => {
    expect(validatePanel('rfx-head-left', { ...panel, claim, findings })).toEqual([]);
    expect(
      validatePanel('rfx-head-left', {
        ...panel,
        claim: { ...claim, association: '' },
        findings: [{ text: 'Unsourced.', evidence: 'research-supported' }, { text: ' ', direction: 'worse', sources: ['review'] }, 'no'],
      }),
    ).toEqual([
      { path: 'panels["rfx-head-left"].claim.association', message: "region 'rfx-head-left': claim has no association" },
      {
        path: 'panels["rfx-head-left"].findings[0].direction',
        message: "region 'rfx-head-left': finding 1 has an unknown direction undefined (use positive, no-effect, negative, unclear)",
      },
      { path: 'panels["rfx-head-left"].findings[0].sources', message: "region 'rfx-head-left': finding 1 has no source" },
      { path: 'panels["rfx-head-left"].findings[1].text', message: "region 'rfx-head-left': finding 2 has no text" },
      {
        path: 'panels["rfx-head-left"].findings[1].direction',
        message: "region 'rfx-head-left': finding 2 has an unknown direction 'worse' (use positive, no-effect, negative, unclear)",
      },
      { path: 'panels["rfx-head-left"].findings[2]', message: "region 'rfx-head-left': finding 3 must be an object" },
    ]);
    expect(messages(validatePanel('rfx-head-left', { ...panel, findings: 'none' }))).toEqual(["region 'rfx-head-left': findings must be a list"]);
  });

  it("accepts a muscle's anatomy, and reports a blank or malformed one", () => {
    const anatomy = { action: 'Lifts the shoulder blade.', tension: 'Commonly felt at the top of the shoulder.' };
    expect(validatePanel('muscle-upper-trapezius-left', { ...panel, anatomy })).toEqual([]);
    expect(validatePanel('muscle-upper-trapezius-left', { ...panel, anatomy: { action: ' ' } })).toEqual([
      {
        path: 'panels["muscle-upper-trapezius-left"].anatomy.action',
        message: "region 'muscle-upper-trapezius-left': anatomy has no action (what the muscle does)",
      },
      {
        path: 'panels["muscle-upper-trapezius-left"].anatomy.tension',
        message: "region 'muscle-upper-trapezius-left': anatomy has no tension (where tension in it is felt)",
      },
    ]);
    expect(messages(validatePanel('muscle-upper-trapezius-left', { ...panel, anatomy: 'Lifts the shoulder.' }))).toEqual([
      "region 'muscle-upper-trapezius-left': anatomy must be an object",
    ]);
  });

  it('reports a finding citing a source the list lacks', () => {
    expect(validateSources({}, { 'rfx-head-left': { ...panel, claim, findings } })).toEqual([
      {
        path: 'panels["rfx-head-left"].findings[0].sources[0]',
        message: "region 'rfx-head-left': finding 1 cites unknown source 'review'",
      },
    ]);
  });

  it('accepts each kind of caution, or none, and reports an unknown kind', () => {
    const cautions = [
      { text: 'Numbness around the genitals needs emergency care.', kind: 'emergency' },
      { text: 'See a doctor first.', kind: 'see-a-doctor' },
      { text: 'No pressure over the wound.', kind: 'avoid' },
      { text: 'Keep pressure light.', kind: 'take-care' },
      { text: 'A caution from a pack written before kinds.' },
    ] as const;
    expect(validatePanel('lower-back-left', { ...panel, cautions })).toEqual([]);
    expect(validatePanel('lower-back-left', { ...panel, cautions: [{ text: 'Careful.', kind: 'urgent' }, { text: 'Careful.', kind: '' }] })).toEqual([
      {
        path: 'panels["lower-back-left"].cautions[0].kind',
        message: "region 'lower-back-left': caution 1 has an unknown kind 'urgent' (use emergency, see-a-doctor, avoid, take-care)",
      },
      {
        path: 'panels["lower-back-left"].cautions[1].kind',
        message: "region 'lower-back-left': caution 2 has an unknown kind '' (use emergency, see-a-doctor, avoid, take-care)",
      },
    ]);
  });

  it('reports a reviewer that names no role', () => {
    expect(validatePanel('lower-back-left', { ...panel, reviewedBy: 'licensed massage therapist' })).toEqual([]);
    expect(messages(validatePanel('lower-back-left', { ...panel, reviewedBy: '' }))).toEqual(["region 'lower-back-left': reviewedBy must name a role"]);
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
    const sources = {
      review: { title: 'A review', url: 'https://example.org/review', kind: 'systematic-review' },
      broken: { title: '', url: 'ftp://x', kind: 'trial' },
      unkinded: { title: 'A blog', url: 'https://example.org/blog' },
      miskinded: { title: 'A post', url: 'https://example.org/post', kind: 'blog' },
    };
    expect(messages(validateSources(sources, { 'lower-back-left': keyed }))).toEqual([
      "source 'broken' has no title",
      "source 'broken' has no valid address",
      "source 'unkinded' needs a kind: guideline, systematic-review, trial, study, health-information, practice, traditional-chart",
      "source 'miskinded' needs a kind (not 'blog'): guideline, systematic-review, trial, study, health-information, practice, traditional-chart",
      "region 'lower-back-left': benefit 1 cites unknown source 'missing'",
    ]);
  });

  it('reports a source given in full without its kind', () => {
    const inline = { ...panel, benefits: [{ ...panel.benefits[0]!, sources: [{ title: 'A page', url: 'https://example.org/page' }] }] };
    expect(validatePanel('lower-back-left', inline)).toEqual([
      {
        path: 'panels["lower-back-left"].benefits[0].sources[0].kind',
        message: "region 'lower-back-left': benefit 1, source 1 needs a kind: guideline, systematic-review, trial, study, health-information, practice, traditional-chart",
      },
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

describe('provenance', () => {
  const provenance = {
    version: '2',
    reviewed: '2026-12-02',
    changelog: [{ version: '2', date: '2026-12-02', changes: ['Reviewed by our physiotherapists.'] }],
  };

  it('accepts a version, an ISO review date and a changelog', () => {
    expect(validateContent({ ...pack, provenance }, { regionIds })).toEqual([]);
  });

  it('reports a review date that is not ISO and a changelog entry without changes', () => {
    const broken = { ...provenance, reviewed: '02/12/2026', changelog: [{ version: '', date: '2026-13-45', changes: [] }] };
    expect(messages(validateContent({ ...pack, provenance: broken }, { regionIds }))).toEqual([
      "provenance's reviewed date '02/12/2026' is not an ISO date (YYYY-MM-DD)",
      'changelog entry 1 has no version',
      "changelog entry 1's date '2026-13-45' is not an ISO date (YYYY-MM-DD)",
      'changelog entry 1 needs a list of changes in words',
    ]);
  });
});

describe('validateMessages', () => {
  const english = { summary: 'Massage may ease {organ}.', 'benefits.relief': 'Eases pain.' };

  it('accepts a translation with every key and placeholder', () => {
    expect(validateMessages({ summary: 'El masaje puede aliviar {organ}.', 'benefits.relief': 'Alivia el dolor.' }, english, 'es/lower-back.json')).toEqual([]);
  });

  it('reports missing and empty keys, lost placeholders and keys the reference lacks', () => {
    expect(validateMessages({ summary: 'El masaje alivia.', 'benefits.relief': ' ', 'benefits.old': 'Viejo.' }, english, 'es/lower-back.json')).toEqual([
      { path: 'es/lower-back.json["summary"]', message: "message 'summary' lacks the placeholder {organ}" },
      { path: 'es/lower-back.json["benefits.relief"]', message: "message 'benefits.relief' is missing" },
      { path: 'es/lower-back.json["benefits.old"]', message: "message 'benefits.old' is not a key of the reference language" },
    ]);
    expect(validateMessages(['summary'], english, 'es/lower-back.json')).toEqual([
      { path: 'es/lower-back.json', message: 'messages must be an object of texts by key' },
    ]);
  });
});
