import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-neck', evidence: 'mixed', sources: ['cochraneNeck', 'cochraneLowBack'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis', 'depressionMetaAnalysis'] },
    { id: 'rapaport-anxiety-trial', evidence: 'research-supported', sources: ['rapaportAnxietyTrial'] },
    { id: 'cancer-sleep-review', evidence: 'mixed', sources: ['cancerSleepReview'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange', 'foamRollingPerformance'] },
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
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'osteoporosis-safety', evidence: 'mixed', sources: ['osteoporosisSafety', 'nihMassageBackgrounder'] },
    { id: 'back-pain-red-flags', evidence: 'mixed', sources: ['backPainRedFlags'] },
  ],
} satisfies PanelFacts;
