import type { AtlasView } from '@bodymap/core';
import { back } from '../back.js';
import type { RegionId } from '../regions.js';
import { sides } from '../symmetry.js';
import { curve, loop, outline, reversed, seam } from './outline.js';

// The muscles of the back as seen from behind, drawn for the person's right (on the viewer's right) and mirrored.
// Each lies mostly in its own area, reaching past it where the muscle does; a deep muscle takes the place where it is
// felt, and the muscle over it gives way. The ridges of the shoulder blades and the crests of the hip bones, drawn over
// the muscles, run in the gaps between the muscles that attach to them.

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

// The upper trapezius slopes from the neck out to the point of the shoulder, above the ridge of the shoulder blade, and
// meets the middle part along the top of the shoulders.
const [middleUnderUpper, upperOverMiddle] = seam([164.4, 153.4, 170, 153.8, 176, 154, 182, 153.6, 187.4, 152.4, 191, 150.8]);

const upperTrapezius = outline(
  trapeziusUnderNeck,
  curve([187, 123.4, 192, 125.6, 197, 128.4, 200.6, 131, 202.4, 134.4, 201.8, 138.6, 199.2, 143, 195.6, 147.4, 192.8, 150.2]),
  reversed(upperOverMiddle),
  curve([164.4, 152.2, 164.4, 134.4]),
);

// Below the shoulders the trapezius narrows to a point at the last thoracic vertebra, a kite with the upper part: the
// middle part runs out from the spine along the top of the ridge of the shoulder blade, and the lower part rises from
// the point towards the blade. The rhomboids lie under it, slanting down from the spine to the blade's inner border, and
// take the place where they are felt; the latissimus dorsi sweeps from beside the kite's point out to the flank and
// up into the armpit.
const [rhomboidsUnderMiddle, middleOverRhomboids] = seam([164.4, 174.6, 169.6, 173.4, 174, 171.4]);
const [lowerUnderRhomboids, rhomboidsOverLower] = seam([164.4, 199.4, 170, 201.6, 175.6, 203.4, 181, 205, 186.4, 206.2]);
const [lowerTrapeziusSide, latissimusSide] = seam([188.4, 206, 182.6, 213, 176, 221, 171, 229, 167, 235.8, 164.6, 240.8]);

const middleTrapezius = outline(
  middleUnderUpper,
  curve([190.4, 152.8, 189.8, 155, 186.6, 157.6, 182, 160.2, 178, 163, 175.8, 166.8, 174.8, 170]),
  reversed(middleOverRhomboids),
);

const rhomboids = outline(
  rhomboidsUnderMiddle,
  curve([175.8, 172.6, 179, 175.4, 180.8, 180.4, 181.6, 190, 183.4, 198.4, 185.6, 203.8]),
  reversed(rhomboidsOverLower),
);

const lowerTrapezius = outline(lowerUnderRhomboids, lowerTrapeziusSide);

// The latissimus dorsi's lower edge, where the erector spinae and the quadratus lumborum come out from under it.
const [lowerBackUnderLatissimus, latissimusOverLowerBack] = seam([
  164.4, 246.8, 171, 247.8, 178, 249.4, 184.6, 251.8, 189, 254.4, 191.4, 257,
]);

const latissimusDorsi = outline(
  latissimusSide,
  curve([164.4, 244.4]),
  latissimusOverLowerBack,
  curve([
    191, 250, 191, 240, 191.8, 226, 193, 212, 193.8, 198, 193.6, 188, 193.4, 182, 192.6, 180.6, 190.8, 185, 189, 192.4,
    188, 199.4,
  ]),
);

// The erector spinae beside the lumbar spine, fullest at the waist; the quadratus lumborum where it is felt, at the
// erectors' outer edge between the lowest rib and the hip bone. The crest of the hip bone parts both from the
// gluteus medius below.
const [erectorSide, quadratusSide] = seam([176.6, 249.6, 178.6, 257.4, 179.4, 265.4, 178.6, 272, 177.6, 275]);
const [mediusUnderCrest, lowerBackOverCrest] = seam([164.4, 283.6, 171.6, 279.4, 179.6, 275.4, 187.4, 273.2, 193.6, 272.8]);

const erectorSpinae = outline(
  lowerBackUnderLatissimus.filter(([x]) => x < 177.6),
  erectorSide,
  reversed(lowerBackOverCrest.filter(([x]) => x < 177.6)),
);

