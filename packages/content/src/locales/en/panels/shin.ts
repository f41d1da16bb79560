import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The front of the shin is mostly bone, so massage here means gentle work on the muscle beside it; for shin splints, rest matters more than rubbing.',
  benefits: [
    {
      text: 'Studies suggest massage after hard exercise may ease muscle soreness for a few days, though the trials mostly looked at thigh, calf and arm muscles rather than the shin.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'For runners, a review of sports massage found small gains in flexibility but no boost in speed, strength or endurance, so treat shin work as comfort, not a training aid.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
    {
      text: 'Massage is often offered for shin splints, but it has not been properly tested; health services advise rest, ice and a gradual return to running, and reviews found no prevention method with clear proof.',
      evidence: 'mixed',
      sources: ['shinSplintsHse', 'shinSplintsPreventionReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke up the muscle on the outer side of the shinbone, from ankle to knee.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light strokes after a run; firmer maintenance work between training days.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Hold gentle pressure on tender spots in the muscle just outside the shinbone, a hand-width below the knee.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Only on the muscle beside the shinbone, never on the bone itself.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Roll the outer shin muscle slowly on a roller or ball, keeping off the bone.',
    },
  ],
  cautions: [
    {
      text: 'Keep pressure and tools off the shinbone itself.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Pain in one small spot on the bone, pain that is severe or getting worse, or pain that has not eased after a week of rest should be checked by a doctor; it can be a stress fracture.',
      evidence: 'research-supported',
      sources: ['shinSplintsHse', 'shinSplintsNhs'],
    },
    {
      text: 'Swelling, warmth, redness or cramping pain in one leg can mean a blood clot: do not massage, and get seen the same day.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'If diabetes has dulled the feeling in your feet and lower legs, use light pressure and check the skin afterwards for marks you did not feel.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
  ],
} satisfies PanelContent<SourceKey>;
