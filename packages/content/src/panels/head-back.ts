import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'head-neck-referred-pain', evidence: 'mixed', sources: ['headNeckReferredPain', 'trapeziusReferredPain'] },
    { id: 'scalp-massage-stress-trial', evidence: 'mixed', sources: ['scalpMassageStressTrial'] },
    { id: 'scalp-massage-hair-study', evidence: 'mixed', sources: ['scalpMassageHairStudy'] },
  ],
  findings: [
    { id: 'headache-massage-trial', direction: 'no-effect', sources: ['headacheMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'headache-referral', kind: 'emergency', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'adverse-events-review', kind: 'take-care', evidence: 'mixed', sources: ['adverseEventsReview'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['nccihMassage', 'mayoClinicMassage'] },
  ],
} satisfies PanelFacts;
