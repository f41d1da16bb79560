import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The sacrum and tailbone sit at the base of the spine between the hips; broad, gentle strokes here are calming, and firmer work belongs in the buttocks beside them.',
  benefits: [
    {
      text: 'Pain around the joints beside the sacrum is common in pregnancy, and side-lying massage is used for comfort, but no controlled study has looked at sacral massage itself; evidence is limited.',
      evidence: 'mixed',
      sources: ['pelvicGirdlePainReview', 'supineHypotension'],
    },
    {
      text: 'Practitioners traditionally begin and end a back massage with broad strokes over the sacrum, and many people find them calming (not shown by research).',
      evidence: 'traditional',
      sources: ['swedishMassageStrokes'],
    },
    {
      text: 'Low-back massage trials show brief relief that may extend here, but none has tested the sacrum on its own; evidence is limited.',
      evidence: 'mixed',
      sources: ['cochraneLowBack'],
    },
    {
      text: 'Studies suggest massage may lower anxiety, heart rate and blood pressure for a while, wherever it is given.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Make flat-palm circles over the sacrum, then work outwards into the buttocks.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Rest a flat hand on the sacrum with light, sustained pressure; no hard pressing on bone.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'No deep pressure on the sacrum or tailbone.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'Not on the bone; look for tender spots in the buttock muscles beside it.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Keep balls off the tailbone and roll the buttock muscles beside it instead.',
    },
  ],
  cautions: [
    {
      text: 'Avoid pressure on a tailbone that has recently been injured or broken.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'In later pregnancy, lie on your side rather than flat on your back.',
      evidence: 'research-supported',
      sources: ['supineHypotension'],
    },
    {
      text: 'Numbness around the genitals or inner thighs, or new bladder or bowel trouble, needs emergency care, not massage.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
  ],
} satisfies PanelContent<SourceKey>;
