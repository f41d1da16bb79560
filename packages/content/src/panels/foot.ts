import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'plantar-fasciitis-review', evidence: 'research-supported', sources: ['plantarFasciitisReview', 'plantarHeelPainReview'] },
    { id: 'foot-massage-surgery-meta', evidence: 'research-supported', sources: ['footMassageSurgeryMeta'] },
    { id: 'foot-balance-trial-2', evidence: 'mixed', sources: ['footBalanceTrial'] },
    { id: 'reflexology-review', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'reflexologyCancerReview'] },
    { id: 'reflexology-review-2', evidence: 'traditional', sources: ['reflexologyReview', 'reflexologyPhysiologyReview'] },
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
    { id: 'diabetic-foot-care', evidence: 'research-supported', sources: ['diabeticFootCare'] },
    { id: 'dvt-warning-signs', evidence: 'research-supported', sources: ['dvtWarningSigns'] },
    { id: 'reflexology-cautions-minnesota', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-illinois', evidence: 'mixed', sources: ['reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-minnesota-2', evidence: 'traditional', sources: ['reflexologyCautionsMinnesota', 'pregnancyPressurePoints'] },
  ],
} satisfies PanelFacts;
