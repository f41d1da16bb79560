import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'nccih-headaches', evidence: 'mixed', sources: ['nccihHeadaches'] },
    { id: 'headache-massage-trial', evidence: 'mixed', sources: ['headacheMassageTrial'] },
    { id: 'trapezius-referred-pain', evidence: 'mixed', sources: ['trapeziusReferredPain', 'headNeckReferredPain'] },
    { id: 'migraine-manual-therapy-review', evidence: 'mixed', sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
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
    { id: 'headache-referral-2', evidence: 'research-supported', sources: ['headacheReferral'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'headache-referral-3', evidence: 'research-supported', sources: ['headacheReferral', 'nccihHeadaches'] },
  ],
} satisfies PanelFacts;
