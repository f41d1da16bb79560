import type { MessagesModule, MusclePanel } from '../../panels/files.js';

// The muscle panels' English words, one file each; this registry loads with the first muscle panel opened.
export const muscleMessages = {
  'muscle-temporalis': () => import('./panels/muscle-temporalis.json', { with: { type: 'json' } }),
  'muscle-sternocleidomastoid': () => import('./panels/muscle-sternocleidomastoid.json', { with: { type: 'json' } }),
  'muscle-suboccipitals': () => import('./panels/muscle-suboccipitals.json', { with: { type: 'json' } }),
  'muscle-levator-scapulae': () => import('./panels/muscle-levator-scapulae.json', { with: { type: 'json' } }),
  'muscle-upper-trapezius': () => import('./panels/muscle-upper-trapezius.json', { with: { type: 'json' } }),
  'muscle-deltoid': () => import('./panels/muscle-deltoid.json', { with: { type: 'json' } }),
  'muscle-middle-trapezius': () => import('./panels/muscle-middle-trapezius.json', { with: { type: 'json' } }),
  'muscle-rhomboids': () => import('./panels/muscle-rhomboids.json', { with: { type: 'json' } }),
  'muscle-lower-trapezius': () => import('./panels/muscle-lower-trapezius.json', { with: { type: 'json' } }),
  'muscle-latissimus-dorsi': () => import('./panels/muscle-latissimus-dorsi.json', { with: { type: 'json' } }),
  'muscle-erector-spinae': () => import('./panels/muscle-erector-spinae.json', { with: { type: 'json' } }),
  'muscle-quadratus-lumborum': () => import('./panels/muscle-quadratus-lumborum.json', { with: { type: 'json' } }),
  'muscle-gluteus-maximus': () => import('./panels/muscle-gluteus-maximus.json', { with: { type: 'json' } }),
  'muscle-gluteus-medius': () => import('./panels/muscle-gluteus-medius.json', { with: { type: 'json' } }),
  'muscle-piriformis': () => import('./panels/muscle-piriformis.json', { with: { type: 'json' } }),
  'muscle-hamstrings': () => import('./panels/muscle-hamstrings.json', { with: { type: 'json' } }),
  'muscle-gastrocnemius': () => import('./panels/muscle-gastrocnemius.json', { with: { type: 'json' } }),
  'muscle-soleus': () => import('./panels/muscle-soleus.json', { with: { type: 'json' } }),
  'muscle-plantar-fascia': () => import('./panels/muscle-plantar-fascia.json', { with: { type: 'json' } }),
} satisfies Record<MusclePanel, () => Promise<MessagesModule>>;
