import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'From the tips of the shoulder blades to the lowest ribs, massage may bring relaxation and brief comfort; research on this area alone is thin.',
  benefits: [
    {
      text: 'Research rarely singles out the mid back; studies of the whole back and lower back point to small, brief improvements, so evidence here is limited.',
      evidence: 'mixed',
      sources: ['cochraneLowBack', 'lowBackReviewOfReviews'],
    },
    {
      text: 'Studies suggest a course of massage may ease depressive symptoms, although the trials differ a lot in how they were run and measured.',
      evidence: 'research-supported',
      sources: ['depressionMetaAnalysis', 'moyerMetaAnalysis'],
    },
    {
      text: 'Practitioners traditionally say massage breaks down knots and adhesions (not shown by research); experts still disagree on what a muscle knot actually is.',
      evidence: 'traditional',
      sources: ['triggerPointCritique'],
    },
    {
      text: 'Studies suggest the benefits of massage may fade once sessions stop, so it works more as ongoing care than a one-off fix.',
      evidence: 'research-supported',
      sources: ['nccihMassage'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Sweep up from the lower back over the ribs to the shoulders, kneading along the sides as you go.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Use slow forearm strokes along the muscles beside the spine, never on it.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Press a thumb steadily into sore spots in the muscles running alongside the spine.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Without oil, cross your hands over the band of muscle between the shoulder blades and the lowest ribs and stretch slowly until the tissue eases.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Maintenance or light after-event strokes suit sports with a lot of twisting.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'With a foam roller under your mid back and arms folded across your chest, roll a few centimetres at a time, stopping above the lowest ribs.',
    },
  ],
  cautions: [
    {
      text: 'No pounding or heavy pressure just below the lowest ribs, over the kidneys.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'The short lowest ribs and the vertebrae here break easily when bones are thin, so keep pressure gentle if you have osteoporosis.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety'],
    },
    {
      text: 'Skip any patch with a rash, infection or inflamed skin.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
