import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'knee-massage-meta', evidence: 'research-supported', sources: ['kneeMassageMeta'] },
    { id: 'knee-massage-trial', evidence: 'research-supported', sources: ['kneeMassageTrial'] },
    { id: 'knee-guideline-massage', evidence: 'research-supported', sources: ['kneeGuidelineMassage'] },
    { id: 'nice-osteoarthritis', evidence: 'research-supported', sources: ['niceOsteoarthritis'] },
    { id: 'knee-self-massage-trial', evidence: 'mixed', sources: ['kneeSelfMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'nih-massage-backgrounder', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nhsKneePain', 'mayoClinicMassage'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
