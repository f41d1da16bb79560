import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Thigh massage and rolling are staples of sports recovery: they may ease soreness and briefly loosen the muscles, but they will not boost performance.',
  benefits: [
    {
      text: 'Studies suggest massage or foam rolling after hard exercise may leave the big thigh muscles less sore for a few days afterwards.',
      evidence: 'research-supported',
      sources: ['sorenessMeta', 'foamRollingPerformance'],
    },
    {
      text: 'Studies suggest rolling the front or back of the thigh may briefly increase range of motion about as much as stretching, and a review found regular rolling for more than four weeks gave moderate gains at the hamstrings and quadriceps.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingTraining'],
    },
    {
      text: 'Longer-term results are less clear: another review of rolling programmes of four weeks or more found conflicting effects on flexibility and mostly no gain in performance.',
      evidence: 'mixed',
      sources: ['chronicFoamRollingReview'],
    },
    {
      text: 'A single hamstring massage improved leg range straight afterwards in one study of 34 women, but made no difference to a sit-and-reach test in another of active men, so the evidence is mixed.',
      evidence: 'mixed',
      sources: ['hamstringMassageRangeStudy', 'hamstringMassageSitReach'],
    },
    {
      text: 'Slow myofascial stretching along the back of the leg does loosen the hamstrings, but reviews found it no better than ordinary stretching or other soft-tissue work, and the trials vary in quality.',
      evidence: 'mixed',
      sources: ['myofascialFlexibilityMeta', 'myofascialReleaseReview'],
    },
    {
      text: 'Practitioners traditionally say massage flushes lactic acid out of tired legs (not shown by research); in one experiment it actually slowed its removal compared with resting.',
      evidence: 'traditional',
      sources: ['lacticAcidStudy'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the knee up towards the hip, then knead the front, back and sides of the thigh.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Use slow forearm strokes along the big muscles, adjusting pressure to feedback.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Hold steady thumb or elbow pressure on tender spots in the front thigh muscle for 30 to 60 seconds.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Lay both palms on the back of the thigh without oil, stretch the skin apart slowly and hold for a minute or two.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Brisk strokes shortly before an event; slower, lighter ones after cooling down.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Lie with the thigh on a foam roller and roll slowly from hip to just above the knee, 30 to 120 seconds per area.',
    },
  ],
  cautions: [
    {
      text: 'Swelling, warmth, redness or cramping pain in one leg can mean a blood clot: do not massage, and get seen the same day. If you become short of breath or have chest pain, call emergency services.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Keep firm pressure and rollers away from the groin, where large blood vessels and nerves lie close to the surface.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'If you take blood thinners or bruise easily, skip deep or forceful massage and ask your doctor what is safe.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
  ],
} satisfies PanelContent<SourceKey>;
