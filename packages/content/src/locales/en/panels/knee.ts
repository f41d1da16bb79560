import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Massage around the knee may ease osteoarthritis pain and stiffness for a while; keep pressure off the kneecap and the back of the knee.',
  benefits: [
    {
      text: 'In a trial of 222 adults with knee osteoarthritis, weekly full-body massage for eight weeks improved pain and function more than light touch, but the gains faded over the following year.',
      evidence: 'research-supported',
      sources: ['kneeMassageTrial'],
    },
    {
      text: 'Orthopaedic guidance says massage may be used alongside usual care for short-term help with knee osteoarthritis pain and function.',
      evidence: 'research-supported',
      sources: ['kneeGuidelineMassage'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke the thigh and calf towards the knee, then circle gently around the kneecap, not on it.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Hold light, sustained stretches of the soft tissue around the kneecap.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'No firm pressure on the joint itself or into the back of the knee.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Roll the thigh and calf but stop short of the knee; never roll over the kneecap or behind the knee.',
    },
  ],
  cautions: [
    {
      text: 'No firm pressure or rolling behind the knee, where nerves and large blood vessels run.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Calf or knee swelling on one side with warmth, redness or cramping pain can mean a blood clot: do not massage, and get seen the same day.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'A hot, swollen knee, or one that was recently injured or operated on, should be checked before massage.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
