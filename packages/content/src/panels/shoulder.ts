import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'shoulder-soft-tissue-review', evidence: 'research-supported', sources: ['shoulderSoftTissueReview'] },
    { id: 'shoulder-range-meta-analysis', evidence: 'research-supported', sources: ['shoulderRangeMetaAnalysis'] },
    { id: 'palpation-review', evidence: 'mixed', sources: ['palpationReview', 'palpationAgreementMeta'] },
    { id: 'moyer-meta-analysis', evidence: 'mixed', sources: ['moyerMetaAnalysis'] },
    { id: 'sports-massage-meta', evidence: 'research-supported', sources: ['sportsMassageMeta', 'sorenessMeta'] },
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
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'cancer-council-massage', evidence: 'mixed', sources: ['cancerCouncilMassage'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
    { id: 'massage-safety-review', evidence: 'mixed', sources: ['massageSafetyReview', 'adverseEventsReview'] },
  ],
} satisfies PanelFacts;
