import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'cochrane-low-back', evidence: 'research-supported', sources: ['cochraneLowBack', 'lowBackReviewOfReviews'] },
    { id: 'acp-low-back-guideline', evidence: 'research-supported', sources: ['acpLowBackGuideline', 'nccihLowBack'] },
    { id: 'low-back-massage-trial', evidence: 'research-supported', sources: ['lowBackMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'cauda-equina-warning', kind: 'emergency', evidence: 'research-supported', sources: ['royalFreeCaudaEquina', 'nhsBackPain'] },
    { id: 'back-pain-red-flags', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceLowBackPainNg59', 'nhsBackPain'] },
    { id: 'adverse-events-review', kind: 'see-a-doctor', evidence: 'mixed', sources: ['adverseEventsReview', 'niceLowBackPainNg59'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
