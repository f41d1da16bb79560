import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'cochrane-low-back', evidence: 'research-supported', sources: ['cochraneLowBack', 'lowBackReviewOfReviews'] },
    { id: 'low-back-referral-charts', evidence: 'traditional', sources: ['lowBackReferralCharts', 'triggerPointCritique'] },
    { id: 'low-back-massage-trial', evidence: 'research-supported', sources: ['lowBackMassageTrial'] },
  ],
  findings: [
    { id: 'palpation-review', direction: 'unclear', sources: ['palpationReview', 'triggerPointCritique'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'cauda-equina-warning', kind: 'emergency', evidence: 'research-supported', sources: ['royalFreeCaudaEquina', 'nhsBackPain'] },
    { id: 'back-pain-red-flags', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceLowBackPainNg59', 'nhsBackPain'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'adverse-events-review', kind: 'see-a-doctor', evidence: 'mixed', sources: ['adverseEventsReview', 'niceLowBackPainNg59'] },
  ],
} satisfies PanelFacts;
