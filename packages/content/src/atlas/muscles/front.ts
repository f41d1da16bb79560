import type { AtlasView } from '@bodymap/core';
import { front } from '../front.js';
import type { RegionId } from '../regions.js';
import { sides } from '../symmetry.js';
import { loop } from './outline.js';

// The muscles seen from the front, drawn for the person's left (on the viewer's right) and mirrored.

// The temporalis fans over the temple and gathers to its tendon above the cheekbone.
const temporalis = loop([
  174.2, 50.4, 170.4, 47.8, 165.6, 44, 161.4, 38.8, 159, 33.2, 159.2, 27.6, 162, 23.4, 166.4, 21.2, 171, 21.6, 174.8,
  24, 177.8, 27.8, 179.6, 32.6, 180.4, 38, 180.4, 43.4, 179.2, 47.6, 176.8, 50.6,
]);

// The sternocleidomastoid from behind the jaw down to the breastbone and collarbone; the two frame the throat.
const sternocleidomastoid = loop([
  165.4, 95.2, 166.6, 97.4, 166.8, 101.4, 167.4, 106, 167.8, 110.4, 167.2, 114.4, 165.2, 118.6, 162.4, 122.8, 159.6, 126.2,
  156.6, 128.6, 153.8, 129.6, 151.8, 129, 151.4, 125.8, 152, 120, 153.2, 113.6, 155, 107.4, 157.6, 102.2, 161, 97.8, 163.4,
  95.8,
]);

// The front of the deltoid, from the collarbone over the point of the shoulder to its insertion on the arm.
const deltoid = loop([
  190.4, 133.2, 195, 127.4, 201, 128.2, 207, 130.2, 212.6, 133.2, 217.4, 137, 221, 142.2, 223.6, 148.8, 225.6, 160, 227.4,
  172, 228.6, 184, 228.2, 192, 226, 196.6, 222.6, 195.4, 217, 189, 211, 180, 205.6, 170, 201.6, 160, 199.4, 150, 197.8,
  143.4, 195.8, 139, 192.6, 135.8,
]);

/**
 * The design scale of the muscles seen from the front, in CSS pixels per viewBox unit: 24 px over the side of the square
 * the smallest of them holds (10.5 units, the sternocleidomastoid).
 */
export const targetScale = 2.3;

/** The muscles seen from the front, over the same outline as the front view's areas. */
export const musclesFront: AtlasView<RegionId> = {
  id: 'front',
  silhouette: front.silhouette,
  targetScale,
  regions: [
    ...sides<RegionId>(temporalis, 'muscle-temporalis-left', 'muscle-temporalis-right'),
    ...sides<RegionId>(sternocleidomastoid, 'muscle-sternocleidomastoid-left', 'muscle-sternocleidomastoid-right'),
    ...sides<RegionId>(deltoid, 'muscle-deltoid-left', 'muscle-deltoid-right'),
  ],
  details: front.details,
};
