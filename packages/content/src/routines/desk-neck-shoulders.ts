import type { RoutineFacts } from './join-routines.js';

// A break from the desk of about five and a half minutes: the shoulder ridges and the neck by hand,
// then a ball against a wall for the upper back, for the 90 seconds a side that practice suggests.
export const deskNeckShoulders = {
  id: 'desk-neck-shoulders',
  evidence: 'mixed',
  sources: ['cochraneNeck', 'shoulderSoftTissueReview', 'moyerMetaAnalysis', 'foamRollingRange', 'chronicFoamRollingReview', 'upperTrapeziusSelfTreatment'],
  cautions: [
    { id: 'neck-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['cochraneNeck', 'niceHeadachesCg150'] },
    { id: 'stop-if-dizzy', kind: 'take-care', evidence: 'mixed', sources: ['adverseEventsReview', 'massageSafetyReview'] },
    { id: 'front-of-neck', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'osteoporosis', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
  ],
  steps: [
    { id: 'left-shoulder-knead', region: 'shoulder-left', technique: 'self-massage', pressure: 3, duration: 45, cautions: ['good-ache'] },
    { id: 'right-shoulder-knead', region: 'shoulder-right', technique: 'self-massage', pressure: 3, duration: 45, cautions: ['good-ache'] },
    { id: 'left-neck-strokes', region: 'neck-left', technique: 'self-massage', pressure: 2, duration: 30, cautions: ['front-of-neck', 'no-twisting'] },
    { id: 'right-neck-strokes', region: 'neck-right', technique: 'self-massage', pressure: 2, duration: 30, cautions: ['front-of-neck', 'no-twisting'] },
    { id: 'left-upper-back-ball', region: 'upper-back-left', technique: 'self-massage', pressure: 3, duration: 90, cautions: ['off-the-spine'] },
    { id: 'right-upper-back-ball', region: 'upper-back-right', technique: 'self-massage', pressure: 3, duration: 90, cautions: ['off-the-spine'] },
  ],
} as const satisfies RoutineFacts;
