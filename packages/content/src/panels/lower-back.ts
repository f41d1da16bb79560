import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-low-back', evidence: 'research-supported', sources: ['cochraneLowBack', 'lowBackReviewOfReviews'] },
    { id: 'acp-low-back-guideline', evidence: 'research-supported', sources: ['acpLowBackGuideline', 'nccihLowBack'] },
    { id: 'low-back-massage-trial', evidence: 'research-supported', sources: ['lowBackMassageTrial'] },
    { id: 'low-back-massage-trial-2', evidence: 'research-supported', sources: ['lowBackMassageTrial'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis', 'acpLowBackGuideline'] },
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
    { id: 'cauda-equina-warning', evidence: 'research-supported', sources: ['caudaEquinaWarning'] },
    { id: 'back-pain-red-flags', evidence: 'mixed', sources: ['backPainRedFlags'] },
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'supine-hypotension', evidence: 'research-supported', sources: ['supineHypotension'] },
  ],
} satisfies PanelFacts;
