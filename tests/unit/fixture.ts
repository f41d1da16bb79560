import type { Atlas, AtlasView, ContentPack, IntakeStrings, PanelContent, PanelStrings } from '@bodymap/core';

/** A small, hand-checkable atlas: a plus-shaped front view and a back view that loads on demand. */
const rect = (x: number, y: number, width: number, height: number) =>
  [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ] as const;

const outline = [rect(0, 0, 300, 300)];

export const frontView: AtlasView = {
  id: 'front',
  silhouette: outline,
  regions: [
    { region: 'head', points: rect(100, 0, 100, 100) },
    // Front view: the person's right arm is on the viewer's left.
    { region: 'arm-right', points: rect(0, 100, 100, 100) },
    { region: 'belly', points: rect(100, 100, 100, 100) },
    { region: 'arm-left', points: rect(200, 100, 100, 100) },
  ],
  details: [],
};

export const backView: AtlasView = {
  id: 'back',
  silhouette: outline,
  regions: [
    { region: 'arm-left', points: rect(0, 100, 100, 100) },
    { region: 'upper-back', points: rect(100, 100, 100, 100) },
    { region: 'arm-right', points: rect(200, 100, 100, 100) },
  ],
  details: [],
};

export const fixtureAtlas: Atlas = {
  viewBox: { x: 0, y: 0, width: 300, height: 300 },
  regions: [
    { id: 'head', side: 'midline', group: 'head', views: ['front'] },
    { id: 'arm-left', side: 'left', group: 'arms', views: ['front', 'back'], aliases: ['left-arm'] },
    { id: 'arm-right', side: 'right', group: 'arms', views: ['front', 'back'] },
    { id: 'belly', side: 'midline', group: 'abdomen', views: ['front'] },
    { id: 'upper-back', side: 'midline', group: 'back', views: ['back'] },
  ],
  views: { front: frontView, back: () => Promise.resolve(backView) },
};

const source = { title: 'A review', url: 'https://example.org/review', kind: 'systematic-review' } as const;

export const armPanel: PanelContent = {
  summary: 'Arms carry a lot of everyday strain.',
  benefits: [{ text: 'Studies suggest it may ease soreness.', evidence: 'research-supported', sources: [source] }],
  techniques: [{ technique: 'swedish', fit: 'good', howTo: 'Long strokes towards the shoulder.' }],
  cautions: [{ text: 'Skip bruised skin.', evidence: 'mixed', sources: [source] }],
};

/** Intake mode's words, given at once rather than loaded, so that a test can press straight away. */
export const fixtureIntake: IntakeStrings = {
  instructions: 'Choose each area that hurts.',
  pain: 'pain {intensity} of 10',
  marked: '{region}: pain {intensity} of 10',
  unmarked: '{region}: not marked',
  intensity: 'How much it hurts',
  intensityHint: '1 is barely, 10 is the worst',
  qualities: 'What it feels like',
  note: 'Note',
  edit: 'Edit {region}',
  remove: 'Remove {region}',
  list: 'Areas that hurt',
  empty: 'Nothing marked.',
  tooFew: 'Areas to mark: at least {min}.',
  tooMany: 'Areas to mark: no more than {max}.',
  figure: 'Areas that hurt ({view})',
  csv: { region: 'Region', name: 'Area', side: 'Side', intensity: 'Pain', qualities: 'Feels', note: 'Note' },
  painQualities: { aching: 'Aching', sharp: 'Sharp', burning: 'Burning', tingling: 'Tingling', numb: 'Numb', stiff: 'Stiff', throbbing: 'Throbbing' },
};

