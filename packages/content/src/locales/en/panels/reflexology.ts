import { reflexologyPanels, type PointText, type ReflexologyPoint } from '../../reflexology.js';

// Where each point sits and what the charts link it to. These are the charts' claims, not anatomy.
const points: Record<ReflexologyPoint, PointText> = {
  'head-brain': {
    organ: 'the head and brain',
    location: 'The tip and pad of the big toe.',
    association: 'The head and brain; on the charts the left big toe stands for the left side of the head.',
  },
  pituitary: {
    organ: 'the pituitary gland',
    location: 'The middle of the pad of the big toe.',
    association: 'The pituitary gland, which the charts call the master gland.',
  },
  sinuses: {
    organ: 'the sinuses',
    location: 'The pads and tips of the four smaller toes.',
    association: 'The sinuses.',
  },
  'neck-throat-thyroid': {
    organ: 'the neck, throat and thyroid',
    location: 'The base of the big toe, where it joins the foot.',
    association: 'The neck, the throat and the thyroid gland.',
  },
  eyes: {
    organ: 'the eyes',
    location: 'The base of the second and third toes, where they meet the ball of the foot.',
    association: 'The eyes.',
  },
  ears: {
    organ: 'the ears',
    location: 'The base of the fourth and fifth toes.',
    association: 'The ears.',
  },
  heart: {
    organ: 'the heart',
    location: 'The ball of the left foot, below the big toe. Some charts also mark a small area on the right foot.',
    association: 'The heart.',
  },
  'lungs-chest': {
    organ: 'the lungs and chest',
    location: 'The ball of the foot, under the four smaller toes.',
    association: 'The lungs, chest and upper back; each foot stands for the lung on its own side.',
  },
  'shoulder-arm': {
    organ: 'the shoulder and arm',
    location: 'The outer edge of the ball of the foot, below the little toe.',
    association: 'The shoulder and arm.',
  },
  diaphragm: {
    organ: 'the diaphragm',
    location: 'A line across the sole where the ball of the foot meets the arch.',
    association: 'The diaphragm. On the charts this line also divides the chest from the belly.',
  },
  'solar-plexus': {
    organ: 'the solar plexus',
    location: 'The soft hollow just below the ball of the foot, in line with the second toe.',
    association: 'The solar plexus, a network of nerves in the upper belly. Reflexologists often press it to help someone relax.',
  },
  liver: {
    organ: 'the liver',
    location: 'A large area on the outer half of the right arch, from just below the ball of the foot to the middle of the arch.',
    association: 'The liver.',
  },
  gallbladder: {
    organ: 'the gallbladder',
    location: 'A small spot inside the liver area of the right foot, roughly in line with the third and fourth toes.',
    association: 'The gallbladder.',
  },
  stomach: {
    organ: 'the stomach',
    location: 'The inner side of the left arch, just below the ball of the foot. Some charts mark a smaller area on the right foot.',
    association: 'The stomach.',
  },
  spleen: {
    organ: 'the spleen',
    location: 'The outer, little-toe edge of the left arch, just below the ball of the foot.',
    association: 'The spleen.',
  },
  adrenal: {
    organ: 'the adrenal glands',
    location: 'Just above the kidney point, a little towards the inner edge of the foot.',
    association: 'The adrenal glands.',
  },
  kidney: {
    organ: 'the kidneys',
    location: 'The middle of the arch, in line with the second toe. On the right foot some charts set it slightly lower.',
    association: 'The kidneys.',
  },
  'ureter-bladder': {
    organ: 'the ureters and bladder',
    location: 'The bladder spot is on the soft inner edge where the arch meets the heel; the ureter runs at a slant from the kidney point down to it.',
    association: 'The urinary tract: the tubes that drain the kidneys, and the bladder.',
  },
  'transverse-colon': {
    organ: 'the transverse colon',
    location: 'A band across the middle of the arch, level with the bony bump on the outer edge of the foot.',
    association: 'The transverse colon, the part of the large bowel that runs across the belly.',
  },
  'small-intestine': {
    organ: 'the small intestine',
    location: 'The centre of the lower arch, with the colon areas around it.',
    association: 'The small intestine.',
  },
  'ascending-colon': {
    organ: 'the ascending colon',
    location: 'The outer side of the lower arch of the right foot, rising from just above the heel towards the middle of the arch.',
    association: 'The ascending colon, where the large bowel begins, and the valve where the small bowel joins it.',
  },
  'descending-sigmoid-colon': {
    organ: 'the descending and sigmoid colon',
    location: 'The outer side of the lower arch of the left foot, running down towards the heel and curving inwards just above it.',
    association: 'The descending and sigmoid colon and the rectum, the last part of the large bowel.',
  },
  spine: {
    organ: 'the spine',
    location: 'The inner edge of the foot, from the base of the big toe to the heel: the neck nearest the toe, then the upper back, the lower back and the tailbone towards the heel.',
    association: 'The spine, from the neck down to the tailbone.',
  },
  sciatic: {
    organ: 'the sciatic nerve',
    location: 'A thin strip running across the centre of the heel.',
    association: 'The sciatic nerve.',
  },
  'pelvis-lower-back': {
    organ: 'the pelvis, hips and lower back',
    location: 'The pad of the heel.',
    association: 'The pelvis, hips and lower back, and in some charts the lower bowel.',
  },
};

