import type { SnomedConcept } from '@bodymap/core';
import type { RegionId } from '../regions.js';
import { muscleRegions, type MuscleName } from '../muscles/models.js';
import { reflexologyPlaces } from '../soles/places.js';
import { footSides, soleHotspotPoints, soleZoneAt, soleZones, type SoleRegionId, type SoleZone } from '../soles/points.js';

// Concept ids are SNOMED CT International Edition body structures, each with the description clinical records and
// HL7's examples display for it. Where the atlas draws a part that has no concept of its own, the region takes the
// nearest broader structure, and the entry says so.

const soleZoneSites: Readonly<Record<SoleZone, SnomedConcept>> = {
  toes: { code: '29707007', term: 'Toe structure' },
  ball: { code: '362846001', term: 'Structure of forefoot' },
  // The arch has no region concept of its own: the sole as a whole.
  arch: { code: '57999000', term: 'Structure of sole of foot' },
  heel: { code: '76853006', term: 'Heel structure' },
};

// A reflexology point is recorded as the part of the sole it lies on, never as the organ a chart links it to: what
// hurts is the foot, and the organ link is a traditional claim.
const soleSites = Object.fromEntries([
  ...footSides.flatMap((side) => soleZones.map((zone) => [`foot-sole-${side}-${zone}`, soleZoneSites[zone]])),
  ...soleHotspotPoints.map(({ id, point }) => [id, soleZoneSites[soleZoneAt(reflexologyPlaces[point][1])]]),
]) as Record<SoleRegionId, SnomedConcept>;

const sided = <Base extends string>(base: Base, concept: SnomedConcept) =>
  ({ [`${base}-left`]: concept, [`${base}-right`]: concept }) as Record<`${Base}-left` | `${Base}-right`, SnomedConcept>;

// Each muscle of the muscle layer, its side left out as for the areas. The three parts of the trapezius share the
// trapezius's concept, which has no concept per part.
const muscleSites: Readonly<Record<MuscleName, SnomedConcept>> = {
  temporalis: { code: '52927003', term: 'Structure of temporalis muscle' },
  sternocleidomastoid: { code: '22823000', term: 'Structure of sternocleidomastoid muscle' },
  'upper-trapezius': { code: '31764008', term: 'Structure of trapezius muscle' },
  'middle-trapezius': { code: '31764008', term: 'Structure of trapezius muscle' },
  'lower-trapezius': { code: '31764008', term: 'Structure of trapezius muscle' },
  deltoid: { code: '35259002', term: 'Structure of deltoid muscle' },
  'erector-spinae': { code: '44947003', term: 'Structure of erector spinae muscle' },
  'gluteus-maximus': { code: '206007', term: 'Structure of gluteus maximus muscle' },
  'gluteus-medius': { code: '78333006', term: 'Structure of gluteus medius muscle' },
  'latissimus-dorsi': { code: '15665001', term: 'Structure of latissimus dorsi muscle' },
  'quadratus-lumborum': { code: '6001004', term: 'Structure of quadratus lumborum muscle' },
  // The muscles below are recorded as the area they lie in, the nearest broader structure, until each muscle's own
  // concept is matched to its preferred term in a SNOMED CT release.
  suboccipitals: { code: '304036007', term: 'Structure of posterior region of neck' },
  'levator-scapulae': { code: '304036007', term: 'Structure of posterior region of neck' },
  rhomboids: { code: '7874003', term: 'Scapular region of back' },
  piriformis: { code: '29836001', term: 'Hip region structure' },
  hamstrings: { code: '68367000', term: 'Thigh structure' },
  gastrocnemius: { code: '53840002', term: 'Calf of leg' },
  soleus: { code: '53840002', term: 'Calf of leg' },
  // The plantar fascia is a band of the sole rather than a muscle.
  'plantar-fascia': { code: '57999000', term: 'Structure of sole of foot' },
};

type MuscleRegionId = (typeof muscleRegions)[number]['id'];
const muscleNameOf = (id: MuscleRegionId) => id.replace(/^muscle-|-(left|right)$/g, '') as MuscleName;
const muscleBodySites = Object.fromEntries(muscleRegions.map(({ id }) => [id, muscleSites[muscleNameOf(id)]])) as Record<MuscleRegionId, SnomedConcept>;

/** Each region's SNOMED CT body structure, its side left out (it travels as a laterality qualifier). */
export const bodySites: Readonly<Record<RegionId, SnomedConcept>> = {
  ...sided('head-temple', { code: '450721000', term: 'Temple region structure' }),
  'head-face': { code: '89545001', term: 'Face structure' },
  'head-back': { code: '43631005', term: 'Occipital region structure' },
  'neck-front': { code: '49928004', term: 'Structure of anterior portion of neck' },
  ...sided('neck', { code: '304036007', term: 'Structure of posterior region of neck' }),
  ...sided('shoulder', { code: '16982005', term: 'Shoulder region structure' }),
  ...sided('chest', { code: '78904004', term: 'Chest wall structure' }),
  abdomen: { code: '818983003', term: 'Abdomen structure' },
  ...sided('upper-back', { code: '7874003', term: 'Scapular region of back' }),
  // Between the shoulder blades and the waist the back has no region concept of its own: the back as a whole.
  ...sided('mid-back', { code: '77568009', term: 'Back structure, excluding buttocks' }),
  ...sided('lower-back', { code: '37822005', term: 'Lower back structure' }),
  'spine-cervical': { code: '122494005', term: 'Cervical spine structure' },
  'spine-thoracic': { code: '122495006', term: 'Thoracic spine structure' },
  'spine-lumbar': { code: '122496007', term: 'Lumbar spine structure' },
  // The region reaches the coccyx too; the sacrum is the structure it is named after.
  'spine-sacral': { code: '54735007', term: 'Bone structure of sacrum' },
  // The region is the hip and the buttock together: the hip region, as the Widespread Pain Index counts them.
  ...sided('hip-glute', { code: '29836001', term: 'Hip region structure' }),
  ...sided('upper-arm', { code: '40983000', term: 'Upper arm structure' }),
  ...sided('forearm', { code: '14975008', term: 'Forearm structure' }),
  ...sided('hand', { code: '85562004', term: 'Hand structure' }),
  ...sided('thigh', { code: '68367000', term: 'Thigh structure' }),
  ...sided('knee', { code: '72696002', term: 'Knee region structure' }),
  // The front of the lower leg: the lower leg as a whole, which the calf shares.
  ...sided('shin', { code: '30021000', term: 'Lower leg structure' }),
  ...sided('calf', { code: '53840002', term: 'Calf of leg' }),
  ...sided('foot', { code: '56459004', term: 'Foot structure' }),
  ...soleSites,
  ...muscleBodySites,
};
