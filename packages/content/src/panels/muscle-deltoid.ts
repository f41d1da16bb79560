import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'shoulder-range-meta-analysis', evidence: 'research-supported', sources: ['shoulderRangeMetaAnalysis'] },
    { id: 'shoulder-soft-tissue-review', evidence: 'research-supported', sources: ['shoulderSoftTissueReview'] },
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'sportsMassageMeta'] },
  ],
  findings: [
    { id: 'sports-massage-meta', direction: 'no-effect', sources: ['sportsMassageMeta'] },
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
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'massage-safety-review', kind: 'see-a-doctor', evidence: 'mixed', sources: ['massageSafetyReview', 'adverseEventsReview'] },
    { id: 'cancer-council-massage', kind: 'take-care', evidence: 'mixed', sources: ['cancerCouncilMassage'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
