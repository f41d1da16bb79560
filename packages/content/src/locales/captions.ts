import { formatString } from '@bodymap/core';
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

/**
 * The reflexology points' captions: each point's short name put into the locale's `{name}` template
 * ("{name} (chart)"), so that no caption on the soles reads as a plain organ map, even in a screenshot.
 */
export function chartCaptions(template: string, names: Readonly<Record<ReflexologyPoint, string>>): Record<`rfx-${ReflexologyPoint}`, string> {
  return Object.fromEntries(Object.entries(names).map(([point, name]) => [`rfx-${point}`, formatString(template, { name })])) as Record<
    `rfx-${ReflexologyPoint}`,
    string
  >;
}
