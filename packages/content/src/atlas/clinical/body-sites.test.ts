import { regions } from '../regions.js';
import { bodySites } from './body-sites.js';
import { clinicalAtlas } from './index.js';

// Verhoeff's dihedral check, which every SNOMED CT identifier ends with.
const multiplication = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const permutation = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const verhoeffValid = (digits: string) =>
  [...digits].reverse().reduce((check, digit, index) => multiplication[check]![permutation[index % 8]![Number(digit)]!]!, 0) === 0;

/** A concept's identifier: 6 to 18 digits, partition `00` (a concept, short format) before a valid check digit. */
const isConceptId = (id: string) => /^[1-9]\d{5,17}$/.test(id) && id.slice(-3, -1) === '00' && verhoeffValid(id);

describe('the body sites of the default atlas', () => {
  it('checks identifiers as SNOMED CT does', () => {
    expect(isConceptId('91775009')).toBe(true);
    expect(isConceptId('91775008')).toBe(false);
    expect(isConceptId('91775019')).toBe(false);
    expect(isConceptId('0091775009')).toBe(false);
  });

  it('gives every region a concept with a valid identifier and a term', () => {
    for (const region of clinicalAtlas.regions) {
      const site = region.bodySite;
      expect({ id: region.id, valid: site !== undefined && isConceptId(site.code) && site.term.trim() !== '' }).toEqual({ id: region.id, valid: true });
    }
    expect(Object.keys(bodySites).sort()).toEqual(regions.map((region) => region.id).sort());
  });

  it('codes the structure without its side, so the two sides of a pair share one concept', () => {
    for (const region of regions) {
      expect(bodySites[region.id].term).not.toMatch(/\b(left|right)\b/i);
      if (region.side !== 'midline') {
        const other = region.id.replace(new RegExp(`-${region.side}(?=-|$)`), region.side === 'left' ? '-right' : '-left');
        // Some reflexology points are on one foot only.
        if (regions.some((candidate) => candidate.id === other)) {
          expect({ id: region.id, site: bodySites[other as typeof region.id] }).toEqual({ id: region.id, site: bodySites[region.id] });
        }
      }
    }
  });

  it('records a reflexology point as the part of the sole it lies on, never as an organ', () => {
    expect(bodySites['rfx-heart-left']).toEqual(bodySites['foot-sole-left-ball']);
    expect(bodySites['rfx-head-brain-right']).toEqual(bodySites['foot-sole-right-toes']);
    expect(bodySites['rfx-sciatic-left']).toEqual(bodySites['foot-sole-left-heel']);
  });
});
