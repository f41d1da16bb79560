import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'tmd-physiotherapy-umbrella', evidence: 'research-supported', sources: ['tmdPhysiotherapyUmbrella'] },
    { id: 'jaw-myofascial-trial', evidence: 'mixed', sources: ['jawMyofascialTrial'] },
    { id: 'facial-massage-mood-study', evidence: 'mixed', sources: ['facialMassageMoodStudy'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'headache-referral', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'jaw-myofascial-trial-2', kind: 'take-care', evidence: 'mixed', sources: ['jawMyofascialTrial'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['nccihMassage', 'mayoClinicMassage'] },
  ],
} satisfies PanelFacts;
