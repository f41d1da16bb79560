import type { ReflexologyPoint } from '../panels/reflexology.js';

/**
 * The keys of the atlas's captions: the vertebra ranges beside the spine on the back view, the name under each sole,
 * and each reflexology point's short name, keyed by its panel name.
 */
export type CaptionKey =
  | 'spine-cervical'
  | 'spine-thoracic'
  | 'spine-lumbar'
  | 'spine-sacral'
  | 'sole-left'
  | 'sole-right'
  | `rfx-${ReflexologyPoint}`;
