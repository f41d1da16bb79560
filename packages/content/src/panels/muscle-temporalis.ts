import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'tmd-physiotherapy-umbrella', evidence: 'research-supported', sources: ['tmdPhysiotherapyUmbrella'] },
    { id: 'nccih-headaches', evidence: 'mixed', sources: ['nccihHeadaches'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  findings: [
    { id: 'headache-massage-trial', direction: 'no-effect', sources: ['headacheMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'headache-referral', kind: 'emergency', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'headache-referral-2', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'endangerment-sites', kind: 'take-care', evidence: 'mixed', sources: ['endangermentSites'] },
  ],
} satisfies PanelFacts;
