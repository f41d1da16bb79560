import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
    { id: 'cardiac-surgery-massage-meta', evidence: 'research-supported', sources: ['cardiacSurgeryMassageMeta'] },
    { id: 'shoulder-soft-tissue-review', evidence: 'mixed', sources: ['shoulderSoftTissueReview', 'shoulderRangeMetaAnalysis'] },
    { id: 'copd-massage-review', evidence: 'mixed', sources: ['copdMassageReview'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'dvt-warning-signs', evidence: 'research-supported', sources: ['dvtWarningSigns'] },
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'cancer-council-massage', evidence: 'mixed', sources: ['cancerCouncilMassage', 'macmillanMassage'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder', 'cardiacSurgeryMassageMeta'] },
    { id: 'osteoporosis-safety', evidence: 'mixed', sources: ['osteoporosisSafety'] },
  ],
} satisfies PanelFacts;