/** The fixture pack's panel strings, at hand for tests that lay other words over them. */
export const fixturePanelStrings: PanelStrings = {
  claim: {
    heading: 'Traditional claim',
    notice: 'This link is a tradition, not anatomy.',
    location: 'Where',
    association: 'Linked to',
  },
  benefits: 'Benefits',
  findings: 'What research found',
  directions: { positive: 'Found a benefit', 'no-effect': 'Found no benefit', negative: 'Found the opposite', unclear: 'Unclear result' },
  sourceKinds: {
    guideline: 'Guideline',
    'systematic-review': 'Systematic review',
    trial: 'Trial',
    study: 'Study',
    'health-information': 'Health information',
    practice: 'Practice description',
    'traditional-chart': 'Traditional chart',
  },
  reviewedBy: 'Reviewed by: {role}',
  techniques: 'Techniques',
  cautions: 'Cautions',
  emergency: 'Emergency',
  sources: 'Sources',
  sourcesFor: 'Sources for: {text}',
  muscles: { action: 'Action', tension: 'Felt at', deep: 'Deep muscle', inArea: 'Muscles in this area' },
  evidence: { 'research-supported': 'Research-supported', mixed: 'Mixed evidence', traditional: 'Traditional claim' },
  fit: { good: 'Good fit', care: 'Use with care', avoid: 'Not advised' },
  glossary: {
    about: 'About {technique}',
    pressure: 'Pressure',
    pressureRange: '{min} to {max} of 5',
    duration: 'Typical duration',
    evidence: 'What research shows',
  },
  techniqueNames: {
    swedish: 'Swedish',
    'deep-tissue': 'Deep tissue',
    'trigger-point': 'Trigger point',
    'myofascial-release': 'Myofascial release',
    sports: 'Sports massage',
    reflexology: 'Reflexology',
    'self-massage': 'Self-massage',
  },
  disclaimer: 'General information, not medical advice.',
};

export const fixtureContent: ContentPack = {
  version: 1,
  locale: 'en',
  strings: {
    mapLabel: 'Body map',
    views: { front: 'Front', back: 'Back', soles: 'Soles' },
    viewSwitchLabel: 'View',
    searchLabel: 'Find by symptom',
    layers: { areas: 'Areas', muscles: 'Muscles' },
    layerSwitchLabel: 'Layer',
    showDetailView: 'See the {view}',
    zoom: { controls: 'Zoom', in: 'Zoom in', out: 'Zoom out', reset: 'Reset zoom', wheelHint: 'Hold Ctrl or ⌘ and scroll to zoom the map', touchHint: 'Pinch with two fingers to zoom the map' },
    sides: { left: 'L', right: 'R' },
    close: 'Close',
    loading: 'Loading…',
    loadFailed: 'This panel could not be shown.',
    viewFailed: 'The {view} view is unavailable.',
    localeFailed: 'That language is unavailable.',
    retry: 'Try again',
    panelOpened: '{region} panel opened',
    viewChanged: '{view} view shown',
    layerChanged: '{layer} shown',
    intake: {
      mapLabel: 'Where does it hurt?',
      required: 'Mark at least one area.',
      failed: 'Marking could not be loaded.',
    },
  },
  intake: fixtureIntake,
  panelStrings: fixturePanelStrings,
  labels: {
    head: 'Head',
    'arm-left': 'Left arm',
    'arm-right': 'Right arm',
    belly: 'Belly',
    'upper-back': 'Upper back',
  },
  panels: {
    head: { ...armPanel, summary: 'The head.' },
    'arm-left': armPanel,
    'arm-right': armPanel,
    belly: () => Promise.resolve({ ...armPanel, summary: 'The belly, loaded on demand.' }),
    'upper-back': { ...armPanel, summary: 'The upper back.' },
  },
};

/** The muscle layer's front view: one muscle in the left arm, small enough that the layer zooms in. */
export const musclesFrontView: AtlasView = {
  id: 'front',
  silhouette: outline,
  regions: [{ region: 'muscle-biceps-left', points: rect(230, 120, 40, 60) }],
  details: [],
  targetScale: 2,
};

/** The fixture atlas with a muscle layer, drawn in the front view and loaded on demand. */
export const layeredAtlas: Atlas = {
  ...fixtureAtlas,
  regions: [...fixtureAtlas.regions, { id: 'muscle-biceps-left', side: 'left', group: 'muscles', views: ['front'], layer: 'muscles', areaOf: 'arm-left', depth: 'superficial' }],
  layers: { muscles: { front: () => Promise.resolve(musclesFrontView) } },
};

export const layeredContent: ContentPack = {
  ...fixtureContent,
  labels: { ...fixtureContent.labels, 'muscle-biceps-left': 'Left biceps' },
  panels: {
    ...fixtureContent.panels,
    'muscle-biceps-left': { ...armPanel, summary: 'The biceps bends the elbow.', anatomy: { action: 'Bends the elbow.', tension: 'At the front of the upper arm.' } },
  },
};
