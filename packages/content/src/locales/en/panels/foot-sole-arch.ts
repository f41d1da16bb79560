import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';
import { footMassageCalm, footBalanceTrial, plantarHandsOn, soleCautions } from './sole-shared.js';

export default {
  summary:
    'The arch holds the plantar fascia, the tough band from heel to toes; hands-on work here may help heel pain, while chart links from the arch to belly organs are tradition, not anatomy.',
  benefits: [
    plantarHandsOn,
    {
      text: 'Clinics often suggest rolling the arch over a ball or a frozen bottle for a few minutes, two or three times a day; this routine is a practice habit that has not been tested on its own.',
      evidence: 'traditional',
      sources: ['plantarSelfMassage'],
    },
    footBalanceTrial,
    footMassageCalm,
    {
      text: 'Reflexology charts link the arch to the stomach, liver, kidneys and bowel. This is a traditional claim that research has not shown.',
      evidence: 'traditional',
      sources: ['reflexologyChartArch', 'reflexologyChartAbmp', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'With the toes gently pulled back, glide a thumb slowly along the arch from the heel towards the ball.',
    },
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke up the arch with both thumbs from heel to toes, then knead across it.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Slow knuckle strokes along the arch only while they stay comfortable; skip a foot that is swollen, bruised or numb.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Hold brief, steady pressure on tender spots in the arch, easing off if the pain turns sharp.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light, flowing strokes along the arch after a run.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumbs across the arch in rows; the links to belly organs are traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting, roll the arch slowly over a tennis ball or a frozen bottle, resting 10 to 15 seconds on tight spots.',
    },
  ],
  cautions: [
    ...soleCautions,
    {
      text: 'Arch or heel pain that does not settle, or pain after an injury, needs a professional check rather than self-massage.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
