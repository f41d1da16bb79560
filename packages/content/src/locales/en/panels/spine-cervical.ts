import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'These are the seven neck bones. Massage works the muscles either side of them, gently and without forceful twisting.',
  benefits: [
    {
      text: 'Some people with ongoing neck pain get small, short-term relief from massage of the muscles around these bones; evidence is limited.',
      evidence: 'mixed',
      sources: ['cochraneNeck'],
    },
    {
      text: 'Headaches that come from the neck were also looked at, but the trials were too few to tell whether massage helps.',
      evidence: 'mixed',
      sources: ['cochraneNeck'],
    },
    {
      text: 'Studies suggest gentle work at the base of the skull may lower anxiety in the moment, which many people find relaxing.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Make fingertip circles under the rim of the skull beside the midline, then stroke down the muscles on either side.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Use light, sustained pressure beside the spine, never a pull that twists the neck.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'Do not press points on the bone itself; work tender spots in the muscles beside it instead.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Never press hard on the bony ridge at the back of the neck.',
    },
    {
      technique: 'self-massage',
      fit: 'avoid',
      howTo: 'Keep balls and rollers off the neck bones; use your fingertips on the muscles beside them.',
    },
  ],
  cautions: [
    {
      text: 'No forceful rotation, end-of-range stretching or thrust cracking, and stop if you feel dizzy or your vision changes.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Massage is not spinal manipulation: most serious harms reported after hands-on treatment involve manipulation rather than ordinary massage.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Keep firm pressure off the bony bumps down the middle.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
  ],
} satisfies PanelContent<SourceKey>;
