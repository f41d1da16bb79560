import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Massage over the back of the head and along the skull base is relaxing and often part of headache care, though its benefits are modest.',
  benefits: [
    {
      text: 'Tender spots in the small muscles under the skull can bring on head pain in people with tension headache; whether massaging them prevents headaches is unclear, so evidence is limited.',
      evidence: 'mixed',
      sources: ['headNeckReferredPain', 'trapeziusReferredPain'],
    },
    {
      text: 'In a placebo-controlled trial, head and neck trigger-point massage reduced tension headaches, but a sham did nearly as well, even though people felt the real massage helped them more.',
      evidence: 'mixed',
      sources: ['headacheMassageTrial'],
    },
    {
      text: 'Studies suggest a massage session may lower anxiety, heart rate and blood pressure for a while.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Make slow fingertip circles all over the scalp, finishing along the skull base.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Rest your fingertips in the hollows under the skull and hold gentle pressure for 30 to 60 seconds.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'With flat fingers and no oil, move the scalp slowly over the skull and pause where it feels tight.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Hook your fingertips under the base of your skull and make small, gentle circles while you breathe slowly.',
    },
  ],
  cautions: [
    {
      text: 'Get urgent help, not massage, for a sudden, severe headache, one after a head injury, or one with fever, stiff neck, confusion, weakness or vision loss.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Stop if work at the skull base makes you dizzy or sick or changes your vision.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
