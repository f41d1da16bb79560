import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The twelve bones of the upper and mid spine each carry a pair of ribs; massage works the muscle channels beside them and mainly offers relaxation.',
  benefits: [
    {
      text: 'Massage along the upper and mid back mostly brings relaxation and short-term comfort; trials of this part alone are scarce, so evidence is limited.',
      evidence: 'mixed',
      sources: ['moyerMetaAnalysis', 'cochraneLowBack'],
    },
    {
      text: 'Studies suggest foam rolling or ball work beside the spine may give a brief gain in movement, similar to stretching.',
      evidence: 'research-supported',
      sources: ['foamRollingRange'],
    },
    {
      text: 'Studies suggest back massage may lower anxiety, heart rate and blood pressure for a while.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'Some people sleep better after slow back massage, but only a few small studies have looked, so evidence is limited.',
      evidence: 'mixed',
      sources: ['cancerSleepReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Use broad strokes down the muscle channels on either side of the spine, not over the bumps.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Slow strokes in the muscle channel beside the spine only, never on the bone.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Hold a light, sustained stretch beside the spine and wait for the tissue to ease.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'Not on the bone; treat tender spots in the muscles beside it instead.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Lay a foam roller across the spine, not along it, and roll slowly; keep balls beside the spine.',
    },
  ],
  cautions: [
    {
      text: 'Bones thinned by osteoporosis often crack in this part of the spine, so keep pressure light if your bone density is low, and never press on the bony bumps.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety', 'endangermentSites'],
    },
    {
      text: 'No thrust cracking or forceful pressing on the spine; serious harms mostly follow spinal manipulation.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'See a doctor before massage if back pain never lets up and is worse at night, or if you also have a fever, lose weight without trying or have had cancer.',
      evidence: 'mixed',
      sources: ['backPainRedFlags'],
    },
  ],
} satisfies PanelContent<SourceKey>;
