import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Gentle face and jaw massage can feel relaxing and may ease a tight, achy jaw a little.',
  benefits: [
    {
      text: 'In a small trial of people with long-term jaw-muscle pain, massage of the jaw muscles by a practitioner eased pain slightly more than advice and exercises at six weeks; the difference was modest, so evidence is limited.',
      evidence: 'mixed',
      sources: ['jawMyofascialTrial'],
    },
    {
      text: 'Studies of massage in general suggest a session may lower anxiety, heart rate and blood pressure for a while, and gentle face work is often part of that.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke lightly from the middle of the forehead out to the temples, then along the cheekbones.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Press gently on tender spots in the cheek muscle that bulges when you clench, holding for up to a minute.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'The skin is thin and full of small nerves and vessels, so keep pressure light.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Let your jaw hang loose and circle your fingertips over the jaw muscles just in front of your ears.',
    },
  ],
  cautions: [
    {
      text: 'Jaw pain when chewing together with a new headache or a tender scalp, especially after age 50, needs a prompt appointment with a doctor.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Skip broken, infected or inflamed skin, and go without oil, or test it on a small patch, if lotions have irritated your skin before.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
