import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'pelvic-girdle-pain-review', evidence: 'mixed', sources: ['pelvicGirdlePainReview', 'nhsExercisePregnancy'] },
    { id: 'swedish-massage-strokes', evidence: 'traditional', sources: ['swedishMassageStrokes'] },
    { id: 'cochrane-low-back', evidence: 'mixed', sources: ['cochraneLowBack'] },
    { id: 'moyer-meta-analysis', evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'care' },
    { technique: 'deep-tissue', fit: 'avoid' },
    { technique: 'trigger-point', fit: 'avoid' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'supine-hypotension', kind: 'take-care', evidence: 'research-supported', sources: ['nhsExercisePregnancy', 'hseExercisePregnancy'] },
    { id: 'cauda-equina-warning', kind: 'emergency', evidence: 'research-supported', sources: ['royalFreeCaudaEquina', 'nhsBackPain'] },
    { id: 'osteoporosis', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
  ],
} satisfies PanelFacts;
