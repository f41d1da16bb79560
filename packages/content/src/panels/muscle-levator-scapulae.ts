import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'headache-massage-trial', evidence: 'research-supported', sources: ['headacheMassageTrial', 'ischemicCompressionMeta'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
    { id: 'cochrane-neck-2', evidence: 'research-supported', sources: ['cochraneNeck'] },
  ],
  findings: [
    { id: 'cochrane-neck', direction: 'no-effect', sources: ['cochraneNeck'] },
    { id: 'pressure-and-pain', direction: 'no-effect', sources: ['headacheMassageTrial', 'ischemicCompressionMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'adverse-events-review-2', kind: 'take-care', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'cochrane-neck-3', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['cochraneNeck', 'niceHeadachesCg150'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
