import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
    { id: 'cardiac-surgery-massage-meta', evidence: 'research-supported', sources: ['cardiacSurgeryMassageMeta'] },
    { id: 'shoulder-soft-tissue-review', evidence: 'mixed', sources: ['shoulderSoftTissueReview', 'shoulderRangeMetaAnalysis'] },
  ],
  findings: [
    { id: 'copd-massage-review', direction: 'unclear', sources: ['copdMassageReview'] },
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
    { id: 'dvt-warning-signs', kind: 'emergency', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'cancer-council-massage', kind: 'avoid', evidence: 'mixed', sources: ['cancerCouncilMassage', 'macmillanMassage'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage', 'nccihMassage', 'cardiacSurgeryMassageMeta'] },
    { id: 'osteoporosis-safety', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
  ],
} satisfies PanelFacts;
