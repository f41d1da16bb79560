import type { AtlasView } from '@bodymap/core';
import { back } from '../back.js';
import type { RegionId } from '../regions.js';
import { sides } from '../symmetry.js';
import { curve, loop, outline, reversed, seam } from './outline.js';

// The muscles of the back as seen from behind, drawn for the person's right (on the viewer's right) and mirrored.
// Each keeps to its own area; a deep muscle takes the place where it is felt, and the muscle over it gives way.

// At the base of the skull, either side of the midline.
const suboccipitals = loop([
  150.8, 83.6, 151.5, 80.4, 154.5, 79.2, 159, 78.8, 163.5, 79.3, 167.4, 81, 169.6, 84, 168.4, 87.4, 165.4, 89.6,
  161, 91.2, 156, 92.2, 151.6, 92.5, 150.8, 89,
]);

// The levator scapulae shows at the side of the neck; the upper trapezius runs from below it out to the shoulder.
const [trapeziusUnderNeck, levatorOverShoulder] = seam([164.8, 132.6, 170, 130.6, 176, 127.8, 181, 124.8, 185.2, 122.6]);

const levatorScapulae = outline(
  levatorOverShoulder,
  curve([
    184.2, 121, 178.8, 118, 174.6, 115.5, 170.8, 112.5, 168.4, 108.8, 167.1, 104.4, 166.5, 101.4, 165.4, 100.2, 164.5, 101.6,
    164.4, 106, 164.4, 131.4,
  ]),
);

const upperTrapezius = outline(
  trapeziusUnderNeck,
  curve([
    186.4, 122.9, 189, 123.8, 191.3, 125.2, 191.8, 128.4, 191, 134, 189.6, 140, 187.2, 145.6, 183.2, 150.2, 178.4, 152.8,
    172.5, 153.2, 167, 152.5, 164.6, 151.6, 164.4, 146, 164.4, 134.4,
  ]),
);

// The trapezius and the latissimus dorsi fill the upper and middle back between the spine and the flank. The middle
// trapezius runs from the spine out over the spine of the shoulder blade; the rhomboids lie under it, between the spine
// and the blade's inner border, so it gives way there and keeps only a band beside the spine.
const [rhomboidsUnderTrapezius, trapeziusOverRhomboids] = seam([
  169.2, 211.2, 169.2, 196, 169.6, 183, 172, 178.8, 178, 176.6, 184, 174, 188.4, 171.2, 191.4, 167.6,
]);

const middleTrapezius = outline(
  curve([164.4, 154.1, 166.2, 154.4, 171.5, 155.1, 176, 155.5, 180.5, 155.5, 185.8, 154.3, 188.4, 154]),
  curve([189.3, 155.6, 190.8, 159.4, 192.1, 163, 192.4, 166.2]),
  reversed(trapeziusOverRhomboids),
  curve([166.6, 210.9, 164.4, 210.4, 164.4, 160]),
);

const rhomboids = outline(
  rhomboidsUnderTrapezius,
  curve([191.4, 169.6, 189.4, 174, 187.2, 181, 185.8, 190, 185, 200, 184.6, 208, 184.4, 212.8]),
  curve([180.1, 213, 174.5, 212.5, 171, 211.8]),
);

// The lower trapezius narrows in a fan to the last thoracic vertebra; the latissimus dorsi wraps round it and sweeps
// out to the flank.
const [lowerTrapeziusSide, latissimusSide] = seam([185, 214.4, 184.2, 221, 181.2, 229, 176.4, 236, 170.8, 241.4, 164.8, 245]);

const lowerTrapezius = outline(
  curve([164.4, 212.2, 167.3, 212.9, 174.5, 214.3, 180.1, 214.8, 184.4, 214.6]),
  lowerTrapeziusSide,
  curve([164.4, 243.8]),
);

