import type { ContentPack, PanelContent } from '@bodymap/core';
import type { RegionId } from '../../atlas/regions.js';

type PanelLoader = () => Promise<PanelContent>;

// One loader per panel, shared by left and right, so each panel's text loads once and only when opened.
const headTemple: PanelLoader = () => import('./panels/head-temple.js').then((module) => module.default);
const headFace: PanelLoader = () => import('./panels/head-face.js').then((module) => module.default);
const headBack: PanelLoader = () => import('./panels/head-back.js').then((module) => module.default);
const neck: PanelLoader = () => import('./panels/neck.js').then((module) => module.default);
const neckFront: PanelLoader = () => import('./panels/neck-front.js').then((module) => module.default);
const shoulder: PanelLoader = () => import('./panels/shoulder.js').then((module) => module.default);
const chest: PanelLoader = () => import('./panels/chest.js').then((module) => module.default);
const abdomen: PanelLoader = () => import('./panels/abdomen.js').then((module) => module.default);
const upperBack: PanelLoader = () => import('./panels/upper-back.js').then((module) => module.default);
const midBack: PanelLoader = () => import('./panels/mid-back.js').then((module) => module.default);
const lowerBack: PanelLoader = () => import('./panels/lower-back.js').then((module) => module.default);
const spineCervical: PanelLoader = () => import('./panels/spine-cervical.js').then((module) => module.default);
const spineThoracic: PanelLoader = () => import('./panels/spine-thoracic.js').then((module) => module.default);
const spineLumbar: PanelLoader = () => import('./panels/spine-lumbar.js').then((module) => module.default);
const spineSacral: PanelLoader = () => import('./panels/spine-sacral.js').then((module) => module.default);
const hipGlute: PanelLoader = () => import('./panels/hip-glute.js').then((module) => module.default);
const upperArm: PanelLoader = () => import('./panels/upper-arm.js').then((module) => module.default);
const forearm: PanelLoader = () => import('./panels/forearm.js').then((module) => module.default);
const hand: PanelLoader = () => import('./panels/hand.js').then((module) => module.default);
const thigh: PanelLoader = () => import('./panels/thigh.js').then((module) => module.default);
const knee: PanelLoader = () => import('./panels/knee.js').then((module) => module.default);
const shin: PanelLoader = () => import('./panels/shin.js').then((module) => module.default);
const calf: PanelLoader = () => import('./panels/calf.js').then((module) => module.default);
const foot: PanelLoader = () => import('./panels/foot.js').then((module) => module.default);

const labels = {
  'head-temple-left': 'Left temple',
  'head-temple-right': 'Right temple',
  'head-face': 'Face and jaw',
  'head-back': 'Back of head',
  'neck-front': 'Front of neck',
  'neck-left': 'Left side of neck',
  'neck-right': 'Right side of neck',
  'shoulder-left': 'Left shoulder',
  'shoulder-right': 'Right shoulder',
  'chest-left': 'Left chest',
  'chest-right': 'Right chest',
  abdomen: 'Abdomen',
  'upper-back-left': 'Left upper back',
  'upper-back-right': 'Right upper back',
  'mid-back-left': 'Left mid back',
  'mid-back-right': 'Right mid back',
  'lower-back-left': 'Left lower back',
  'lower-back-right': 'Right lower back',
  'spine-cervical': 'Neck spine (cervical)',
  'spine-thoracic': 'Upper and mid spine (thoracic)',
  'spine-lumbar': 'Lower spine (lumbar)',
  'spine-sacral': 'Sacrum and tailbone',
  'hip-glute-left': 'Left hip and buttock',
  'hip-glute-right': 'Right hip and buttock',
  'upper-arm-left': 'Left upper arm',
  'upper-arm-right': 'Right upper arm',
  'forearm-left': 'Left forearm',
  'forearm-right': 'Right forearm',
  'hand-left': 'Left hand',
  'hand-right': 'Right hand',
  'thigh-left': 'Left thigh',
  'thigh-right': 'Right thigh',
  'knee-left': 'Left knee',
  'knee-right': 'Right knee',
  'shin-left': 'Left shin',
  'shin-right': 'Right shin',
  'calf-left': 'Left calf',
  'calf-right': 'Right calf',
  'foot-left': 'Left foot',
  'foot-right': 'Right foot',
} as const satisfies Record<RegionId, string>;

const panels = {
  'head-temple-left': headTemple,
  'head-temple-right': headTemple,
  'head-face': headFace,
  'head-back': headBack,
  'neck-front': neckFront,
  'neck-left': neck,
  'neck-right': neck,
  'shoulder-left': shoulder,
  'shoulder-right': shoulder,
  'chest-left': chest,
  'chest-right': chest,
  abdomen,
  'upper-back-left': upperBack,
  'upper-back-right': upperBack,
  'mid-back-left': midBack,
  'mid-back-right': midBack,
  'lower-back-left': lowerBack,
  'lower-back-right': lowerBack,
  'spine-cervical': spineCervical,
  'spine-thoracic': spineThoracic,
  'spine-lumbar': spineLumbar,
  'spine-sacral': spineSacral,
  'hip-glute-left': hipGlute,
  'hip-glute-right': hipGlute,
  'upper-arm-left': upperArm,
  'upper-arm-right': upperArm,
  'forearm-left': forearm,
  'forearm-right': forearm,
  'hand-left': hand,
  'hand-right': hand,
  'thigh-left': thigh,
  'thigh-right': thigh,
  'knee-left': knee,
  'knee-right': knee,
  'shin-left': shin,
  'shin-right': shin,
  'calf-left': calf,
  'calf-right': calf,
  'foot-left': foot,
  'foot-right': foot,
} satisfies Record<RegionId, PanelLoader>;

export const en: ContentPack<RegionId> = {
  version: 1,
  locale: 'en',
  strings: {
    mapLabel: 'Body map',
    views: { front: 'Front', back: 'Back' },
    viewSwitchLabel: 'Body view',
    benefits: 'Benefits',
    techniques: 'Techniques',
    cautions: 'Cautions',
    sources: 'Sources',
    close: 'Close',
    loading: 'Loading…',
    loadFailed: 'This information could not be loaded.',
    retry: 'Try again',
    disclaimer:
      'General information, not medical advice: talk to a health professional before massage if you have a health condition or symptoms that worry you.',
    panelOpened: '{region} panel opened',
    viewChanged: 'Showing {view} view',
    evidence: {
      'research-supported': 'Research-supported',
      mixed: 'Mixed evidence',
      traditional: 'Traditional claim',
    },
    fit: {
      good: 'Good fit',
      care: 'Use with care',
      avoid: 'Not advised',
    },
    glossary: {
      about: 'About this technique',
      pressure: 'Pressure',
      pressureRange: '{min} to {max} on a scale of 1 (feather-light) to 5 (deep)',
      duration: 'Typical duration',
      evidence: 'What research shows',
    },
  },
  labels,
  sources: () => import('./sources.js').then((module) => module.sources),
  glossary: () => import('./glossary.js').then((module) => module.glossary),
  techniques: {
    swedish: { name: 'Swedish massage' },
    'deep-tissue': { name: 'Deep-tissue massage' },
    'trigger-point': { name: 'Trigger-point therapy' },
    'myofascial-release': { name: 'Myofascial release' },
    sports: { name: 'Sports massage' },
    reflexology: { name: 'Reflexology' },
    'self-massage': { name: 'Self-massage' },
  },
  panels,
};
