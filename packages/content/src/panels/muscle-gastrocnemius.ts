import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta'] },
    { id: 'foam-rolling-range', evidence: 'research-supported', sources: ['foamRollingRange', 'ankleFoamRollingReview'] },
    { id: 'calf-roller-trial', evidence: 'mixed', sources: ['calfRollerTrial', 'foamRollingTraining'] },
  ],
  findings: [
    { id: 'sports-massage-meta', direction: 'no-effect', sources: ['sportsMassageMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'clot-risk', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
