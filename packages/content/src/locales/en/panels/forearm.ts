import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Forearm massage can ease muscles tired from gripping, lifting or typing, though evidence for specific problems is thin.',
  benefits: [
    {
      text: 'Some people with tennis elbow use deep friction massage across the sore tendon, but a Cochrane review found too little evidence to say whether it helps pain or grip.',
      evidence: 'mixed',
      sources: ['frictionMassageCochrane'],
    },
    {
      text: 'Studies suggest massage after hard exercise may ease delayed muscle soreness for a few days.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the wrist up to the elbow, then knead the muscles on both sides of the forearm.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Hold tender spots in the thick muscle just below the elbow for 30 to 60 seconds.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Firm strokes along the muscles only, easing off near the elbow bones and the inner wrist.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Rest the forearm on a table and roll it slowly over a ball, or squeeze along it with your other hand.',
    },
  ],
  cautions: [
    {
      text: 'Stop if pressure sends tingling or numbness into the hand or fingers.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'If you take blood thinners or bruise easily, skip deep or forceful massage and ask your doctor what is safe.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
  ],
} satisfies PanelContent<SourceKey>;
