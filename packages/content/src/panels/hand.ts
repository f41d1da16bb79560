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
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
    { id: 'diabetic-foot-care', evidence: 'mixed', sources: ['diabeticFootCare'] },
    { id: 'pregnancy-pressure-points', evidence: 'traditional', sources: ['pregnancyPressurePoints'] },
  ],
} satisfies PanelFacts;
