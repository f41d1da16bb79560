import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'head-neck-referred-pain', evidence: 'mixed', sources: ['headNeckReferredPain', 'trapeziusReferredPain'] },
    { id: 'trigger-points-in-headache', evidence: 'mixed', sources: ['triggerPointsInHeadache'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  findings: [
    { id: 'cochrane-neck', direction: 'no-effect', sources: ['cochraneNeck'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'adverse-events-review', kind: 'emergency', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'cochrane-neck-3', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['cochraneNeck', 'niceHeadachesCg150'] },
  ],
} satisfies PanelFacts;
