import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Hand massage is easy to do yourself and may help you feel calmer; the benefits are modest.',
  benefits: [
    {
      text: 'In one trial, hand massage before a heart procedure eased anxiety more than usual care alone; it is a single study, so evidence is limited.',
      evidence: 'mixed',
      sources: ['handMassageAnxietyTrial'],
    },
    {
      text: 'Studies of massage in general suggest a session may lower anxiety, heart rate and blood pressure for a while.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the fingertips to the wrist, then make thumb circles across the palm.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Press gently on tender spots in the fleshy pad at the base of the thumb for a few slow breaths.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Circle the palm with the thumb of your other hand, then gently squeeze and slide along each finger.',
    },
  ],
  cautions: [
    {
      text: 'Skip hot, swollen or injured joints, cuts and infected skin.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'In pregnancy, many practitioners avoid firm pressure on the web between thumb and index finger; this is a precaution, not a proven risk.',
      evidence: 'traditional',
      sources: ['pregnancyPressurePoints'],
    },
  ],
} satisfies PanelContent<SourceKey>;
