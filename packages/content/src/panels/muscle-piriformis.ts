import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'trigger-point-referral-charts', evidence: 'traditional', sources: ['triggerPointReferralCharts', 'triggerPointCritique'] },
    { id: 'foam-rolling-range', evidence: 'mixed', sources: ['foamRollingRange', 'foamRollingPerformance'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'piriformis-anatomy', kind: 'take-care', evidence: 'mixed', sources: ['piriformisAnatomy', 'endangermentSites'] },
    { id: 'radiating-pain', kind: 'see-a-doctor', evidence: 'mixed', sources: ['adverseEventsReview', 'niceLowBackPainNg59'] },
    { id: 'cauda-equina-warning', kind: 'emergency', evidence: 'research-supported', sources: ['royalFreeCaudaEquina', 'nhsBackPain'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
