import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';
import { footMassageCalm, footBalanceTrial, footMassageAfterSurgery, soleCautions } from './sole-shared.js';

export default {
  summary:
    'The ball of the foot carries much of your weight as you walk, and kneading it can feel relaxing; reflexology charts that link it to the chest and heart are tradition, not anatomy.',
  benefits: [
    footMassageCalm,
    footBalanceTrial,
    footMassageAfterSurgery,
    {
      text: 'Reflexology charts link the ball of the foot to the chest, lungs, heart and shoulders. This is a traditional claim that research has not shown.',
      evidence: 'traditional',
      sources: ['reflexologyChartBall', 'reflexologyChartPrinciples', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Knead the ball with both thumbs in small circles, working across from the big toe to the little toe.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'With the toes gently pulled back, glide a thumb slowly across the ball and on into the arch.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Firmer thumb or knuckle pressure only if it feels comfortable; ease off over bony spots and never press a swollen or numb forefoot.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light, brisk strokes over the ball and the rest of the sole after a run.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumbs in rows across the ball; the links to the chest and heart are traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting, rest the ball of the foot on a tennis ball and roll it slowly from side to side, leaning in only a little.',
    },
  ],
  cautions: [
    ...soleCautions,
    {
      text: 'Pain under the ball of the foot that does not settle, or pain after an injury, needs a professional check rather than massage.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
