import type { BenefitFacts, CautionFacts } from './facts.js';

// What several zones of the sole say word for word, written once so that a correction reaches every zone. A zone
// that words a point its own way (the toes' cautions, the heel's clot warning) keeps its own item.

export const footMassageCalm = { id: 'foot-massage-calm', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'] } satisfies BenefitFacts;

export const footBalanceTrial = { id: 'foot-balance-trial', evidence: 'mixed', sources: ['footBalanceTrial'] } satisfies BenefitFacts;

export const footMassageAfterSurgery = { id: 'foot-massage-after-surgery', evidence: 'research-supported', sources: ['footMassageSurgeryMeta'] } satisfies BenefitFacts;

export const plantarHandsOn = { id: 'plantar-hands-on', evidence: 'research-supported', sources: ['plantarFasciitisReview', 'plantarHeelPainReview'] } satisfies BenefitFacts;

export const numbFeet = { id: 'numb-feet', evidence: 'research-supported', sources: ['diabeticFootCare'] } satisfies CautionFacts;

export const injuredFoot = { id: 'injured-foot', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'] } satisfies CautionFacts;

export const swellingOrPastClot = { id: 'swelling-or-past-clot', evidence: 'mixed', sources: ['reflexologyCautionsIllinois'] } satisfies CautionFacts;

export const clotSigns = { id: 'clot-signs', evidence: 'research-supported', sources: ['dvtWarningSigns'] } satisfies CautionFacts;

/** The cautions that the ball and the arch both give in full, before each adds its own. */
export const soleCautions = [numbFeet, injuredFoot, swellingOrPastClot, clotSigns] as const;
