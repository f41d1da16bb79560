import { muscleRegions } from '../muscles/models.js';
import { regions } from '../regions.js';
import { bodySites } from './body-sites.js';
import { clinicalAtlas } from './index.js';

// Verhoeff's dihedral check, which every SNOMED CT identifier ends with: digits are elements of the dihedral group
// D5 (0–4 rotations, 5–9 reflections), each moved by a fixed permutation applied once per place from the right.
const dihedral = (a: number, b: number) =>
  a < 5 ? (b < 5 ? (a + b) % 5 : 5 + ((a + b) % 5)) : b < 5 ? 5 + ((a - b + 5) % 5) : (a - b + 5) % 5;
const step = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const permuted = (digit: number, times: number): number => (times === 0 ? digit : permuted(step[digit]!, times - 1));
const verhoeffValid = (digits: string) =>
  [...digits].reverse().reduce((check, digit, index) => dihedral(check, permuted(Number(digit), index % 8)), 0) === 0;

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

  it('records a muscle as its own structure, or else as the area it lies in', () => {
    for (const region of muscleRegions) {
      const site = bodySites[region.id];
      // The suboccipitals lie under the skull, drawn in the back of the head's area, and are recorded as the back of the neck.
      const broader = region.id.startsWith('muscle-suboccipitals-') ? bodySites['neck-left'].code : bodySites[region.areaOf].code;
      expect({ id: region.id, own: /muscle/i.test(site.term) || site.code === broader }).toEqual({ id: region.id, own: true });
    }
    expect(bodySites['muscle-upper-trapezius-left']).toEqual({ code: '31764008', term: 'Structure of trapezius muscle' });
    expect(bodySites['muscle-gastrocnemius-right']).toEqual(bodySites['calf-right']);
  });

  it('records a reflexology point as the part of the sole it lies on, never as an organ', () => {
    expect(bodySites['rfx-heart-left']).toEqual(bodySites['foot-sole-left-ball']);
    expect(bodySites['rfx-head-brain-right']).toEqual(bodySites['foot-sole-right-toes']);
    expect(bodySites['rfx-sciatic-left']).toEqual(bodySites['foot-sole-left-heel']);
  });
});
