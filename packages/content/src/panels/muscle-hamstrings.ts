import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'foamRollingPerformance'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange', 'foamRollingTraining'] },
    { id: 'hamstring-massage-range-study', evidence: 'mixed', sources: ['hamstringMassageRangeStudy', 'hamstringMassageSitReach'] },
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
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
