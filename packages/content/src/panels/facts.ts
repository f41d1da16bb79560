import type { Benefit, Caution, CautionKind, Finding, PanelContent, TechniqueUse } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

// A panel's facts are written once, for every locale; its words are flat messages per locale, keyed
// by where they go: `summary`, `benefits.<id>`, `findings.<id>`, `techniques.<technique>`,
// `cautions.<id>`, `claim.location` and `claim.association` for a traditional claim, and
// `anatomy.action` and `anatomy.tension` for a muscle.

/**
 * An item of a panel as facts: what the core type says but its text, which is the message keyed by
 * the item's `id`; its sources are keys of the pack's source list.
 */
type ItemFacts<Item> = Omit<Item, 'text' | 'sources'> & { readonly id: string };

export type BenefitFacts = ItemFacts<Benefit> & { readonly sources: readonly SourceKey[] };
export type FindingFacts = ItemFacts<Finding> & { readonly sources: readonly SourceKey[] };
// The bundled pack gives every caution a kind, though the core type leaves it optional for other packs.
export type CautionFacts = ItemFacts<Caution> & { readonly kind: CautionKind; readonly sources?: readonly SourceKey[] };

export interface PanelFacts {
  /** The panel describes a spot that only a traditional chart defines. */
  readonly claim?: true;
  /** The panel is a muscle's: it says what the muscle does and where tension in it is commonly felt. */
  readonly anatomy?: true;
  readonly benefits: readonly BenefitFacts[];
  readonly findings?: readonly FindingFacts[];
  readonly techniques: readonly Omit<TechniqueUse, 'howTo'>[];
  readonly cautions: readonly CautionFacts[];
}

export type Messages = Readonly<Record<string, string>>;

/** Every message key a panel's facts call for, in the order the panel shows them. */
export function messageKeys(facts: PanelFacts): string[] {
  return [
    'summary',
    ...(facts.anatomy ? ['anatomy.action', 'anatomy.tension'] : []),
    ...(facts.claim ? ['claim.location', 'claim.association'] : []),
    ...facts.benefits.map((benefit) => `benefits.${benefit.id}`),
    ...(facts.findings ?? []).map((finding) => `findings.${finding.id}`),
    ...facts.techniques.map((use) => `techniques.${use.technique}`),
    ...facts.cautions.map((caution) => `cautions.${caution.id}`),
  ];
}

/** A panel from its facts and a function giving the text for each message key. */
export function joinPanel(facts: PanelFacts, text: (key: string) => string): PanelContent<SourceKey> {
  return {
    summary: text('summary'),
    ...(facts.claim && { claim: { location: text('claim.location'), association: text('claim.association') } }),
    ...(facts.anatomy && { anatomy: { action: text('anatomy.action'), tension: text('anatomy.tension') } }),
    benefits: facts.benefits.map(({ id, evidence, sources }) => ({ text: text(`benefits.${id}`), evidence, sources })),
    ...(facts.findings && {
      findings: facts.findings.map(({ id, direction, sources }) => ({ text: text(`findings.${id}`), direction, sources })),
    }),
    techniques: facts.techniques.map(({ technique, fit }) => ({ technique, fit, howTo: text(`techniques.${technique}`) })),
    cautions: facts.cautions.map(({ id, ...caution }) => ({ ...caution, text: text(`cautions.${id}`) })),
  };
}
