import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'hand-pain-massage-trial', evidence: 'mixed', sources: ['handPainMassageTrial', 'handArthritisMassageTrial'] },
    { id: 'cardiac-surgery-hand-massage-trial', evidence: 'mixed', sources: ['cardiacSurgeryHandMassageTrial'] },
    { id: 'hand-massage-anxiety-trial', evidence: 'mixed', sources: ['handMassageAnxietyTrial'] },
    { id: 'dementia-massage-cochrane', evidence: 'mixed', sources: ['dementiaMassageCochrane'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'reflexology', fit: 'care' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage', 'nccihMassage'] },
    { id: 'diabetic-foot-care', kind: 'take-care', evidence: 'mixed', sources: ['nccihMassage'] },
    { id: 'pregnancy-pressure-points', kind: 'take-care', evidence: 'traditional', sources: ['pregnancyPressurePoints'] },
    { id: 'lymphoedema', kind: 'see-a-doctor', evidence: 'mixed', sources: ['breastCancerNowLymphoedema', 'cancerCouncilMassage'] },
  ],
} satisfies PanelFacts;
