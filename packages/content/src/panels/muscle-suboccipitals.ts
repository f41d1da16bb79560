import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'head-neck-referred-pain', evidence: 'mixed', sources: ['headNeckReferredPain', 'trapeziusReferredPain'] },
    { id: 'headache-massage-trial', evidence: 'research-supported', sources: ['headacheMassageTrial', 'ischemicCompressionMeta'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  findings: [
    { id: 'headache-frequency', direction: 'no-effect', sources: ['headacheMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'adverse-events-review', kind: 'avoid', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'adverse-events-review-2', kind: 'take-care', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'headache-referral', kind: 'emergency', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'unstable-neck', kind: 'see-a-doctor', evidence: 'mixed', sources: ['upperCervicalInstabilityRa', 'ifomptCervicalFramework'] },
  ],
} satisfies PanelFacts;
