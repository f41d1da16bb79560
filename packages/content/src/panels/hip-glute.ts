import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'gluteus-medius-review', evidence: 'mixed', sources: ['gluteusMediusReview'] },
    { id: 'palpation-review', evidence: 'mixed', sources: ['palpationReview'] },
    { id: 'trigger-point-referral-charts', evidence: 'traditional', sources: ['triggerPointReferralCharts', 'triggerPointCritique'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange', 'foamRollingPerformance'] },
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'sportsMassageMeta', 'foamRollingPerformance'] },
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
    { id: 'piriformis-anatomy', evidence: 'mixed', sources: ['piriformisAnatomy', 'endangermentSites'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
    { id: 'osteoporosis-safety', evidence: 'mixed', sources: ['osteoporosisSafety'] },
    { id: 'cauda-equina-warning', evidence: 'research-supported', sources: ['caudaEquinaWarning'] },
  ],
} satisfies PanelFacts;
