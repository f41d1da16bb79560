import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The buttock and outer hip muscles are big and well suited to massage, which may ease soreness and briefly free up movement.',
  benefits: [
    {
      text: 'Side-hip muscles are often weaker and more tender in people with low-back pain, one reason back massage often takes in the hips; which comes first is unclear, so evidence is limited.',
      evidence: 'mixed',
      sources: ['gluteusMediusReview'],
    },
    {
      text: 'Examiners agree fairly well on pain spreading from tender spots in the side-hip muscle, which is unusual for trigger points; evidence is still limited.',
      evidence: 'mixed',
      sources: ['palpationReview'],
    },
    {
      text: 'Practitioners traditionally map deep buttock muscles as a source of sciatica-like pain running down the leg (not shown by research).',
      evidence: 'traditional',
      sources: ['triggerPointReferralCharts', 'triggerPointCritique'],
    },
    {
      text: 'Studies suggest foam rolling or massage before activity may give a short-lived gain in range of motion, similar to stretching; most studies looked at the thigh.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingPerformance'],
    },
    {
      text: 'Studies suggest massage or rolling after hard exercise may take the edge off muscle soreness for a few days afterwards.',
      evidence: 'research-supported',
      sources: ['sorenessMeta', 'sportsMassageMeta', 'foamRollingPerformance'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Knead the whole buttock and outer hip with the palms and finish with broad circular strokes.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Use slow forearm strokes over the upper, outer buttock, checking in as you go.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Press and hold a tender spot high on the outer buttock for 30 to 60 seconds; let go if tingling starts.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Stretch the tissue slowly from the sacrum towards the outer hip and hold until it gives.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Brisk strokes before an event, gentler ones after, and regular maintenance for runners and cyclists.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sit on a ball under one buttock and shift your weight slowly; get off it if your leg tingles or goes numb.',
    },
  ],
  cautions: [
    {
      text: 'The sciatic nerve runs through the middle of the buttock; if deep pressure there brings tingling or numbness, lighten up or move away.',
      evidence: 'mixed',
      sources: ['piriformisAnatomy', 'endangermentSites'],
    },
    {
      text: "If you have had a broken hip, a new hip joint or other surgery here, follow your surgical team's advice and keep off the wound.",
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'Osteoporosis makes hip fractures more likely, so avoid heavy pressure over the bony point of the hip.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety'],
    },
    {
      text: 'Leg symptoms with numbness around the genitals or new bladder or bowel trouble need emergency care.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
  ],
} satisfies PanelContent<SourceKey>;
