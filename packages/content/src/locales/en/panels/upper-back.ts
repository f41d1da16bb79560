import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Massage between and over the shoulder blades is mostly about relaxation and short-term comfort.',
  benefits: [
    {
      text: 'Few trials look at the upper back on its own. Neck and low-back research finds small, mostly short-lived pain relief, so expect the same here at best; evidence is limited.',
      evidence: 'mixed',
      sources: ['cochraneNeck', 'cochraneLowBack'],
    },
    {
      text: 'Studies suggest a session may lower anxiety, heart rate and blood pressure for a while, and a course of massage may ease anxious and low mood over time.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis', 'depressionMetaAnalysis'],
    },
    {
      text: 'In one trial of people with generalised anxiety disorder, Swedish massage twice a week for six weeks reduced anxiety more than light touch.',
      evidence: 'research-supported',
      sources: ['rapaportAnxietyTrial'],
    },
    {
      text: 'Some people sleep better after slow back massage; the studies are few and small, so evidence is limited.',
      evidence: 'mixed',
      sources: ['cancerSleepReview'],
    },
    {
      text: 'Studies suggest a foam roller or ball may loosen you up for a short while, much as stretching does, though most of that research is on leg muscles.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingPerformance'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke upwards beside the spine, fan out across each shoulder blade, then knead the strip between spine and blade.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'With the arm hanging off the table or resting behind the back, stroke slowly along the inner edge of the shoulder blade.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Hold tender spots between the spine and shoulder blade for 30 to 60 seconds, easing as they soften.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Cross your hands over the upper back, stretch the tissue apart gently and hold until it gives.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Regular maintenance work suits rowers, swimmers and racket players.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Trap a tennis ball between your back and a wall beside the spine and bend your knees to roll it, about two minutes a side.',
    },
  ],
  cautions: [
    {
      text: 'Keep firm pressure off the bony bumps of the spine and off the ribs.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'If you have osteoporosis or have broken a bone easily before, ask for a light touch and careful positioning, as ribs and spine bones can crack under modest force.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety', 'nihMassageBackgrounder'],
    },
    {
      text: 'See a doctor before massage if back pain never lets up and is worse at night, or if you also have a fever, lose weight without trying or have had cancer.',
      evidence: 'mixed',
      sources: ['backPainRedFlags'],
    },
  ],
} satisfies PanelContent<SourceKey>;