const latissimusDorsi = outline(
  latissimusSide,
  curve([164.6, 245.6, 166.4, 246.3, 172.2, 247.9, 177.4, 248.7, 182.5, 248.7, 188.4, 246.6, 190.6, 244.4]),
  curve([190.9, 238, 191.6, 226, 192.6, 216, 192.4, 213.3]),
  curve([189.4, 213.8, 186.6, 214.5]),
);

// The erector spinae beside the lumbar spine; the quadratus lumborum where it is felt, at the erectors' outer edge.
const [erectorSide, quadratusSide] = seam([177.4, 251.4, 176.7, 260, 176.3, 270, 176.5, 282.8]);

const erectorSpinae = outline(
  curve([164.4, 248, 168, 248.9, 172.2, 250.1, 176.6, 250.9]),
  erectorSide,
  curve([175.6, 283.6, 172, 284.3, 168.1, 284.8, 164.4, 285.4]),
);

const quadratusLumborum = outline(
  quadratusSide,
  curve([
    178.6, 283.2, 184, 282.8, 189.5, 282.6, 193.8, 282.2, 194.6, 279, 193.2, 272, 191.6, 263, 190, 255.6, 187.8, 252.4,
    184.4, 251.4, 180.6, 251.2, 178.2, 251.4,
  ]),
);

// Under the iliac crest the gluteus medius; below it the piriformis, from the sacrum out to the hip; the gluteus
// maximus over the rest of the buttock.
const [piriformisUnderMedius, mediusOverPiriformis] = seam([165, 290.4, 173, 297, 183, 303.6, 194.5, 309.6, 205.6, 314.2]);
const [maximusUnderPiriformis, piriformisOverMaximus] = seam([163.4, 318.6, 172, 320, 184, 320.4, 196, 319, 205.6, 316.4]);

const gluteusMedius = outline(
  reversed(mediusOverPiriformis),
  curve([166.2, 288.8, 168.1, 287.4, 176.5, 286.1, 183.1, 285.6, 189.5, 285.7, 196.1, 286.8, 199.4, 288.2, 201.6, 295, 204.2, 304.2, 205.9, 312.4]),
);

const piriformis = outline(
  piriformisUnderMedius,
  curve([206.3, 315.4]),
  reversed(piriformisOverMaximus),
  curve([163.4, 316.6, 164.4, 311, 164.6, 305, 164.6, 299, 164.4, 292.2]),
);

const gluteusMaximus = outline(
  maximusUnderPiriformis,
  curve([
    206.6, 320.4, 207.2, 330, 207.1, 340, 206.4, 347.6, 203.4, 351.4, 197, 355.2, 191.1, 356.9, 185, 357.6, 178.4, 357.3,
    172, 356.2, 166.3, 354.4, 161, 352, 156, 348.8, 153.6, 345.4, 152.7, 334, 151.8, 327, 153.2, 325.2, 157, 323.2, 160.8,
    320.4,
  ]),
);

// Down the back of the thigh, parting above the knee round the hollow behind it.
const hamstrings = loop([
  154.8, 352.4, 156.4, 351.6, 161, 354.3, 166.3, 356.7, 172, 358.5, 178.4, 359.6, 185, 359.9, 191.1, 359.2, 197, 357.5,
  202.6, 355, 205, 357.6, 204.6, 370, 202.6, 388, 199.8, 406, 197.4, 420, 195.6, 427.6, 192, 428.4, 188.6, 427.2, 185.2,
  424.4, 181.6, 420.4, 178, 419, 174.4, 420.4, 170.8, 424.4, 167, 427.6, 163, 428.6, 159.4, 428.2, 158.6, 420, 157.8,
  405, 156.8, 388, 155.6, 372, 154.6, 360,
]);

// The two heads of the gastrocnemius, the inner one reaching lower; the soleus below and between them.
const [soleusUnderGastrocnemius, gastrocnemiusOverSoleus] = seam([
  158.4, 521, 160.4, 535, 164, 546.5, 168.8, 552.6, 173.6, 551, 177.6, 546.4, 181.6, 546, 185.4, 544.2, 188.6, 539.6,
  190.8, 533.6, 192.2, 528,
]);

