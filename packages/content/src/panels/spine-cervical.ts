import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-neck', evidence: 'mixed', sources: ['cochraneNeck'] },
    { id: 'cochrane-neck-2', evidence: 'mixed', sources: ['cochraneNeck'] },
    { id: 'moyer-meta-analysis', evidence: 'mixed', sources: ['moyerMetaAnalysis'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'avoid' },
  ],
  cautions: [
    { id: 'adverse-events-review', kind: 'avoid', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'adverse-events-review-2', kind: 'take-care', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'osteoporosis', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
    { id: 'unstable-neck', kind: 'see-a-doctor', evidence: 'mixed', sources: ['upperCervicalInstabilityRa', 'ifomptCervicalFramework'] },
  ],
} satisfies PanelFacts;
