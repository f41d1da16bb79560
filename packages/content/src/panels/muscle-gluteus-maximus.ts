import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'sportsMassageMeta', 'foamRollingPerformance'] },
    { id: 'foam-rolling-range', evidence: 'mixed', sources: ['foamRollingRange', 'foamRollingPerformance'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  findings: [
    { id: 'sports-massage-meta', direction: 'no-effect', sources: ['sportsMassageMeta'] },
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
    { id: 'piriformis-anatomy', kind: 'take-care', evidence: 'mixed', sources: ['piriformisAnatomy', 'endangermentSites'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'osteoporosis-safety', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
