import type { RoutineFacts } from './join-routines.js';

// A ball against a wall, beside the spine and then in the buttock, a minute each, within the 30 to
// 120 seconds a muscle that rolling studies use.
export const lowerBackBall = {
  id: 'lower-back-ball',
  evidence: 'mixed',
  sources: ['cochraneLowBack', 'acpLowBackGuideline', 'lowBackMassageTrial', 'chronicFoamRollingReview'],
  cautions: [
    { id: 'cauda-equina', kind: 'emergency', evidence: 'research-supported', sources: ['royalFreeCaudaEquina', 'nhsBackPain'] },
    { id: 'radiating-pain', kind: 'see-a-doctor', evidence: 'mixed', sources: ['adverseEventsReview', 'niceLowBackPainNg59'] },
    { id: 'back-red-flags', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['niceLowBackPainNg59', 'nhsBackPain'] },
    { id: 'osteoporosis', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
  ],
  steps: [
    { id: 'left-lower-back-roll', region: 'lower-back-left', technique: 'self-massage', pressure: 3, duration: 60, cautions: ['off-the-spine', 'below-the-ribs'] },
    { id: 'right-lower-back-roll', region: 'lower-back-right', technique: 'self-massage', pressure: 3, duration: 60, cautions: ['off-the-spine', 'below-the-ribs'] },
    { id: 'left-buttock-lean', region: 'hip-glute-left', technique: 'self-massage', pressure: 3, duration: 60, cautions: ['tingling-down-the-leg'] },
    { id: 'right-buttock-lean', region: 'hip-glute-right', technique: 'self-massage', pressure: 3, duration: 60, cautions: ['tingling-down-the-leg'] },
  ],
} as const satisfies RoutineFacts;
