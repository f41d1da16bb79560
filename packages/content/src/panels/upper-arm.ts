import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'arm-soreness-massage-study', evidence: 'mixed', sources: ['armSorenessMassageStudy'] },
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta'] },
    { id: 'sports-massage-meta', evidence: 'research-supported', sources: ['sportsMassageMeta'] },
    { id: 'lymph-drainage-cochrane', evidence: 'mixed', sources: ['lymphDrainageCochrane', 'lymphDrainageMeta'] },
  ],
  findings: [
    { id: 'strength-recovery', direction: 'no-effect', sources: ['armSorenessMassageStudy'] },
    { id: 'performance', direction: 'no-effect', sources: ['sportsMassageMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'breast-cancer-now-lymphoedema', kind: 'see-a-doctor', evidence: 'mixed', sources: ['breastCancerNowLymphoedema', 'macmillanMassage'] },
    { id: 'nccih-massage', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage', 'nccihMassage'] },
    { id: 'dialysis-fistula', kind: 'avoid', evidence: 'mixed', sources: ['dialysisAccessCare'] },
  ],
} satisfies PanelFacts;
