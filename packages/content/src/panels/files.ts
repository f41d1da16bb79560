import type { PanelName } from '../locales/panels.js';
import { muscleNames, type MuscleName } from '../atlas/muscles/models.js';
import type { Messages, PanelFacts } from './facts.js';

/** The panels whose facts are a module of their own: all but the reflexology points, which share one. */
export type RegionalPanel = Exclude<PanelName, `rfx-${string}`>;

/** A locale's files of messages: one per regional panel, the sole zones' shared texts, and the reflexology points'. */
export type MessageFile = RegionalPanel | 'sole-shared' | 'reflexology';

export type MusclePanel = `muscle-${MuscleName}`;

/**
 * A muscle panel's entries of a registry (its facts, a locale's messages) that load the registry of
 * all the muscles first, then the panel's own module.
 */
export function musclePanelsVia<Module>(registry: () => Promise<Readonly<Record<MusclePanel, () => Promise<Module>>>>) {
  return Object.fromEntries(
    muscleNames.map((name) => [`muscle-${name}`, () => registry().then((entries) => entries[`muscle-${name}`]())]),
  ) as Record<MusclePanel, () => Promise<Module>>;
}

/** A file of messages as its import gives it. */
export type MessagesModule = { readonly default: Messages };

/** A locale's messages: each file loads on its own, the first time a panel that uses it opens. */
export type LocaleMessages = Readonly<Record<MessageFile, () => Promise<MessagesModule>>>;

// Each panel's facts load on their own, beside its words.
export const facts = {
  'head-temple': () => import('./head-temple.js'),
  'head-face': () => import('./head-face.js'),
  'head-back': () => import('./head-back.js'),
  'neck': () => import('./neck.js'),
  'neck-front': () => import('./neck-front.js'),
  'shoulder': () => import('./shoulder.js'),
  'chest': () => import('./chest.js'),
  'abdomen': () => import('./abdomen.js'),
  'upper-back': () => import('./upper-back.js'),
  'mid-back': () => import('./mid-back.js'),
  'lower-back': () => import('./lower-back.js'),
  'spine-cervical': () => import('./spine-cervical.js'),
  'spine-thoracic': () => import('./spine-thoracic.js'),
  'spine-lumbar': () => import('./spine-lumbar.js'),
  'spine-sacral': () => import('./spine-sacral.js'),
  'hip-glute': () => import('./hip-glute.js'),
  'upper-arm': () => import('./upper-arm.js'),
  'forearm': () => import('./forearm.js'),
  'hand': () => import('./hand.js'),
  'thigh': () => import('./thigh.js'),
  'knee': () => import('./knee.js'),
  'shin': () => import('./shin.js'),
  'calf': () => import('./calf.js'),
  'foot': () => import('./foot.js'),
  'foot-sole-toes': () => import('./foot-sole-toes.js'),
  'foot-sole-ball': () => import('./foot-sole-ball.js'),
  'foot-sole-arch': () => import('./foot-sole-arch.js'),
  'foot-sole-heel': () => import('./foot-sole-heel.js'),
  // One import for all of them in the first view, not one per panel: a map that shows only areas
  // never needs any.
  ...musclePanelsVia<{ readonly default: PanelFacts }>(() => import('./muscle-facts.js').then((module) => module.muscleFacts)),
} satisfies Record<RegionalPanel, () => Promise<{ readonly default: PanelFacts }>>;

// The zones of the sole that give some texts word for word (see sole-shared.ts) also read that file.
const soleZones: ReadonlySet<RegionalPanel> = new Set(['foot-sole-toes', 'foot-sole-ball', 'foot-sole-arch', 'foot-sole-heel']);

const isPoint = (name: PanelName): name is Exclude<PanelName, RegionalPanel> => name.startsWith('rfx-');

/** The files of messages a panel reads: the reflexology points share one. */
export const messageFiles = (name: PanelName): MessageFile[] =>
  isPoint(name) ? ['reflexology'] : soleZones.has(name) ? ['sole-shared', name] : [name];

