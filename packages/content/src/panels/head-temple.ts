import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'nccih-headaches', evidence: 'mixed', sources: ['nccihHeadaches'] },
    { id: 'trapezius-referred-pain', evidence: 'mixed', sources: ['trapeziusReferredPain', 'headNeckReferredPain'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  findings: [
    { id: 'headache-massage-trial', direction: 'no-effect', sources: ['headacheMassageTrial'] },
    { id: 'migraine-manual-therapy-review', direction: 'unclear', sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'headache-referral', kind: 'emergency', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'headache-referral-2', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'endangerment-sites', kind: 'take-care', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'headache-referral-3', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceHeadachesCg150', 'nccihHeadaches'] },
  ],
} satisfies PanelFacts;
