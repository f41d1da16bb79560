import { fixtureContent, fixturePanelStrings } from '../../../tests/unit/fixture.ts';
import { loadValue, readLoadable } from './loadable.js';
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
      strings: { close: 'Cerrar', zoom: { in: 'Acercar' } },
      labels: { head: 'Cabeza' },
    });
    expect(merged.locale).toBe('es');
    expect(merged.strings.close).toBe('Cerrar');
    expect(merged.strings.zoom).toEqual({ ...fixtureContent.strings.zoom, in: 'Acercar' });
    expect(merged.strings.retry).toBe('Try again');
    expect(merged.labels.head).toBe('Cabeza');
    expect(merged.labels.belly).toBe('Belly');
  });

  it('leaves out values of the wrong kind and blank strings, keeping the base\'s', () => {
    const malformed = {
      locale: 42,
      strings: { loading: { text: 'Loading' }, views: 'Front', close: '  ', zoom: { in: 7 } },
      labels: { head: ['Head'], belly: 'Tummy' },
      panelStrings: 'Swedish',
      panels: 'none',
      glossary: 3,
    } as unknown as Parameters<typeof mergeContent>[1];
    const merged = mergeContent(fixtureContent, malformed);
    expect(merged.locale).toBe('en');
    expect(merged.strings.loading).toBe('Loading…');
    expect(merged.strings.views).toEqual(fixtureContent.strings.views);
    expect(merged.strings.close).toBe('Close');
    expect(merged.strings.zoom).toEqual(fixtureContent.strings.zoom);
    expect(merged.labels).toEqual({ ...fixtureContent.labels, belly: 'Tummy' });
    expect(merged.panelStrings).toBe(fixtureContent.panelStrings);
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

describe('the panel strings', () => {
  const base = fixturePanelStrings;

  it('lays the override over the base string by string, keeping the base\'s for a blank or wrong one', () => {
    const merged = mergeContent(fixtureContent, {
      panelStrings: { benefits: 'Beneficios', fit: { good: 'Muy adecuado', care: ' ' }, disclaimer: 'Información general.', techniqueNames: { swedish: 7 as unknown as string } },
    });
    expect(merged.panelStrings).toEqual({
      ...base,
      benefits: 'Beneficios',
      fit: { ...base.fit, good: 'Muy adecuado' },
      disclaimer: 'Información general.',
    });
    expect(mergeContent(fixtureContent, { panelStrings: { disclaimer: '  ' } }).panelStrings).toEqual(base);
    expect(mergeContent(fixtureContent, { labels: { head: 'Kopf' } }).panelStrings).toBe(fixtureContent.panelStrings);
  });

  it('loads on demand while either side does, merged string by string all the same', async () => {
    const english = () => Promise.resolve(base);
    const overLoader = mergeContent(fixtureContent, { panelStrings: () => Promise.resolve({ benefits: 'Beneficios' }) }).panelStrings;
    const overLazyBase = mergeContent({ ...fixtureContent, panelStrings: english }, { panelStrings: { cautions: 'Precauciones' } }).panelStrings;
    expect(typeof overLoader).toBe('function');
    expect(typeof overLazyBase).toBe('function');
    expect(await loadValue(overLoader)).toEqual({ ...base, benefits: 'Beneficios' });
    expect(await loadValue(overLazyBase)).toEqual({ ...base, cautions: 'Precauciones' });
  });

  it('tries a side that failed to load again when the merged part is retried', async () => {
    let online = false;
    const english = () => (online ? Promise.resolve(base) : Promise.reject(new Error('offline')));
    const merged = mergeContent({ ...fixtureContent, panelStrings: english }, { panelStrings: { benefits: 'Beneficios' } }).panelStrings;
    await expect(loadValue(merged)).rejects.toThrow('offline');
    online = true;
    expect(await loadValue(merged)).toEqual({ ...base, benefits: 'Beneficios' });
  });
});

describe('missingContent', () => {
  it('lists what a translation lacks, by path', () => {
    const { zoom: _zoom, ...strings } = fixtureContent.strings;
    const { fit: _fit, ...panelStrings } = fixturePanelStrings;
    const partial = {
      strings: { ...strings, views: { ...strings.views, back: '' } },
      panelStrings: { ...panelStrings, evidence: { ...panelStrings.evidence, mixed: '' } },
      labels: { head: 'Cabeza', 'arm-left': 'Brazo izquierdo', 'arm-right': 'Brazo derecho', belly: 'Vientre' },
      panels: fixtureContent.panels,
    };
    expect(missingContent(partial, fixtureContent)).toEqual([
      'strings.views.back',
      'strings.zoom.controls',
      'strings.zoom.in',
      'strings.zoom.out',
      'strings.zoom.reset',
      'strings.zoom.wheelHint',
      'strings.zoom.touchHint',
      'panelStrings.evidence.mixed',
      'panelStrings.fit.good',
      'panelStrings.fit.care',
      'panelStrings.fit.avoid',
      'labels["upper-back"]',
      'intake',
    ]);
    expect(missingContent({ ...partial, panelStrings: undefined }, fixtureContent)).toContain('panelStrings');
    expect(missingContent(fixtureContent, fixtureContent)).toEqual([]);
  });
});