const quadratusLumborum = outline(
  lowerBackUnderLatissimus.filter(([x]) => x > 178.4),
  curve([192.4, 263, 193, 268, 193.4, 271.6]),
  reversed(lowerBackOverCrest.filter(([x]) => x > 178.4)),
  reversed(quadratusSide),
);

// The gluteus medius fans down from the hip bone's crest to the point of the hip; the piriformis crosses from the
// sacrum to the same point, narrowing as it goes; the gluteus maximus is the rounded quadrant of the buttock below.
const [piriformisUnderMedius, mediusOverPiriformis] = seam([
  164.8, 291, 173, 295.2, 182, 300.6, 191, 306.4, 199, 310.6, 205.6, 313.8,
]);
const [maximusUnderPiriformis, piriformisOverMaximus] = seam([
  164.2, 309.8, 172, 313.8, 181, 317, 190, 318.8, 198, 320.2, 206, 320.6,
]);
const [hamstringsUnderMaximus, maximusOverHamstrings] = seam([
  154.4, 348.4, 160, 352.2, 166.4, 355, 172.8, 356.8, 179, 357.6, 185.4, 357.6, 191.6, 356.6, 197.4, 354.6, 201.8, 352,
]);

const gluteusMedius = outline(
  mediusUnderCrest,
  curve([195.4, 276.4, 198.4, 284, 201.6, 293, 204.2, 302.6, 205.8, 310]),
  reversed(mediusOverPiriformis),
  curve([164.8, 288]),
);

const piriformis = outline(piriformisUnderMedius, curve([206.6, 315.2]), reversed(piriformisOverMaximus));

const gluteusMaximus = outline(
  maximusUnderPiriformis,
  curve([206.8, 323, 207.2, 331.6, 206.4, 340, 204, 346.6, 201.6, 350.2]),
  reversed(maximusOverHamstrings),
  curve([153.6, 344, 153, 336, 153.2, 328.4, 156.2, 323.8, 160.6, 320, 163.4, 316]),
);

// Down the back of the thigh, parting above the knee round the hollow behind it.
const hamstrings = outline(
  hamstringsUnderMaximus,
  curve([
    205.2, 352.4, 205, 362, 204, 376, 202.2, 392, 199.8, 408, 197.4, 421, 195.6, 428.6, 192.4, 429.6, 189, 427.6, 185.6,
    423, 181.8, 418.6, 178, 417.4, 174.2, 418.6, 170.4, 423, 166.8, 427.4, 163, 429.2, 159.8, 428.8, 158.8, 420, 158,
    405, 157, 388, 155.8, 372, 154.8, 360, 154.2, 352,
  ]),
);

// The two heads of the gastrocnemius, parted by a shallow notch at the top and a deeper one below, the inner head
// reaching lower; the soleus below and beside them, narrowing into the heel's tendon.
const [soleusUnderGastrocnemius, gastrocnemiusOverSoleus] = seam([
  160.6, 543, 163.6, 548.4, 167.2, 551.6, 171.4, 551, 174.6, 545.4, 177.2, 539.6, 180.6, 541.2, 185, 539.4,
  188.6, 535.4, 191.2, 531.2,
]);

const gastrocnemius = outline(
  curve([
    193.2, 524, 193.6, 515, 194.4, 504, 193.8, 493, 191.4, 487, 186.6, 484.8, 181, 485.4, 177.6, 488, 175, 488.2, 171,
    485.6, 165.4, 484.6, 160.6, 486.2, 158.4, 491, 157.6, 501, 157.4, 512, 157.6, 524,
  ]),
  gastrocnemiusOverSoleus,
);

const soleus = outline(
  soleusUnderGastrocnemius,
  curve([
    191.4, 537.4, 190, 542.6, 189, 546, 187.2, 553, 185.2, 561, 182, 569.6, 176.8, 575.4, 171.2, 576.2, 166.2, 572.6, 162.3,
    564, 160, 553, 159.2, 546.4,
  ]),
);

// The back of the shoulder: the deltoid's rounded cap, from the spine of the shoulder blade and the point of the
// shoulder over its outer curve and down to its point on the arm.
const deltoid = loop([
  195.6, 158.4, 200.4, 154, 204.6, 148.6, 206.2, 142, 208.6, 136.6, 213, 133.8, 218, 137.8, 221.4, 143.2, 223.6, 150,
  225.2, 160, 227, 172, 228.6, 184, 229, 192.4, 226.8, 197.4, 222.8, 196.8, 217.6, 191.4, 211.8, 182.6, 206.4, 173, 201.2,
  165.4,
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
