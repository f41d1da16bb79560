import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'foamRollingPerformance'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange', 'foamRollingTraining'] },
    { id: 'chronic-foam-rolling-review', evidence: 'mixed', sources: ['chronicFoamRollingReview'] },
    { id: 'hamstring-massage-range-study', evidence: 'mixed', sources: ['hamstringMassageRangeStudy', 'hamstringMassageSitReach'] },
    { id: 'myofascial-flexibility-meta', evidence: 'mixed', sources: ['myofascialFlexibilityMeta', 'myofascialReleaseReview'] },
  ],
  findings: [
    { id: 'lactic-acid-study', direction: 'negative', sources: ['lacticAcidStudy'] },
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
    { id: 'dvt-warning-signs', evidence: 'research-supported', sources: ['dvtWarningSigns'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'nccih-massage', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
