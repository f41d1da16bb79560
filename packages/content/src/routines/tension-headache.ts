import type { RoutineFacts } from './join-routines.js';

// About two minutes in all: the shoulders and neck first, because tender spots there are reported to
// send pain to the head, then the base of the skull and the temples.
export const tensionHeadache = {
  id: 'tension-headache',
  evidence: 'mixed',
  sources: ['headacheMassageTrial', 'nccihHeadaches', 'trapeziusReferredPain', 'headNeckReferredPain', 'upperTrapeziusSelfTreatment', 'moyerMetaAnalysis'],
  cautions: [
    { id: 'headache-emergency', kind: 'emergency', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'new-headache-over-50', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceHeadachesCg150'] },
    { id: 'frequent-headaches', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceHeadachesCg150', 'nccihHeadaches'] },
    { id: 'migraine-trigger', kind: 'take-care', evidence: 'mixed', sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'] },
  ],
  steps: [
    { id: 'left-shoulder-squeeze', region: 'shoulder-left', technique: 'self-massage', pressure: 3, duration: 20, cautions: ['good-ache'] },
    { id: 'right-shoulder-squeeze', region: 'shoulder-right', technique: 'self-massage', pressure: 3, duration: 20, cautions: ['good-ache'] },
    { id: 'left-neck-circles', region: 'neck-left', technique: 'self-massage', pressure: 2, duration: 15, cautions: ['front-of-neck', 'dizziness'] },
    { id: 'right-neck-circles', region: 'neck-right', technique: 'self-massage', pressure: 2, duration: 15, cautions: ['front-of-neck', 'dizziness'] },
    { id: 'skull-base-hold', region: 'head-back', technique: 'trigger-point', pressure: 2, duration: 30, cautions: ['no-twisting', 'worse-headache'] },
    { id: 'left-temple-circles', region: 'head-temple-left', technique: 'swedish', pressure: 1, duration: 15, cautions: ['light-temples'] },
    { id: 'right-temple-circles', region: 'head-temple-right', technique: 'swedish', pressure: 1, duration: 15, cautions: ['light-temples'] },
  ],
} as const satisfies RoutineFacts;
