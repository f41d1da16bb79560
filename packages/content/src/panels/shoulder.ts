import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'shoulder-soft-tissue-review', evidence: 'research-supported', sources: ['shoulderSoftTissueReview'] },
    { id: 'shoulder-range-meta-analysis', evidence: 'research-supported', sources: ['shoulderRangeMetaAnalysis'] },
    { id: 'moyer-meta-analysis', evidence: 'mixed', sources: ['moyerMetaAnalysis'] },
    { id: 'sports-massage-meta', evidence: 'research-supported', sources: ['sportsMassageMeta', 'sorenessMeta'] },
  ],
  findings: [
    { id: 'palpation-review', direction: 'unclear', sources: ['palpationReview', 'palpationAgreementMeta'] },
    { id: 'strength-and-power', direction: 'no-effect', sources: ['sportsMassageMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'cancer-council-massage', kind: 'take-care', evidence: 'mixed', sources: ['cancerCouncilMassage'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'massage-safety-review', kind: 'see-a-doctor', evidence: 'mixed', sources: ['massageSafetyReview', 'adverseEventsReview'] },
  ],
} satisfies PanelFacts;
