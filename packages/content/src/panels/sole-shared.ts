import type { BenefitFacts, CautionFacts, FindingFacts } from './facts.js';

// What several zones of the sole say word for word, written once so that a correction reaches every zone. A zone
// that words a point its own way (the toes' cautions, the heel's clot warning) keeps its own item.

export const footMassageCalm = { id: 'foot-massage-calm', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology'] } satisfies BenefitFacts;

export const footBalanceTrial = { id: 'foot-balance-trial', evidence: 'mixed', sources: ['footBalanceTrial'] } satisfies BenefitFacts;

export const footMassageAfterSurgery = { id: 'foot-massage-after-surgery', evidence: 'research-supported', sources: ['footMassageSurgeryMeta'] } satisfies BenefitFacts;

export const plantarHandsOn = { id: 'plantar-hands-on', evidence: 'research-supported', sources: ['plantarFasciitisReview', 'plantarHeelPainReview'] } satisfies BenefitFacts;

// The zones that say a foot massage calms also say what trials found when reflexology was set against one.
export const reflexologyVsFootMassage = { id: 'reflexology-vs-foot-massage', direction: 'no-effect', sources: ['reflexologyReview'] } satisfies FindingFacts;

export const numbFeet = { id: 'numb-feet', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023'] } satisfies CautionFacts;

export const injuredFoot = { id: 'injured-foot', kind: 'avoid', evidence: 'mixed', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois'] } satisfies CautionFacts;

export const swellingOrPastClot = { id: 'swelling-or-past-clot', kind: 'see-a-doctor', evidence: 'mixed', sources: ['reflexologyCautionsIllinois'] } satisfies CautionFacts;

export const clotSigns = { id: 'clot-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] } satisfies CautionFacts;

/** The cautions that the ball and the arch both give in full, before each adds its own. */
export const soleCautions = [numbFeet, injuredFoot, swellingOrPastClot, clotSigns] as const;
