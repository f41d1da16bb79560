import type { PanelFacts } from './facts.js';
import type { MusclePanel } from './files.js';

// The muscle panels' facts, each a module of its own; this registry loads with the first muscle panel opened.
export const muscleFacts = {
  'muscle-temporalis': () => import('./muscle-temporalis.js'),
  'muscle-sternocleidomastoid': () => import('./muscle-sternocleidomastoid.js'),
  'muscle-suboccipitals': () => import('./muscle-suboccipitals.js'),
  'muscle-levator-scapulae': () => import('./muscle-levator-scapulae.js'),
  'muscle-upper-trapezius': () => import('./muscle-upper-trapezius.js'),
  'muscle-deltoid': () => import('./muscle-deltoid.js'),
  'muscle-middle-trapezius': () => import('./muscle-middle-trapezius.js'),
  'muscle-rhomboids': () => import('./muscle-rhomboids.js'),
  'muscle-lower-trapezius': () => import('./muscle-lower-trapezius.js'),
  'muscle-latissimus-dorsi': () => import('./muscle-latissimus-dorsi.js'),
  'muscle-erector-spinae': () => import('./muscle-erector-spinae.js'),
  'muscle-quadratus-lumborum': () => import('./muscle-quadratus-lumborum.js'),
  'muscle-gluteus-maximus': () => import('./muscle-gluteus-maximus.js'),
  'muscle-gluteus-medius': () => import('./muscle-gluteus-medius.js'),
  'muscle-piriformis': () => import('./muscle-piriformis.js'),
  'muscle-hamstrings': () => import('./muscle-hamstrings.js'),
  'muscle-gastrocnemius': () => import('./muscle-gastrocnemius.js'),
  'muscle-soleus': () => import('./muscle-soleus.js'),
  'muscle-plantar-fascia': () => import('./muscle-plantar-fascia.js'),
} satisfies Record<MusclePanel, () => Promise<{ readonly default: PanelFacts }>>;
