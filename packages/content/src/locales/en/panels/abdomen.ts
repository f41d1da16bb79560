import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Gentle, clockwise belly massage may help with constipation; keep the pressure soft and stop if anything hurts.',
  benefits: [
    {
      text: 'Studies suggest abdominal massage may help you open your bowels more often and ease constipation, though it did not cut laxative use and the trials vary in quality.',
      evidence: 'research-supported',
      sources: ['abdominalMassageMeta'],
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
      howTo: 'With flat hands, make slow clockwise circles around the navel, following the path of the large bowel.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Use only light, sustained contact; never press deep into the belly.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Organs lie just beneath, so deep pressure is not used here.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Lie on your back with knees bent and stroke clockwise around your belly for a few minutes.',
    },
  ],
  cautions: [
    {
      text: 'No deep or pounding pressure: the organs here are only lightly protected, and massage training treats them as a caution area.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Skip the belly after recent abdominal surgery until your care team agrees.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'If you are pregnant, check with your midwife or doctor first and choose a therapist trained in pregnancy massage.',
      evidence: 'mixed',
      sources: ['nccihMassage', 'supineHypotension'],
    },
  ],
} satisfies PanelContent<SourceKey>;
