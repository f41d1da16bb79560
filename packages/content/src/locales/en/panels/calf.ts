import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Calf massage is popular after running and may ease soreness and stiffness for a while, but a swollen or painful calf on one side needs checking first.',
  benefits: [
    {
      text: 'Studies suggest massage after hard exercise may leave calves less sore in the few days that follow.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'Studies suggest a single bout of calf rolling can briefly let the ankle bend further, much as stretching does.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'ankleFoamRollingReview'],
    },
    {
      text: 'Whether regular rolling keeps the ankle looser is unclear: one trial found two weeks of daily calf rolling improved ankle bend and balance, but a review of rolling programmes found no lasting gain at the ankle.',
      evidence: 'mixed',
      sources: ['calfRollerTrial', 'foamRollingTraining'],
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
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Slow, firm strokes up the middle of the calf, easing off near the back of the knee and the Achilles tendon.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Hold tender spots in the calf for 30 to 60 seconds at a bearable pressure.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Cup the calf in both hands without oil and draw the tissue slowly upwards, pausing where it feels stuck.',
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
      text: 'No firm pressure or rolling behind the knee, where the calf muscles start and nerves and large vessels run.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'In pregnancy, many practitioners keep leg massage light, partly because clots are more likely then; there is no good evidence either way.',
      evidence: 'traditional',
      sources: ['pregnancyPressurePoints', 'dvtWarningSigns'],
    },
  ],
} satisfies PanelContent<SourceKey>;
