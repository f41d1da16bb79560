import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Thigh massage is a staple of sports recovery: it may ease soreness and briefly loosen the muscles, but it will not boost performance.',
  benefits: [
    {
      text: 'Studies suggest massage or foam rolling after hard exercise may leave muscles less sore for a few days afterwards.',
      evidence: 'research-supported',
      sources: ['sorenessMeta', 'foamRollingPerformance'],
    },
    {
      text: 'Studies suggest rolling the thigh may briefly increase range of motion about as much as stretching, and several weeks of regular rolling may add a moderate gain.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingTraining'],
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
