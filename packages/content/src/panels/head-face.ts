import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'tmd-physiotherapy-umbrella', evidence: 'research-supported', sources: ['tmdPhysiotherapyUmbrella'] },
    { id: 'jaw-myofascial-trial', evidence: 'mixed', sources: ['jawMyofascialTrial'] },
    { id: 'facial-massage-mood-study', evidence: 'mixed', sources: ['facialMassageMoodStudy'] },
    { id: 'dementia-head-face-massage-trial', evidence: 'mixed', sources: ['dementiaHeadFaceMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'headache-referral', evidence: 'research-supported', sources: ['headacheReferral'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'jaw-myofascial-trial-2', evidence: 'mixed', sources: ['jawMyofascialTrial'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
  ],
} satisfies PanelFacts;
