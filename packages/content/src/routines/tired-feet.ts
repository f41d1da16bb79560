import type { RoutineFacts } from './join-routines.js';

// Three minutes, seated: a ball under each arch, then the thumbs along the sole and round the toes.
export const tiredFeet = {
  id: 'tired-feet',
  evidence: 'traditional',
  sources: ['plantarSelfMassage', 'plantarFasciitisReview', 'reflexologyReview', 'moyerMetaAnalysis'],
  cautions: [
    { id: 'numb-feet', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023', 'niceDiabeticFootNg19'] },
    { id: 'clot-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'broken-or-infected', kind: 'avoid', evidence: 'mixed', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois'] },
    { id: 'lasting-foot-pain', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nidirectFootPain'] },
  ],
  steps: [
    { id: 'left-arch-roll', region: 'foot-sole-left-arch', technique: 'self-massage', pressure: 2, duration: 60, cautions: ['skin-first'] },
    { id: 'left-toes-strokes', region: 'foot-sole-left-toes', technique: 'swedish', pressure: 2, duration: 30, cautions: ['gentle-if-numb'] },
    { id: 'right-arch-roll', region: 'foot-sole-right-arch', technique: 'self-massage', pressure: 2, duration: 60, cautions: ['skin-first'] },
    { id: 'right-toes-strokes', region: 'foot-sole-right-toes', technique: 'swedish', pressure: 2, duration: 30, cautions: ['gentle-if-numb'] },
  ],
} as const satisfies RoutineFacts;
