import type { AtlasView } from '@bodymap/core';
import { fingers, limbs } from './limbs.js';
import type { RegionId } from './regions.js';
import { silhouetteFromBehind } from './silhouette.js';
import { mirrored, oval, points, sides, symmetric } from './symmetry.js';

// Vertebrae as small marks down the midline, narrower than the spine regions that hold them:
// seven cervical (the first hidden under the skull), twelve thoracic, five lumbar.
const vertebrae = [
  ...[0, 1, 2, 3, 4, 5].map((index) => oval(150, 104 + index * 6.4, 1.4, 1.4)),
  ...Array.from({ length: 12 }, (_, index) => oval(150, 143 + index * 8.6, 1.7, 1.7)),
  ...[0, 1, 2, 3, 4].map((index) => oval(150, 250 + index * 8.2, 2.1, 2.1)),
];

export const back: AtlasView<RegionId> = {
  id: 'back',
  silhouette: silhouetteFromBehind,
  regions: [
    {
      region: 'head-back',
      points: symmetric(
        points([
          150, 10, 162.2, 11.4, 172.8, 15.9, 180.3, 23, 184.7, 32, 186.1, 38.3, 186.6, 46.9, 185.1, 63.4,
          173.7, 89.5, 170.3, 87.3, 166.8, 90.8, 163, 92.6, 156.6, 94.4, 150, 95,
        ]),
      ),
    },
    {
      region: 'spine-cervical',
      points: symmetric(
        points([
          150, 95, 156.6, 94.4, 163, 92.6, 163, 141, 150, 141,
        ]),
      ),
    },
    ...sides(
      points([
        163, 92.6, 166.8, 90.8, 170.3, 87.3, 173.7, 89.5, 172.2, 93.5, 171.7, 99.7, 172.4, 104.4, 174.1, 108,
        195.1, 119.1, 193.6, 122.9, 193.2, 126.7, 192.4, 133, 191.6, 138, 190.8, 143, 189.6, 147.8, 189, 152.5,
        185.8, 153.4, 180.5, 154.6, 176, 154.6, 171.5, 154.2, 166.2, 153.5, 163, 153, 163, 141,
      ]),
      'neck-right',
      'neck-left',
    ),
    ...sides(
      points([
        237.7, 201.7, 233.7, 202.3, 229.8, 201.6, 223.3, 200.4, 218.1, 199.6, 212.7, 198.6, 204.9, 196.5,
        200.1, 195.1, 197.9, 195.6, 196.6, 175.7, 196.6, 175.5, 196, 172.9, 194.8, 168.5, 193.6, 165,
        192.2, 161.5, 190.3, 157.1, 189, 152.5, 189.6, 147.8, 190.8, 143, 191.6, 138, 192.4, 133, 193.2, 126.7,
        193.6, 122.9, 195.1, 119.1, 210.4, 125.4, 216.5, 128.7, 222.2, 133.6, 226.8, 140.4, 230.3, 151.2,
        232.8, 168,
      ]),
      'shoulder-right',
      'shoulder-left',
    ),
    ...sides(
      points([
        163, 153, 166.2, 153.5, 171.5, 154.2, 176, 154.6, 180.5, 154.6, 185.8, 153.4, 189, 152.5, 190.3, 157.1,
        192.2, 161.5, 193.6, 165, 194.8, 168.5, 196, 172.9, 196.6, 175.5, 196.6, 175.7, 197, 187.9,
        198.8, 211.3, 194.8, 211, 191.4, 212.2, 185.5, 213.8, 180.1, 213.9, 174.5, 213.4, 167.3, 212, 163, 211,
      ]),
      'upper-back-right',
      'upper-back-left',
    ),
    ...sides(
      points([
        163, 211, 167.3, 212, 174.5, 213.4, 180.1, 213.9, 185.5, 213.8, 191.4, 212.2, 194.8, 211, 198.8, 211.3,
        196.4, 245.9, 192.4, 245.8, 188.7, 247.5, 182.6, 249.6, 177.4, 249.6, 172.2, 248.8, 166.4, 247.2,
        163, 246,
      ]),
      'mid-back-right',
      'mid-back-left',
    ),
    ...sides(
      points([
        163, 246, 166.4, 247.2, 172.2, 248.8, 177.4, 249.6, 182.6, 249.6, 188.7, 247.5, 192.4, 245.8,
        196.4, 245.9, 203.7, 285, 200, 286.4, 196.1, 285.5, 189.5, 284.4, 183.1, 284.3, 176.5, 284.8,
        168.1, 286.1, 163, 287,
      ]),
      'lower-back-right',
      'lower-back-left',
    ),
    {
      region: 'spine-thoracic',
      points: symmetric(
        points([
          150, 141, 163, 141, 163, 153, 163, 211, 163, 246, 150, 246,
        ]),
      ),
    },
    {
      region: 'spine-lumbar',
      points: symmetric(
        points([
          150, 246, 163, 246, 163, 287, 150, 287,
        ]),
      ),
    },
    {
      region: 'spine-sacral',
      points: symmetric(
        points([
          150, 287, 163, 287, 163.2, 291.5, 163.4, 299, 163.5, 305, 163, 310.5, 162, 314.1, 160.4, 317.2,
          155.6, 321.4, 150, 323,
        ]),
      ),
    },
    ...sides(
      points([
        203.7, 285, 200, 286.4, 196.1, 285.5, 189.5, 284.4, 183.1, 284.3, 176.5, 284.8, 168.1, 286.1, 163, 287,
        163.2, 291.5, 163.4, 299, 163.5, 305, 163, 310.5, 162, 314.1, 160.4, 317.2, 155.6, 321.4, 150, 323,
        150, 324.5, 150, 324.8, 150, 348.3, 152.6, 348.1, 155.7, 350.2, 161, 353.4, 166.3, 355.8, 172, 357.6,
        178.4, 358.7, 185, 359, 191.1, 358.3, 197, 356.6, 204, 352.8, 208.1, 350.1, 212.1, 350.4, 212.6, 331.8,
        211.5, 315,
      ]),
      'hip-glute-right',
      'hip-glute-left',
    ),
    ...sides(
      points([
        212.1, 350.4, 208.1, 350.1, 204, 352.8, 197, 356.6, 191.1, 358.3, 185, 359, 178.4, 358.7, 172, 357.6,
        166.3, 355.8, 161, 353.4, 155.7, 350.2, 152.6, 348.1, 150, 348.3, 150, 371.9, 150.9, 391.9, 152.8, 432,
        156.8, 431.9, 160.4, 431, 166.5, 429.6, 171.5, 429, 176.5, 428.8, 181.5, 429, 186.5, 429.6,
        193.4, 431.5, 197.6, 432.9, 201.6, 433.4, 204, 416.4, 206.4, 399.5, 208.8, 382.6,
      ]),
      'thigh-right',
      'thigh-left',
    ),
    ...limbs('right', 'calf'),
  ],
  details: [
    ...vertebrae,
    // sacrum
    { points: points([143.6, 292, 150, 291.2, 156.4, 292, 154.6, 303, 150, 313, 145.4, 303]), closed: true },
    // the ridges of the shoulder blades, rising out to the shoulders
    ...mirrored({ points: points([175.6, 163.4, 185, 159.6, 194.6, 154.4, 203, 147.6]) }),
    // the crests of the hip bones, rising out from beside the lowest vertebrae
    ...mirrored({ points: points([164.4, 284.6, 171.6, 278.6, 179.6, 274.6, 187.4, 272.6, 193.6, 272.6]) }),
    // shoulder blades: inner border, lower tip, outer border
    ...mirrored({
      points: points([174.6, 155, 172.8, 169, 174, 184.6, 177.6, 198.4, 181.6, 205, 187, 199.2, 192.6, 188.6, 194.6, 177.6]),
    }),
    ...fingers,
    // creases behind the knees
    ...mirrored({ points: points([169.5, 456, 177, 458.6, 184.5, 456]) }),
    // the Achilles tendons, narrowing into the heels
    ...mirrored({ points: points([168.4, 556, 169.8, 567.6, 170.4, 578]) }),
    ...mirrored({ points: points([179.2, 556, 177.8, 567.6, 177.2, 578]) }),
    // the sides of each heel, standing out from the foot behind it
    ...mirrored({ points: points([164.8, 610, 165.6, 618.4, 168.6, 624]) }),
    ...mirrored({ points: points([182.6, 610, 181.8, 618.4, 178.8, 624]) }),
  ],
  // The vertebra ranges beside each spine segment, once zooming in has made room for them.
  captions: [
    { key: 'spine-cervical', at: [166, 120], minScale: 2 },
    { key: 'spine-thoracic', at: [166, 196], minScale: 2 },
    { key: 'spine-lumbar', at: [166, 268], minScale: 2 },
    { key: 'spine-sacral', at: [166, 306], minScale: 2 },
  ],
};
