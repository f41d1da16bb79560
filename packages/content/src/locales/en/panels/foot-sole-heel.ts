import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';
import { footMassageCalm, plantarHandsOn, numbFeet, injuredFoot } from './sole-shared.js';

export default {
  summary:
    'The plantar fascia starts at the heel, and hands-on work around it may help heel pain; chart links from the heel to the pelvis and lower back are tradition, not anatomy.',
  benefits: [
    plantarHandsOn,
    {
      text: 'Clinics often suggest rolling the sole over a ball or a frozen bottle, from the heel forwards, a few minutes at a time; this routine is a practice habit that has not been tested on its own.',
      evidence: 'traditional',
      sources: ['plantarSelfMassage'],
    },
    footMassageCalm,
    {
      text: 'Reflexology charts link the heel to the pelvis, hips, lower back and sciatic nerve. This is a traditional claim that research has not shown.',
      evidence: 'traditional',
      sources: ['reflexologyChartZones', 'reflexologyChartHeel', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Cup the heel in your hand, circle the thumb over its pad, then stroke forwards into the arch.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Start just in front of the heel and glide a thumb slowly forwards along the sole while the toes are gently pulled back.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'The heel pad is thick, but firm pressure should stay comfortable; skip it on a bruised or very painful heel.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Brief, steady pressure on tender spots just in front of the heel, not straight into the sore spot where the fascia attaches.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light strokes from the heel into the arch after a run.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumbs across the heel pad; the links to the pelvis and back are traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting, roll the sole over a frozen bottle from the front of the heel to the toes, without grinding on a painful spot.',
    },
  ],
  cautions: [
    numbFeet,
    injuredFoot,
    {
      text: 'Signs of a clot in the leg, such as swelling on one side, warmth, redness or cramping pain, mean no massage and a same-day medical check; breathlessness or chest pain is an emergency.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'In pregnancy, many reflexologists keep pressure light in the soft dips under the ankle bones, on either side of the heel; this is a precaution, not a proven risk.',
      evidence: 'traditional',
      sources: ['reflexologyCautionsMinnesota', 'pregnancyPressurePoints'],
    },
    {
      text: 'Heel pain that does not settle, or pain after a fall or a jump, needs a professional check rather than self-massage.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
