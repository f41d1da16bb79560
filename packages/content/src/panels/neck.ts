import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-neck', evidence: 'mixed', sources: ['cochraneNeck'] },
    { id: 'headache-massage-trial', evidence: 'research-supported', sources: ['headacheMassageTrial', 'ischemicCompressionMeta'] },
    { id: 'trapezius-referred-pain', evidence: 'mixed', sources: ['trapeziusReferredPain', 'headNeckReferredPain'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
    { id: 'cochrane-neck-2', evidence: 'research-supported', sources: ['cochraneNeck'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'sports', fit: 'care' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'adverse-events-review-2', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'cochrane-neck-3', evidence: 'research-supported', sources: ['cochraneNeck', 'headacheReferral'] },
  ],
} satisfies PanelFacts;
