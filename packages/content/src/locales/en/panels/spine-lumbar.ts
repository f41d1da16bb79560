import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'These are the five lower-back bones. Massage works the thick muscles either side of them, where it may ease back pain for a while.',
  benefits: [
    {
      text: 'Studies suggest massage of the surrounding muscles may ease low-back pain in the short term, though the evidence is of low certainty.',
      evidence: 'research-supported',
      sources: ['cochraneLowBack', 'acpLowBackGuideline'],
    },
    {
      text: 'In a large trial, relaxation-style massage helped long-term low-back pain about as much as more targeted structural massage.',
      evidence: 'research-supported',
      sources: ['lowBackMassageTrial'],
    },
    {
      text: 'A guideline from US physicians names massage as one sensible drug-free first step for back pain of recent onset, though the evidence behind it is weak.',
      evidence: 'research-supported',
      sources: ['acpLowBackGuideline', 'nccihLowBack'],
    },
    {
      text: 'Studies suggest gains may fade once sessions stop, so massage helps most alongside staying active.',
      evidence: 'research-supported',
      sources: ['nccihMassage', 'lowBackMassageTrial'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke broadly up the muscle columns on either side of the spine, keeping off the central ridge.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Gentle, sustained stretch of the tissue beside the spine, never pressing on the bone.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'No deep pressure on the lower-back bones; keep firm work for the muscles beside them.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'Not on the bone; hold tender spots in the muscle columns either side instead.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Lean against a wall on two balls in a sock, one either side of the spine; never foam-roll directly on the lower spine.',
    },
  ],
  cautions: [
    {
      text: 'Emergency: numbness around the genitals, bottom or inner thighs, new bladder or bowel trouble, or quickly weakening legs need emergency care straight away.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
    {
      text: 'Pain that spreads down a leg should be assessed before firm massage.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'No thrust cracking or forceful manipulation as part of massage; reported disc and nerve injuries cluster around such techniques.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
