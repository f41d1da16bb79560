import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'cochrane-low-back', evidence: 'mixed', sources: ['cochraneLowBack', 'lowBackReviewOfReviews'] },
    { id: 'depression-meta-analysis', evidence: 'research-supported', sources: ['depressionMetaAnalysis', 'moyerMetaAnalysis'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  findings: [
    { id: 'trigger-point-critique', direction: 'unclear', sources: ['triggerPointCritique'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'osteoporosis-safety', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
    { id: 'back-pain-red-flags', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceLowBackPainNg59', 'nhsBackPain'] },
  ],
} satisfies PanelFacts;
