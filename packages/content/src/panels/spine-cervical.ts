import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-neck', evidence: 'mixed', sources: ['cochraneNeck'] },
    { id: 'cochrane-neck-2', evidence: 'mixed', sources: ['cochraneNeck'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'avoid' },
  ],
  cautions: [
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'adverse-events-review-2', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
  ],
} satisfies PanelFacts;
