import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Hand massage is easy to give yourself or someone else, may ease aching hands and can comfort people in hospital or care; the trials are small.',
  benefits: [
    {
      text: 'In small trials of people with hand pain or hand and wrist arthritis, a weekly hand massage plus daily self-massage for four weeks eased pain and improved grip strength; the studies were small and came from one research group.',
      evidence: 'mixed',
      sources: ['handPainMassageTrial', 'handArthritisMassageTrial'],
    },
    {
      text: 'In intensive care after heart surgery, a 20-minute hand massage lowered pain and anxiety by about two points out of ten, more than simply holding the hand; it was a single small trial.',
      evidence: 'mixed',
      sources: ['cardiacSurgeryHandMassageTrial'],
    },
    {
      text: 'In one trial, hand massage while waiting for a heart test eased anxiety more than usual care alone; it is a single study, so evidence is limited.',
      evidence: 'mixed',
      sources: ['handMassageAnxietyTrial'],
    },
    {
      text: 'For people with dementia, a Cochrane review found very little reliable research, but what there was suggested hand massage may calm agitation for a short time.',
      evidence: 'mixed',
      sources: ['dementiaMassageCochrane'],
    },
    {
      text: 'Because hands are easy to reach, hand massage is a simple way to share calming touch; studies of massage in general suggest a session may lower anxiety and blood pressure for a while.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the fingertips to the wrist, then make thumb circles across the palm.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Press gently on tender spots in the fleshy pad at the base of the thumb for a few slow breaths.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'The hand is mostly small bones, tendons and joints, so firm deep pressure is not needed.',
    },
    {
      technique: 'reflexology',
      fit: 'care',
      howTo: 'Walk the thumb in small steps over the palm and fingers; the idea that hand areas link to organs is traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Circle the palm with the thumb of your other hand, then gently squeeze and slide along each finger.',
    },
  ],
  cautions: [
    {
      text: 'Skip hot, swollen or injured joints, cuts and infected skin.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'If the hand is numb, for example from diabetes, use light pressure and check afterwards for marks you did not feel.',
      evidence: 'mixed',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'In pregnancy, many practitioners avoid firm pressure on the web between thumb and index finger; this is a precaution, not a proven risk.',
      evidence: 'traditional',
      sources: ['pregnancyPressurePoints'],
    },
  ],
} satisfies PanelContent<SourceKey>;
