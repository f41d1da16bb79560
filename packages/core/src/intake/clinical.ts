/** A SNOMED CT concept with its preferred term, as a clinical record names a body structure. */
export interface SnomedConcept {
  readonly code: string;
  readonly term: string;
}

/** SNOMED CT's laterality qualifiers: the person's own side. */
export const laterality = {
  left: { code: '7771000', term: 'Left' },
  right: { code: '24028007', term: 'Right' },
} as const satisfies Record<'left' | 'right', SnomedConcept>;

/**
 * The 19 areas of the Widespread Pain Index in the 2010 ACR fibromyalgia criteria (kept in the 2016
 * revision): sided areas as the person's own left and right, then the five axial areas.
 */
export const painIndexAreas = [
  'jaw-left',
  'jaw-right',
  'shoulder-girdle-left',
  'shoulder-girdle-right',
  'upper-arm-left',
  'upper-arm-right',
  'lower-arm-left',
  'lower-arm-right',
  'hip-left',
  'hip-right',
  'upper-leg-left',
  'upper-leg-right',
  'lower-leg-left',
  'lower-leg-right',
  'neck',
  'upper-back',
  'lower-back',
  'chest',
  'abdomen',
] as const;
export type PainIndexArea = (typeof painIndexAreas)[number];
