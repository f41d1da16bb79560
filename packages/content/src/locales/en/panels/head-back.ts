import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Scalp and skull-base massage is soothing and often part of headache self-care, but the research behind it is small and mixed.',
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
      text: 'In a small trial of office workers, 15 to 25 minutes of scalp massage twice a week for ten weeks lowered stress hormones and blood pressure compared with no massage; it needs repeating in larger groups.',
      evidence: 'mixed',
      sources: ['scalpMassageStressTrial'],
    },
    {
      text: 'Scalp massage is often said to thicken hair. One study of nine men using a massage device daily for six months found slightly thicker hairs but no faster growth; it was small and part-funded by the device maker.',
      evidence: 'mixed',
      sources: ['scalpMassageHairStudy'],
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
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'The scalp lies straight on bone, so firm, grinding pressure adds discomfort rather than benefit.',
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
    {
      text: 'Leave out patches of scalp with a wound, a rash or flaky, inflamed skin, and wait until a head operation has fully healed.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
