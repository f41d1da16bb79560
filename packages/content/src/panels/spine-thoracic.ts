import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'moyer-meta-analysis', evidence: 'mixed', sources: ['moyerMetaAnalysis', 'cochraneLowBack'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange'] },
    { id: 'moyer-meta-analysis-2', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
    { id: 'cancer-sleep-review', evidence: 'mixed', sources: ['cancerSleepReview'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'osteoporosis-safety', evidence: 'mixed', sources: ['osteoporosisSafety', 'endangermentSites'] },
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'back-pain-red-flags', evidence: 'mixed', sources: ['backPainRedFlags'] },
  ],
} satisfies PanelFacts;
