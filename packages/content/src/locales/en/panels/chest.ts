import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Light massage of the chest muscles can feel relaxing, though research on the chest itself is scarce.',
  benefits: [
    {
      text: 'Studies of massage in general suggest a session may lower anxiety, heart rate and blood pressure for a while.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
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
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Lean a ball into the muscle below your collarbone against a door frame and roll it slowly.',
    },
  ],
  cautions: [
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
      text: 'If you suddenly feel short of breath or have chest pain, call emergency services; do not massage.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
  ],
} satisfies PanelContent<SourceKey>;
