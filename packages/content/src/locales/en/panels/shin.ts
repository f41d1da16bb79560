import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'The front of the shin is mostly bone, so massage here means gentle work on the muscle beside it.',
  benefits: [
    {
      text: 'Studies suggest massage after hard exercise may ease muscle soreness for a few days, though the trials mostly looked at thigh, calf and arm muscles rather than the shin.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'A review of sports massage suggests small gains in flexibility but no boost in speed, strength or endurance.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
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
