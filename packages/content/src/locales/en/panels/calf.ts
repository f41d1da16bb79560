import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Calf massage is popular after running and may ease soreness, but a swollen or painful calf on one side needs checking first.',
  benefits: [
    {
      text: 'Studies suggest massage after hard exercise may leave calves less sore in the few days that follow.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'Studies suggest rolling the calf may briefly increase ankle and leg range of motion, much as stretching does.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingPerformance'],
    },
    {
      text: 'A review of 29 trials found massage did not improve speed, strength or endurance, so treat it as comfort rather than a performance aid.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the ankle up towards the knee, then knead the bulk of the calf.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Hold tender spots in the calf for 30 to 60 seconds at a bearable pressure.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light, flowing strokes after a run; firmer maintenance work between races.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sit with the calf on a foam roller, cross the other leg on top for more pressure, and roll slowly.',
    },
  ],
  cautions: [
    {
      text: 'Swelling, warmth, redness or cramping pain in one calf can mean a blood clot: do not massage, and get seen the same day. If you become short of breath or have chest pain, call emergency services.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Do not press on varicose veins, bruises or damaged blood vessels.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'In pregnancy, many practitioners keep leg massage light, partly because clots are more likely then; there is no good evidence either way.',
      evidence: 'traditional',
      sources: ['pregnancyPressurePoints', 'dvtWarningSigns'],
    },
  ],
} satisfies PanelContent<SourceKey>;
