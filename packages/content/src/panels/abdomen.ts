import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'abdominal-massage-meta', evidence: 'research-supported', sources: ['abdominalMassageMeta'] },
    { id: 'ms-abdominal-massage-pilot', evidence: 'mixed', sources: ['msAbdominalMassagePilot', 'msAbdominalMassageTrial'] },
    { id: 'enteral-feeding-massage-meta', evidence: 'research-supported', sources: ['enteralFeedingMassageMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'stomach-ache-warning-signs', evidence: 'research-supported', sources: ['stomachAcheWarningSigns'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'abdominal-massage-trial-exclusions', evidence: 'mixed', sources: ['abdominalMassageTrialExclusions'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
    { id: 'nccih-massage', evidence: 'mixed', sources: ['nccihMassage', 'supineHypotension'] },
  ],
} satisfies PanelFacts;
