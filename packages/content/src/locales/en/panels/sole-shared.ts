import type { Benefit, Caution } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

// What several zones of the sole say word for word, written once so that a correction reaches every zone. A zone
// that words a point its own way (the toes' cautions, the heel's clot warning) keeps its own text in its panel.

export const footMassageCalm: Benefit<SourceKey> = {
  text: 'Many people find a foot massage relaxing and feel less anxious for a while; in trials, reflexology has done no better than an ordinary, pleasant foot massage.',
  evidence: 'mixed',
  sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
};

export const footBalanceTrial: Benefit<SourceKey> = {
  text: 'In a small trial in nursing homes, one 20-minute session of massage and gentle joint movement of the feet and ankles improved two balance tests in people aged 65 to 95, compared with a dummy session.',
  evidence: 'mixed',
  sources: ['footBalanceTrial'],
};

export const footMassageAfterSurgery: Benefit<SourceKey> = {
  text: 'Studies suggest a whole-foot massage after keyhole gallbladder surgery may lower pain over the next hours and cut the need for extra painkillers, though the trials were small.',
  evidence: 'research-supported',
  sources: ['footMassageSurgeryMeta'],
};

export const plantarHandsOn: Benefit<SourceKey> = {
  text: 'Studies suggest that hands-on work on the sole, added to stretching, may help the foot work better and ease pain in plantar fasciitis and heel pain; the trials reviewed were small.',
  evidence: 'research-supported',
  sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
};

export const numbFeet: Caution<SourceKey> = {
  text: 'With diabetes or numb feet, a bruise or blister from massage can go unnoticed: press gently, skip broken skin, check your feet every day and see a podiatrist or doctor about any foot problem.',
  evidence: 'research-supported',
  sources: ['diabeticFootCare'],
};

export const injuredFoot: Caution<SourceKey> = {
  text: "No massage on a foot with a fracture, an unhealed wound, a gout flare or an infection such as athlete's foot or a verruca.",
  evidence: 'mixed',
  sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
};

export const swellingOrPastClot: Caution<SourceKey> = {
  text: 'Swelling that leaves a dent when pressed, varicose veins or a past blood clot call for a clinician’s advice before foot work.',
  evidence: 'mixed',
  sources: ['reflexologyCautionsIllinois'],
};

export const clotSigns: Caution<SourceKey> = {
  text: 'Signs of a clot in the leg, such as swelling on one side, warmth, redness or cramping pain, mean no massage and a same-day medical check.',
  evidence: 'research-supported',
  sources: ['dvtWarningSigns'],
};

/** The cautions that the ball and the arch both give in full, before each adds its own. */
export const soleCautions = [numbFeet, injuredFoot, swellingOrPastClot, clotSigns] as const;
