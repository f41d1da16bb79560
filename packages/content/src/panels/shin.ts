import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta'] },
    { id: 'sports-massage-meta', evidence: 'research-supported', sources: ['sportsMassageMeta'] },
    { id: 'shin-splints-hse', evidence: 'mixed', sources: ['shinSplintsHse', 'shinSplintsPreventionReview'] },
  ],
  findings: [
    { id: 'performance', direction: 'no-effect', sources: ['sportsMassageMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'shin-splints-hse-2', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['shinSplintsHse', 'shinSplintsNhs'] },
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'diabetic-foot-care', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
