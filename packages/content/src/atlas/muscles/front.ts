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

// The sternocleidomastoid from behind the jaw down to the top of the breastbone and the collarbone, its two heads
// parting just above them; the two frame the throat.
const sternocleidomastoid = loop([
  165.4, 94.8, 166.8, 97.6, 167.2, 101.6, 167.6, 106, 167.8, 110.4, 167.4, 114.8, 166.4, 118.6, 164.6, 121.6, 162,
  123, 159.6, 123.2, 158.2, 122.6, 156.8, 124.2, 155, 127, 152.8, 128.4, 151.4, 127, 151.2, 122.6, 151.8, 116.6, 153.4,
  110.2, 155.6, 104.4, 158.4, 99.8, 161.6, 96.4, 163.6, 95.2,
]);

// The front of the deltoid: a rounded cap from the outer third of the collarbone over the point of the shoulder,
// its inner edge running down beside the chest to the point where it meets the arm.
const deltoid = loop([
  186, 129, 191, 128.4, 197, 129.6, 202.6, 130.2, 207.8, 131.4, 213.2, 134, 218, 137.8, 221.4, 143.2, 223.6, 150, 225.2,
  160, 227, 172, 228.6, 184, 229, 192.4, 226.8, 197.4, 222.8, 196.8, 217.4, 191, 211, 182, 204.8, 171.6, 199.6, 160.6,
  195.4, 150.4, 191.8, 141, 188.4, 134.2,
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
