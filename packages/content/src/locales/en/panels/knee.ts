import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Massage around the knee may ease osteoarthritis pain and stiffness for a while, best alongside exercise; keep pressure off the kneecap and the back of the knee.',
  benefits: [
    {
      text: 'A review of 12 trials found massage eased knee osteoarthritis pain and stiffness and helped function in the first weeks, but not in the long run; the evidence was of low to moderate quality.',
      evidence: 'research-supported',
      sources: ['kneeMassageMeta'],
    },
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
    {
      text: "England's guideline on osteoarthritis puts exercise and, where needed, weight loss first, and suggests considering hands-on soft-tissue work only alongside exercise, not on its own.",
      evidence: 'research-supported',
      sources: ['niceOsteoarthritis'],
    },
    {
      text: 'In a small trial, people who learned a 20-minute self-massage of the front thigh muscle, done twice a week, reported less knee pain and stiffness than a waiting-list group; knee bend did not change and nobody was blinded.',
      evidence: 'mixed',
      sources: ['kneeSelfMassageTrial'],
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
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Work tender spots in the thigh muscles just above the knee rather than the joint itself.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'No firm pressure on the joint itself or into the back of the knee.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Knead the front thigh with both hands from hip to just above the kneecap; never roll over the kneecap or behind the knee.',
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