const gastrocnemius = outline(
  curve([
    192.9, 524, 194.2, 512, 194.6, 498, 193.8, 487, 191.4, 481.8, 186, 483.2, 181.3, 484, 176.5, 484.3, 171.5, 484.2,
    166.5, 483.5, 161.4, 481.8, 159, 483.4, 157.9, 492, 157.5, 505, 157.6, 515,
  ]),
  gastrocnemiusOverSoleus,
);

const soleus = outline(
  soleusUnderGastrocnemius,
  curve([192.1, 532, 190.6, 541, 188.4, 551, 185.8, 561, 182, 569.6, 176.8, 575.4, 171.2, 576.2, 166.2, 572.6, 162.3, 564, 159.9, 552, 158.8, 540, 158.3, 530]),
);

// The back of the shoulder: the deltoid from the spine of the shoulder blade round to its insertion on the arm.
const deltoid = loop([
  192.2, 151.6, 195.6, 146.4, 199.6, 140.4, 203.2, 135, 206.6, 131.4, 210.6, 132.4, 215.5, 135.2, 220.2, 139.8, 223,
  146, 224.8, 152.4, 226.4, 162, 228, 173, 229.5, 184, 230.8, 194, 228.6, 199.2, 224, 197.2, 218, 191, 211, 181.5, 204,
  170.5, 198, 160.5, 194, 154.4,
]);

/**
 * The design scale of the muscles seen from behind, in CSS pixels per viewBox unit: 24 px over the side of the square
 * the smallest of them holds (10.5 units, the suboccipitals).
 */
export const targetScale = 2.3;

/** The muscles seen from behind, over the same outline as the back view's areas. */
export const musclesBack: AtlasView<RegionId> = {
  id: 'back',
  silhouette: back.silhouette,
  targetScale,
  regions: [
    ...sides<RegionId>(suboccipitals, 'muscle-suboccipitals-right', 'muscle-suboccipitals-left'),
    ...sides<RegionId>(levatorScapulae, 'muscle-levator-scapulae-right', 'muscle-levator-scapulae-left'),
    ...sides<RegionId>(upperTrapezius, 'muscle-upper-trapezius-right', 'muscle-upper-trapezius-left'),
    ...sides<RegionId>(deltoid, 'muscle-deltoid-right', 'muscle-deltoid-left'),
    ...sides<RegionId>(middleTrapezius, 'muscle-middle-trapezius-right', 'muscle-middle-trapezius-left'),
    ...sides<RegionId>(rhomboids, 'muscle-rhomboids-right', 'muscle-rhomboids-left'),
    ...sides<RegionId>(lowerTrapezius, 'muscle-lower-trapezius-right', 'muscle-lower-trapezius-left'),
    ...sides<RegionId>(latissimusDorsi, 'muscle-latissimus-dorsi-right', 'muscle-latissimus-dorsi-left'),
    ...sides<RegionId>(erectorSpinae, 'muscle-erector-spinae-right', 'muscle-erector-spinae-left'),
    ...sides<RegionId>(quadratusLumborum, 'muscle-quadratus-lumborum-right', 'muscle-quadratus-lumborum-left'),
    ...sides<RegionId>(gluteusMedius, 'muscle-gluteus-medius-right', 'muscle-gluteus-medius-left'),
    ...sides<RegionId>(piriformis, 'muscle-piriformis-right', 'muscle-piriformis-left'),
    ...sides<RegionId>(gluteusMaximus, 'muscle-gluteus-maximus-right', 'muscle-gluteus-maximus-left'),
    ...sides<RegionId>(hamstrings, 'muscle-hamstrings-right', 'muscle-hamstrings-left'),
    ...sides<RegionId>(gastrocnemius, 'muscle-gastrocnemius-right', 'muscle-gastrocnemius-left'),
    ...sides<RegionId>(soleus, 'muscle-soleus-right', 'muscle-soleus-left'),
  ],
  details: back.details,
};
