import { atlas } from '@bodymap/content';
import fc from 'fast-check';
import { atlasLayers } from './atlas.js';
import { painQualities } from './intake/marks.js';
import type { ViewId } from './region.js';
import { decodeUrlState, encodeUrlState, roundTransform, type UrlState } from './url-state.js';

const regionIds = atlas.regions.map((region) => region.id);
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const mark = fc.record({
  region: fc.constantFrom(...regionIds),
  intensity: fc.integer({ min: 1, max: 10 }),
  qualities: fc.uniqueArray(fc.constantFrom(...painQualities), { maxLength: 3 }),
  note: fc.string({ maxLength: 40 }),
});
const state: fc.Arbitrary<UrlState> = fc.record(
  {
    view: fc.constantFrom(...(Object.keys(atlas.views) as ViewId[])),
    layer: fc.constantFrom(...atlasLayers(atlas)),
    transform: fc.record({ k: fc.double({ min: 1, max: 8, noNaN: true }), x: fc.double({ min: -3000, max: 3000, noNaN: true }), y: fc.double({ min: -5000, max: 5000, noNaN: true }) }),
    region: fc.constantFrom(...regionIds),
    symptom: id,
    routine: fc.record({ id, step: fc.integer({ min: 0, max: 40 }) }),
    marks: fc.uniqueArray(mark, { selector: (entry) => entry.region, maxLength: 5 }),
  },
  { requiredKeys: [] },
);

describe('the URL codec', () => {
  it('reads back every state it writes, with the transform rounded', () => {
    fc.assert(
      fc.property(state, (given) => {
        const { state: read, issues } = decodeUrlState(encodeUrlState(given), { atlas });
        expect(issues).toEqual([]);
        expect(read).toEqual(given.transform === undefined ? given : { ...given, transform: roundTransform(given.transform) });
      }),
    );
  });

  it('writes the same value again from what it read', () => {
    fc.assert(
      fc.property(state, (given) => {
        const once = encodeUrlState(given);
        expect(encodeUrlState(decodeUrlState(once, { atlas }).state)).toBe(once);
      }),
    );
  });

  it('never throws on any text, and keeps only what it can name', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom('view:', 'back', '~', ':', ',', '!', '.', 'zoom:', '2', '-', 'marks:', 'knee-left', 'region:', '%', '%2C', '__proto__'), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const { state: read } = decodeUrlState(input, { atlas });
        for (const key of Object.keys(read)) {
          expect(['view', 'layer', 'transform', 'region', 'symptom', 'routine', 'marks']).toContain(key);
        }
        if (read.region !== undefined) {
          expect(regionIds).toContain(read.region);
        }
        for (const entry of read.marks ?? []) {
          expect(regionIds).toContain(entry.region);
        }
      }),
    );
  });
});
