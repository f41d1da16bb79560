import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';
import { footBalanceTrial, footMassageAfterSurgery, clotSigns } from './sole-shared.js';

export default {
  summary:
    'Circling and gently bending the toes is a soothing part of a foot massage; reflexology charts that link the toes to the head and neck are tradition, not anatomy.',
  benefits: [
    {
      text: 'Many people find having their toes and feet massaged relaxing and feel less anxious for a while; in trials, reflexology has done no better than an ordinary, pleasant foot massage.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    footBalanceTrial,
    footMassageAfterSurgery,
    {
      text: 'Reflexology charts link the toes to the head, sinuses, eyes, ears and neck. This is a traditional claim that research has not shown.',
      evidence: 'traditional',
      sources: ['reflexologyChartToes', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Hold each toe between finger and thumb, circle it slowly, then stroke from its base to its tip.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'There is little muscle here: keep pressure moderate and never force a stiff or painful toe joint.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumb over the pad and base of each toe; the links to the head are traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting with the foot across your knee, slide your fingers between the toes to spread them, then bend each toe gently up and down.',
    },
  ],
  cautions: [
    {
      text: 'With diabetes or numb toes, a bruise, blister or small cut from massage can go unnoticed: press gently, skip broken skin, check your feet every day and see a podiatrist or doctor about any foot problem.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: "No massage on a toe that may be broken, an unhealed wound, a gout flare or an infection such as athlete's foot between the toes, a verruca or nail fungus.",
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Poor circulation in the feet or arthritis in the foot or ankle: ask a clinician before reflexology or firm foot work.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
    clotSigns,
    {
      text: 'Toe pain or swelling that does not settle, or pain after a stub or a fall, needs a professional check rather than massage.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
