import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'foamRollingPerformance'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange', 'foamRollingTraining'] },
    { id: 'hamstring-massage-range-study', evidence: 'mixed', sources: ['hamstringMassageRangeStudy', 'hamstringMassageSitReach'] },
  ],
  findings: [
    { id: 'lactic-acid-study', direction: 'negative', sources: ['lacticAcidStudy'] },
    { id: 'chronic-foam-rolling-review', direction: 'no-effect', sources: ['chronicFoamRollingReview'] },
    { id: 'myofascial-flexibility-meta', direction: 'no-effect', sources: ['myofascialFlexibilityMeta', 'myofascialReleaseReview'] },
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
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'nccih-massage', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
    { id: 'varicose-veins', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites', 'nhsInformDvt'] },
    { id: 'hip-knee-surgery', kind: 'take-care', evidence: 'mixed', sources: ['nhsInformDvt'] },
  ],
} satisfies PanelFacts;
