import { fixtureContent } from '../../../tests/unit/fixture.ts';
import { readLoadable } from './loadable.js';
import { contentKind, mergeContent, missingContent } from './merge-content.js';

describe('contentKind', () => {
  it('tells a complete pack, a partial one and a value that is no pack', () => {
    expect(contentKind(fixtureContent)).toBe('complete');
    expect(contentKind({ labels: { head: 'Cranium' } })).toBe('partial');
    for (const value of ['{"labels": {}}', 42, null, [fixtureContent]]) {
      expect(contentKind(value)).toBe('invalid');
    }
  });
});

describe('mergeContent', () => {
  it('lays strings over the base key by key, keeping what the override lacks', () => {
    const merged = mergeContent(fixtureContent, {
      locale: 'es',
      strings: { benefits: 'Beneficios', fit: { good: 'Muy adecuado' } },
      labels: { head: 'Cabeza' },
    });
    expect(merged.locale).toBe('es');
    expect(merged.strings.benefits).toBe('Beneficios');
    expect(merged.strings.fit).toEqual({ good: 'Muy adecuado', care: 'Use with care', avoid: 'Not advised' });
    expect(merged.strings.techniques).toBe('Techniques');
    expect(merged.labels.head).toBe('Cabeza');
    expect(merged.labels.belly).toBe('Belly');
  });

  it('leaves out values of the wrong kind and blank strings, keeping the base\'s', () => {
    const malformed = {
      locale: 42,
      strings: { benefits: { text: 'Benefits' }, views: 'Front', close: '  ', fit: { good: 7 } },
      labels: { head: ['Head'], belly: 'Tummy' },
      techniques: 'Swedish',
      panels: 'none',
      glossary: 3,
    } as unknown as Parameters<typeof mergeContent>[1];
    const merged = mergeContent(fixtureContent, malformed);
    expect(merged.locale).toBe('en');
    expect(merged.strings.benefits).toBe('Benefits');
    expect(merged.strings.views).toEqual(fixtureContent.strings.views);
    expect(merged.strings.close).toBe('Close');
    expect(merged.strings.fit).toEqual(fixtureContent.strings.fit);
    expect(merged.labels).toEqual({ ...fixtureContent.labels, belly: 'Tummy' });
    expect(merged.techniques).toEqual(fixtureContent.techniques);
    expect(merged.panels).toEqual(fixtureContent.panels);
    expect(merged.glossary).toBe(fixtureContent.glossary);
    expect(mergeContent(fixtureContent, null as never)).toBe(fixtureContent);
  });

  it('replaces whole panels and combines source lists', async () => {
    const panel = { summary: 'Replaced', benefits: [], techniques: [], cautions: [{ text: 'Careful.' }] };
    const merged = mergeContent(
      { ...fixtureContent, sources: { a: { title: 'A', url: 'https://example.org/a', kind: 'trial' } } },
      { panels: { head: panel }, sources: () => Promise.resolve({ b: { title: 'B', url: 'https://example.org/b', kind: 'trial' } }) },
    );
    expect(merged.panels.head).toBe(panel);
    expect(merged.panels.belly).toBe(fixtureContent.panels.belly);
    const sources = readLoadable(merged.sources!);
    expect(sources.status).toBe('loading');
    expect(await (sources.status === 'loading' ? sources.promise : undefined)).toEqual({
      a: { title: 'A', url: 'https://example.org/a', kind: 'trial' },
      b: { title: 'B', url: 'https://example.org/b', kind: 'trial' },
    });
  });
  it("takes a clinic's own provenance in place of the bundled one", () => {
    const bundled = { version: '2', reviewed: '2026-12-02', changelog: [{ version: '2', date: '2026-12-02', changes: ['Findings apart.'] }] };
    const clinic = { version: 'clinic-1', reviewed: '2027-01-15', changelog: [{ version: 'clinic-1', date: '2027-01-15', changes: ['Reviewed by our therapists.'] }] };
    expect(mergeContent({ ...fixtureContent, provenance: bundled }, { provenance: clinic }).provenance).toBe(clinic);
    expect(mergeContent({ ...fixtureContent, provenance: bundled }, { labels: { head: 'Kopf' } }).provenance).toBe(bundled);
  });
});

describe('the disclaimer', () => {
  it('takes a text or a loader from the override, and keeps the base\'s for a blank or wrong one', () => {
    const loader = () => Promise.resolve('Informazioni generali.');
    expect(mergeContent(fixtureContent, { disclaimer: 'Información general.' }).disclaimer).toBe('Información general.');
    expect(mergeContent(fixtureContent, { disclaimer: loader }).disclaimer).toBe(loader);
    expect(mergeContent(fixtureContent, { disclaimer: '  ' }).disclaimer).toBe(fixtureContent.disclaimer);
    expect(mergeContent(fixtureContent, { disclaimer: 7 as unknown as string }).disclaimer).toBe(fixtureContent.disclaimer);
    expect(mergeContent(fixtureContent, { labels: { head: 'Kopf' } }).disclaimer).toBe(fixtureContent.disclaimer);
  });
});

describe('missingContent', () => {
  it('lists what a translation lacks, by path', () => {
    const { fit: _fit, ...strings } = fixtureContent.strings;
    const partial = {
      strings: { ...strings, evidence: { ...strings.evidence, mixed: '' } },
      labels: { head: 'Cabeza', 'arm-left': 'Brazo izquierdo', 'arm-right': 'Brazo derecho', belly: 'Vientre' },
      techniques: fixtureContent.techniques,
      panels: fixtureContent.panels,
    };
    expect(missingContent(partial, fixtureContent)).toEqual([
      'strings.evidence.mixed',
      'strings.fit.good',
      'strings.fit.care',
      'strings.fit.avoid',
      'labels["upper-back"]',
      'intake',
      'disclaimer',
    ]);
    expect(missingContent(fixtureContent, fixtureContent)).toEqual([]);
  });
});
