import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'pelvic-girdle-pain-review', evidence: 'mixed', sources: ['pelvicGirdlePainReview', 'supineHypotension'] },
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
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
    { id: 'supine-hypotension', evidence: 'research-supported', sources: ['supineHypotension'] },
    { id: 'cauda-equina-warning', evidence: 'research-supported', sources: ['caudaEquinaWarning'] },
  ],
} satisfies PanelFacts;
