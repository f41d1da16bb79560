import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'plantar-fasciitis-review', evidence: 'research-supported', sources: ['plantarFasciitisReview', 'plantarHeelPainReview'] },
    { id: 'foot-massage-surgery-meta', evidence: 'research-supported', sources: ['footMassageSurgeryMeta'] },
    { id: 'foot-balance-trial-2', evidence: 'mixed', sources: ['footBalanceTrial'] },
    { id: 'reflexology-review', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'reflexologyCancerReview'] },
    { id: 'reflexology-review-2', evidence: 'traditional', sources: ['reflexologyReview', 'reflexologyPhysiologyReview'] },
  ],
  findings: [
    { id: 'reflexology-vs-foot-massage', direction: 'no-effect', sources: ['reflexologyReview'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'reflexology', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'diabetic-foot-care', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023', 'niceDiabeticFootNg19'] },
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'reflexology-cautions-minnesota', kind: 'avoid', evidence: 'mixed', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-illinois', kind: 'see-a-doctor', evidence: 'mixed', sources: ['reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-minnesota-2', kind: 'take-care', evidence: 'traditional', sources: ['pregnancyPressurePoints', 'reflexologyCautionsIllinois'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
