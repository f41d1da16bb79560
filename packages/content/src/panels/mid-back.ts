import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-low-back', evidence: 'mixed', sources: ['cochraneLowBack', 'lowBackReviewOfReviews'] },
    { id: 'depression-meta-analysis', evidence: 'research-supported', sources: ['depressionMetaAnalysis', 'moyerMetaAnalysis'] },
    { id: 'trigger-point-critique', evidence: 'traditional', sources: ['triggerPointCritique'] },
    { id: 'nccih-massage', evidence: 'research-supported', sources: ['nccihMassage'] },
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
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['nccihMassage', 'mayoClinicMassage'] },
  ],
} satisfies PanelFacts;
