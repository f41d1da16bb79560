import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The front of the neck is not a massage target: major blood vessels, nerves and the windpipe sit just under the skin.',
  benefits: [],
  techniques: [],
  cautions: [
    {
      text: 'Avoid deep or sustained pressure on the throat and the front-side of the neck, where the carotid arteries, jugular veins, nerves and airway lie close to the surface.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'If a therapist works near here at all, expect only broad, light strokes, never pinpoint pressure.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Serious problems after neck treatment, including stroke-like events, are rare but recorded, so work the back and sides of the neck instead.',
      evidence: 'mixed',
      sources: ['massageSafetyReview', 'adverseEventsReview'],
    },
    {
      text: 'Stop at once and get medical help if pressure on the neck brings dizziness, faintness, vision changes or trouble breathing.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
