import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'moyer-meta-analysis', evidence: 'mixed', sources: ['moyerMetaAnalysis', 'cochraneLowBack'] },
    { id: 'foam-rolling-range', evidence: 'mixed', sources: ['foamRollingRange'] },
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
    { id: 'osteoporosis-safety', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety', 'endangermentSites'] },
    { id: 'adverse-events-review', kind: 'avoid', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'back-pain-red-flags', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceLowBackPainNg59', 'nhsBackPain'] },
  ],
} satisfies PanelFacts;
