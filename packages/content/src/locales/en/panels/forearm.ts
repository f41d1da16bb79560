import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Forearm massage can ease muscles tired from gripping, lifting or typing; evidence for specific problems such as tennis elbow or carpal tunnel is thin.',
  benefits: [
    {
      text: 'Some people with tennis elbow use deep friction massage across the sore tendon, but a Cochrane review found too little evidence to say whether it helps pain or grip.',
      evidence: 'mixed',
      sources: ['frictionMassageCochrane'],
    },
    {
      text: 'In two small trials of people with carpal tunnel symptoms, weekly massage of the forearm and hand plus daily self-massage eased symptoms and strengthened grip; neither used a sham, so evidence is limited.',
      evidence: 'mixed',
      sources: ['carpalTunnelSelfMassageTrial', 'carpalTunnelMassageTrial'],
    },
    {
      text: 'Holding steady pressure on tender knots, common in the forearm muscles of people who grip a lot, made the spots less tender to press in a review of trials, but it did not clearly reduce the pain people reported.',
      evidence: 'mixed',
      sources: ['ischemicCompressionMeta'],
    },
    {
      text: 'After a heavy session of climbing, lifting or racket sport, studies suggest massage may make sore muscles ache less over the next few days, though most trials looked at larger muscles.',
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
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Pin the forearm muscle lightly with your thumb and slowly bend and straighten the wrist underneath it.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Quick, light strokes between climbs or matches; slower, fuller work on rest days.',
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
    {
      text: 'Leave a hot, swollen or freshly injured elbow or wrist alone, and never massage over a suspected fracture.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
