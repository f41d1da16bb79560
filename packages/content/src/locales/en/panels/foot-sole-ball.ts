import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The ball of the foot carries much of your weight as you walk, and kneading it can feel relaxing; reflexology charts that link it to the chest and heart are tradition, not anatomy.',
  benefits: [
    {
      text: 'Many people find a foot massage relaxing and feel less anxious for a while; in trials, reflexology has done no better than an ordinary, pleasant foot massage.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    {
      text: 'In a small trial in nursing homes, one 20-minute session of massage and gentle joint movement of the feet and ankles improved two balance tests in people aged 65 to 95, compared with a dummy session.',
      evidence: 'mixed',
      sources: ['footBalanceTrial'],
    },
    {
      text: 'Studies suggest a whole-foot massage after keyhole gallbladder surgery may lower pain over the next hours and cut the need for extra painkillers, though the trials were small.',
      evidence: 'research-supported',
      sources: ['footMassageSurgeryMeta'],
    },
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
    {
      text: 'With diabetes or numb feet, a bruise or blister from massage can go unnoticed: press gently, skip broken skin, check your feet every day and see a podiatrist or doctor about any foot problem.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: "No massage on a foot with a fracture, an unhealed wound, a gout flare or an infection such as athlete's foot or a verruca.",
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Swelling that leaves a dent when pressed, varicose veins or a past blood clot call for a clinician’s advice before foot work.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsIllinois'],
    },
    {
      text: 'Signs of a clot in the leg, such as swelling on one side, warmth, redness or cramping pain, mean no massage and a same-day medical check.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Pain under the ball of the foot that does not settle, or pain after an injury, needs a professional check rather than massage.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
