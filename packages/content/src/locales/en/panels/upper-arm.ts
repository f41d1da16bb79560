import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Upper-arm massage is mainly about easing soreness after exercise; the effects are small and short-lived.',
  benefits: [
    {
      text: 'Studies suggest massage after hard exercise may reduce muscle soreness over the following one to three days.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'A review of 29 trials suggests massage may slightly improve flexibility, but it did not improve strength, speed or endurance.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the elbow up towards the shoulder, then knead the front and back of the arm.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Work slow, firm strokes along the front and back muscles, checking comfort as you go.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Short, brisk strokes before training; lighter, slower ones afterwards.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Squeeze and knead the arm with your other hand, or roll it slowly over a ball on a table.',
    },
  ],
  cautions: [
    {
      text: 'Keep firm pressure out of the armpit, where major nerves and blood vessels run.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'If you take blood thinners or bruise easily, skip deep or forceful massage and ask your doctor what is safe.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
    {
      text: 'No massage over a recent fracture, wound or surgical site.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
