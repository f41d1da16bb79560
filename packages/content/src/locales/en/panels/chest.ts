import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Light chest and front-of-shoulder massage can feel relaxing and is often part of shoulder care; research on the chest itself is scarce.',
  benefits: [
    {
      text: 'Slow strokes below the collarbones are an easy place to start a calming massage; studies of massage in general suggest a session may lower anxiety and heart rate for a while.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'After heart surgery, a review of 10 trials found massage (given to various areas, not necessarily the chest) eased pain and anxiety in the days that followed.',
      evidence: 'research-supported',
      sources: ['cardiacSurgeryMassageMeta'],
    },
    {
      text: 'Work on the chest muscles at the front of the shoulder is a common part of shoulder treatment; reviews found massage eased shoulder pain and improved its range in the short term, though they did not test the chest on its own.',
      evidence: 'mixed',
      sources: ['shoulderSoftTissueReview', 'shoulderRangeMetaAnalysis'],
    },
    {
      text: 'Some people with long-term lung disease (COPD) report easier breathing after massage, but a review found too little good evidence to recommend it on its own.',
      evidence: 'mixed',
      sources: ['copdMassageReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'With flat hands, glide from the breastbone out towards the shoulder, just below the collarbone.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'With the arm relaxed, hold a slow, sustained stretch across the front of the shoulder.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Press gently on tender spots in the chest muscle near the shoulder, staying out of the armpit.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Firm pressure only on the thick muscle below the collarbone, never on the ribs, breastbone or breast tissue.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Brisk strokes over the front of the shoulder before throwing or swimming; slow, light ones afterwards.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Lean a ball into the muscle below your collarbone against a door frame and roll it slowly.',
    },
  ],
  cautions: [
    {
      text: 'If you suddenly feel short of breath or have chest pain, call emergency services; do not massage.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Keep deep pressure out of the armpit, where major nerves and blood vessels run.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'After breast surgery, radiotherapy or lymph-node removal, keep off the treated area and look for a therapist trained in cancer care.',
      evidence: 'mixed',
      sources: ['cancerCouncilMassage', 'macmillanMassage'],
    },
    {
      text: 'After heart or chest surgery, keep off the breastbone and the wound until your care team says it has healed.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder', 'cardiacSurgeryMassageMeta'],
    },
    {
      text: 'With osteoporosis, avoid firm pressure on the ribs, which can crack with less force than you might expect.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety'],
    },
  ],
} satisfies PanelContent<SourceKey>;
