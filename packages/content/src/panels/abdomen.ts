import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'abdominal-massage-meta', evidence: 'research-supported', sources: ['abdominalMassageMeta'] },
    { id: 'ms-abdominal-massage-pilot', evidence: 'mixed', sources: ['msAbdominalMassagePilot'] },
    { id: 'enteral-feeding-massage-meta', evidence: 'research-supported', sources: ['enteralFeedingMassageMeta'] },
  ],
  findings: [
    { id: 'ms-abdominal-massage-trial', direction: 'no-effect', sources: ['msAbdominalMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'stomach-ache-warning-signs', kind: 'emergency', evidence: 'research-supported', sources: ['stomachAcheWarningSigns'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'abdominal-massage-trial-exclusions', kind: 'see-a-doctor', evidence: 'mixed', sources: ['abdominalMassageTrialExclusions'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'nccih-massage', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
    { id: 'aortic-aneurysm', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nhsAaa', 'endangermentSites'] },
  ],
} satisfies PanelFacts;