export default reflexologyPanels(points, {
  summary: (organ) => `Reflexology charts link this spot to ${organ}; that link is a traditional claim, not anatomy.`,
  findings: [
    {
      text: 'A review of 18 randomised trials found no convincing evidence that reflexology works for any medical condition; most of the better trials were negative.',
      evidence: 'research-supported',
      sources: ['reflexologyReview'],
    },
    {
      text: 'Of 17 trials that measured changes in the body, such as blood pressure, only three found a difference from the comparison group, and those studies were of low quality.',
      evidence: 'research-supported',
      sources: ['reflexologyPhysiologyReview'],
    },
    {
      text: 'Reflexology is widely offered in cancer care and rarely causes harm. Some studies suggest it helps with relaxation, anxiety, pain or mood, but weak designs allow no firm conclusion, and it does not treat cancer.',
      evidence: 'mixed',
      sources: ['cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    {
      text: 'Any calm people feel is likely to come from a pleasant foot massage, not from a link to one organ.',
      evidence: 'mixed',
      sources: ['reflexologyReview'],
    },
    {
      text: 'Reflexologists traditionally read a tender or gritty spot as a sign that the matching organ is out of balance; research has not shown this.',
      evidence: 'traditional',
      sources: ['cancerResearchUkReflexology'],
    },
  ],
  chartLink: (organ) =>
    `Reflexology charts, which grew out of the zone therapy of the early 1900s, link this spot to ${organ}. This is a traditional claim: research has not shown that pressing here changes ${organ}.`,
  benefits: [
    {
      text: 'Slow, steady thumb pressure here, as part of a foot massage, may feel soothing and help you unwind for a while; reflexology has not done better than an ordinary foot massage.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology'],
    },
    {
      text: 'In cancer care, some people feel calmer and in less pain after reflexology. It is generally safe, but the studies are weak and it is no treatment for cancer.',
      evidence: 'mixed',
      sources: ['cancerResearchUkReflexology', 'camCancerReflexology', 'reflexologyCancerReview'],
    },
  ],
  techniques: [
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumb over the spot in small steps with firm but comfortable pressure, as part of working the whole sole.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting with the foot across your knee, press the spot with your thumb for a few slow breaths, then let go; ease off if it hurts.',
    },
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Take the spot in with long thumb strokes from heel to toes over the whole sole.',
    },
  ],
  noDiagnosis: (organ) =>
    `Never use this spot to check for illness: tenderness here does not mean a problem with ${organ}, and no tenderness does not mean all is well. Take symptoms to a doctor, and don't let reflexology delay treatment.`,
  cautions: [
    {
      text: 'With diabetes or numb feet, a bruise or blister from pressure can go unnoticed: keep it gentle, avoid broken skin, check your feet every day and take any foot problem to a podiatrist or doctor.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Signs of a clot in the leg, such as swelling on one side, warmth, redness or cramping pain, mean no foot work and a same-day medical check; breathlessness or chest pain is an emergency.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: "Skip a foot with a fracture, an unhealed wound, a gout flare or an infection such as athlete's foot, a verruca or nail fungus.",
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'In pregnancy, many reflexologists work gently or not at all in the first three months and avoid firm pressure around the ankle bones; this is a precaution, not a proven risk.',
      evidence: 'traditional',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois', 'pregnancyPressurePoints'],
    },
  ],
});
