import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'head-neck-referred-pain', evidence: 'mixed', sources: ['headNeckReferredPain', 'trapeziusReferredPain'] },
    { id: 'headache-massage-trial', evidence: 'mixed', sources: ['headacheMassageTrial'] },
    { id: 'scalp-massage-stress-trial', evidence: 'mixed', sources: ['scalpMassageStressTrial'] },
    { id: 'scalp-massage-hair-study', evidence: 'mixed', sources: ['scalpMassageHairStudy'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'headache-referral', evidence: 'research-supported', sources: ['headacheReferral'] },
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
  ],
} satisfies PanelFacts;
