import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'cochrane-low-back', evidence: 'research-supported', sources: ['cochraneLowBack', 'acpLowBackGuideline'] },
    { id: 'low-back-massage-trial', evidence: 'research-supported', sources: ['lowBackMassageTrial'] },
    { id: 'acp-low-back-guideline', evidence: 'research-supported', sources: ['acpLowBackGuideline', 'nccihLowBack'] },
    { id: 'nccih-massage', evidence: 'research-supported', sources: ['nccihMassage', 'lowBackMassageTrial'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'cauda-equina-warning', kind: 'emergency', evidence: 'research-supported', sources: ['royalFreeCaudaEquina', 'nhsBackPain'] },
    { id: 'adverse-events-review', kind: 'see-a-doctor', evidence: 'mixed', sources: ['adverseEventsReview'] },
    { id: 'adverse-events-review-2', kind: 'avoid', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'osteoporosis', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
  ],
} satisfies PanelFacts;
