import type { Evidence, ReferralNote, ReferralPack } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

// Each pattern's grade and sources, written once for every locale; both sides share one note.
const facts = {
  // Reproduced the usual headache in people with tension-type headache, but the trigger-point model is disputed.
  'upper-trapezius': { evidence: 'mixed', sources: ['trapeziusReferredPain', 'headNeckReferredPain', 'triggerPointCritique', 'palpationAgreementMeta'] },
  suboccipitals: { evidence: 'mixed', sources: ['headNeckReferredPain', 'triggerPointCritique', 'palpationAgreementMeta'] },
  // Its referral is one examiners reproduce; where the charts send it is not validated.
  'quadratus-lumborum': { evidence: 'mixed', sources: ['palpationReview', 'lowBackReferralCharts', 'triggerPointCritique'] },
  'gluteus-medius': { evidence: 'mixed', sources: ['palpationReview', 'triggerPointCritique'] },
  piriformis: { evidence: 'traditional', sources: ['triggerPointReferralCharts', 'triggerPointCritique'] },
} as const satisfies Record<string, { evidence: Evidence; sources: readonly SourceKey[] }>;

export type ReferralName = keyof typeof facts;

/** A locale's words for the referral patterns: the label they all carry, and each pattern's one sentence. */
export interface ReferralWords {
  readonly label: string;
  readonly notes: { readonly [Name in ReferralName]: string };
}

/** The pack of one locale: each pattern's words joined to its facts, for both sides of the body. */
export function referralPack(words: ReferralWords): ReferralPack<SourceKey> {
  const notes: Record<string, ReferralNote<SourceKey>> = {};
  for (const [name, { evidence, sources }] of Object.entries(facts) as [ReferralName, (typeof facts)[ReferralName]][]) {
    for (const side of ['left', 'right']) {
      notes[`${name}-${side}`] = { text: words.notes[name], evidence, sources };
    }
  }
  return { label: words.label, notes };
}
