import type { Loadable } from './loadable.js';
import type { CsvColumn } from './intake/csv.js';
import type { PainQuality } from './intake/marks.js';
import type { LayerId, ViewId } from './region.js';
import type { SymptomPack } from './finder/symptom.js';
import type { RoutinePack } from './routines/routine.js';

/** The schema version of {@link ContentPack}; raised on any incompatible change. */
export const contentVersion = 1;

export const evidenceLevels = ['research-supported', 'mixed', 'traditional'] as const;
/**
 * How well a claim is supported: `research-supported` (reviews, guidelines or good trials found a
 * benefit), `mixed` (small, conflicting or no-better-than-sham results) or `traditional` (practice
 * tradition without supporting research).
 */
export type Evidence = (typeof evidenceLevels)[number];

export const techniqueIds = [
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'sports',
  'reflexology',
  'self-massage',
] as const;
export type TechniqueId = (typeof techniqueIds)[number];

export const techniqueFits = ['good', 'care', 'avoid'] as const;
/** How well a technique suits a region: a good fit, use with care, or not advised. */
export type TechniqueFit = (typeof techniqueFits)[number];

export const sourceKinds = [
  'guideline',
  'systematic-review',
  'trial',
  'study',
  'health-information',
  'practice',
  'traditional-chart',
] as const;
/**
 * What a source is, shown beside its title: a clinical `guideline` or a health body's
 * recommendation; a `systematic-review` (or meta-analysis); a controlled `trial`; another `study`
 * (observational, laboratory or a narrative review); `health-information` for the public from a
 * health body or publisher; a `practice` description (how practitioners work); or a
 * `traditional-chart`, cited only for what the chart claims.
 */
export type SourceKind = (typeof sourceKinds)[number];

export interface Source {
  readonly title: string;
  /** An absolute `https:` or `http:` address. */
  readonly url: string;
  readonly kind: SourceKind;
}

/**
 * A source given in full, or the key of one in the pack's {@link ContentPack.sources} list, which
 * lets a pack load its bibliography only when someone opens a list of sources.
 */
export type SourceReference<Key extends string = string> = Source | Key;

/** A statement graded by its evidence and sourced: a benefit, a referral pattern's note, a symptom's finding. */
export interface GradedStatement<SourceKey extends string = string> {
  readonly text: string;
  readonly evidence: Evidence;
  readonly sources: readonly SourceReference<SourceKey>[];
}

export type Benefit<SourceKey extends string = string> = GradedStatement<SourceKey>;

export const findingDirections = ['positive', 'no-effect', 'negative', 'unclear'] as const;
/**
 * Which way a research result went: `positive` (a benefit over the comparison), `no-effect` (no
 * benefit, or none beyond the comparison), `negative` (the opposite of the claimed effect, or harm)
 * or `unclear` (too weak or conflicting to tell).
 */
export type FindingDirection = (typeof findingDirections)[number];

/**
 * What research found about a claim, kept apart from benefits so that a result showing no benefit
 * never reads as one: it carries the result's direction rather than an evidence level.
 */
export interface Finding<SourceKey extends string = string> {
  readonly text: string;
  readonly direction: FindingDirection;
  readonly sources: readonly SourceReference<SourceKey>[];
}

export interface TechniqueUse {
  readonly technique: TechniqueId;
  readonly fit: TechniqueFit;
  /** One line on how the technique is done on this region. */
  readonly howTo: string;
}

export const cautionKinds = ['emergency', 'see-a-doctor', 'avoid', 'take-care'] as const;
/**
 * What a caution asks of the reader: `emergency` (get urgent help, not massage), `see-a-doctor`
 * (have it checked, or ask first), `avoid` (no massage or pressure there) or `take-care` (go gently,
 * or a precaution some practitioners keep).
 */
export type CautionKind = (typeof cautionKinds)[number];

export interface Caution<SourceKey extends string = string> {
  readonly text: string;
  /** Optional so that packs written before kinds existed stay valid; an `emergency` is labelled as one. */
  readonly kind?: CautionKind;
  readonly evidence?: Evidence;
  readonly sources?: readonly SourceReference<SourceKey>[];
}

/**
 * What a traditional chart says about a spot (a reflexology point): where it is and what the chart
 * links it to, shown under a plain "traditional claim" label; what research found about it is the
 * panel's {@link PanelContent.findings}.
 */
export interface TraditionalClaim {
  /** Where the spot is, in plain words ("the pad of the big toe"). */
  readonly location: string;
  /** What the charts link it to ("the head and brain"). */
  readonly association: string;
}

/** A muscle's panel's anatomy: plain sentences, each in the pack's language. */
export interface MuscleAnatomy {
  /** What the muscle does ("Lifts the shoulder blade and tilts the head"). */
  readonly action: string;
  /** Where tension in it is commonly felt, which may be away from the muscle itself. */
  readonly tension: string;
}

/** Everything a region's panel says; `SourceKey` narrows the keys it may cite. */
export interface PanelContent<SourceKey extends string = string> {
  /** One plain line on what massaging the region offers. */
  readonly summary: string;
  /** For a spot that only a traditional chart defines, what the chart claims. */
  readonly claim?: TraditionalClaim;
  /** For a muscle: what it does and where tension in it is commonly felt. */
  readonly anatomy?: MuscleAnatomy;
  /** Empty only for a caution-only zone (the front of the neck). */
  readonly benefits: readonly Benefit<SourceKey>[];
  /** What research found, including results that showed no benefit. */
  readonly findings?: readonly Finding<SourceKey>[];
  readonly techniques: readonly TechniqueUse[];
  readonly cautions: readonly Caution<SourceKey>[];
  /** The role of whoever reviewed this panel ("licensed massage therapist"), shown in small print. */
  readonly reviewedBy?: string;
}

/** One release of a pack's content and what changed in it. */
export interface ChangelogEntry {
  readonly version: string;
  /** An ISO 8601 date (`2025-06-30`). */
  readonly date: string;
  readonly changes: readonly string[];
}

/**
 * Where a pack's content stands: its own version (apart from the schema's
 * {@link ContentPack.version}), when it was last reviewed, and what changed in each version.
 */
export interface ContentProvenance {
  readonly version: string;
  /** An ISO 8601 date (`2025-06-30`). */
  readonly reviewed: string;
  /** Newest first; the bundled pack's loads on first use (`readLoadable`), since the map never shows it. */
  readonly changelog: Loadable<readonly ChangelogEntry[]>;
}

/** A technique's glossary entry, shown from the panel's Techniques section. */
export interface TechniqueDetails {
  /** What the technique is, in two or three plain sentences. */
  readonly description: string;
  /** Usual pressure on the 1 (feather-light) to 5 (deep) scale, as a range. */
  readonly pressure: readonly [min: number, max: number];
  /** Typical duration, in words ("10-15 minutes before an event"). */
  readonly duration: string;
  readonly evidence: Evidence;
  /** One or two sentences on what research shows. */
  readonly evidenceSummary: string;
  readonly sources: readonly SourceReference[];
}

/** The fixed words of the interface, per locale. */
export interface UiStrings {
  readonly mapLabel: string;
  readonly views: { readonly [View in ViewId]: string };
  readonly viewSwitchLabel: string;
  /** The symptom finder's label, shown before the rest of its words load: "Find by symptom". */
  readonly searchLabel: string;
  readonly layers: { readonly [Layer in LayerId]: string };
  /** The name of the group of buttons that choose the layer. */
  readonly layerSwitchLabel: string;
  /** A panel's button to a view that shows its region in detail; `{view}` is that view's name. */
  readonly showDetailView: string;
  readonly zoom: {
    /** The name of the group of zoom buttons. */
    readonly controls: string;
    readonly in: string;
    readonly out: string;
    readonly reset: string;
    /** Shown over the map when a wheel scrolled the page instead of zooming the map. */
    readonly wheelHint: string;
    /** Shown over the map when one finger at the whole view could neither scroll the page nor pan the map. */
    readonly touchHint: string;
  };
  /**
   * The marks beside the front and back figures for the person's own sides, such as "L" and "R":
   * short, since they sit beside the head at any zoom.
   */
  readonly sides: { readonly left: string; readonly right: string };
  readonly close: string;
  readonly loading: string;
  readonly loadFailed: string;
  /** Shown when a view's drawing could not be loaded; `{view}` is the view's name. */
  readonly viewFailed: string;
  /** Shown when the chosen language's pack could not be loaded and English is shown instead. */
  readonly localeFailed: string;
  readonly retry: string;
  /** Spoken when a panel opens; `{region}` is replaced by the region's name. */
  readonly panelOpened: string;
  /** Spoken when the view changes; `{view}` is replaced by the view's name. */
  readonly viewChanged: string;
  /** Spoken when the layer changes; `{layer}` is replaced by the layer's name. */
  readonly layerChanged: string;
  /**
   * The words a map in intake mode needs before intake mode's code and the rest of its words
   * ({@link ContentPack.intake}) have loaded.
   */
  readonly intake: {
    /** The map's name in intake mode, in place of {@link UiStrings.mapLabel}. */
    readonly mapLabel: string;
    /** The message of a required form with no marks. */
    readonly required: string;
    /** Said, with the retry button, when intake mode's code or words could not be loaded. */
    readonly failed: string;
  };
}

/**
 * The words that only a panel's text, a technique's glossary entry or a routine shows, per locale:
 * kept apart from {@link UiStrings} so that they load with the first panel opened rather than with
 * the map ({@link ContentPack.panelStrings}).
 */
export interface PanelStrings {
  /** The box a traditional claim sits in; see {@link TraditionalClaim}. */
  readonly claim: {
    readonly heading: string;
    /** One plain sentence saying the link is a tradition, not anatomy. */
    readonly notice: string;
    readonly location: string;
    readonly association: string;
  };
  readonly benefits: string;
  /** The heading of a panel's {@link PanelContent.findings}. */
  readonly findings: string;
  /** Each finding's direction in words. */
  readonly directions: { readonly [Direction in FindingDirection]: string };
  /** Each source's kind in words, shown beside its title. */
  readonly sourceKinds: { readonly [Kind in SourceKind]: string };
  /** The small print naming a panel's reviewer; `{role}` is {@link PanelContent.reviewedBy}. */
  readonly reviewedBy: string;
  readonly techniques: string;
  readonly cautions: string;
  /** The label before a caution whose {@link Caution.kind} is `emergency`. */
  readonly emergency: string;
  /** The heading of a benefit's or caution's list of sources. */
  readonly sources: string;
  /**
   * The name of that list's toggle, which must start with {@link PanelStrings.sources} (the words it
   * shows); `{text}` is the statement the sources back, so no two toggles in a panel share a name.
   */
  readonly sourcesFor: string;
  /** A muscle's panel, and the list of muscles in an area's panel. */
  readonly muscles: {
    /** The heading over {@link MuscleAnatomy.action}. */
    readonly action: string;
    /** The heading over {@link MuscleAnatomy.tension}. */
    readonly tension: string;
    /** Said of a deep muscle: that others cover it. */
    readonly deep: string;
    /** The heading of an area's list of the muscles in it, each a button that opens one. */
    readonly inArea: string;
  };
  readonly evidence: { readonly [Level in Evidence]: string };
  readonly fit: { readonly [Fit in TechniqueFit]: string };
  /**
   * Labels in a technique's glossary entry; `about`, the toggle that opens it, takes `{technique}`
   * (the technique's name), and `pressureRange` takes `{min}` and `{max}`.
   */
  readonly glossary: {
    readonly about: string;
    readonly pressure: string;
    readonly pressureRange: string;
    readonly duration: string;
    readonly evidence: string;
  };
  /** Each technique's name, shown in a panel, its glossary entry and a routine's steps. */
  readonly techniqueNames: { readonly [Technique in TechniqueId]: string };
  /**
   * What every panel and routine ends with: general information, not medical advice, and when to ask a
   * health professional first.
   */
  readonly disclaimer: string;
}

/**
 * The words of intake mode, where a client marks where it hurts, which load with its code:
 * `{region}` is a region's name, `{intensity}` a mark's 1–10, and `{min}` and `{max}` the form's
 * limits.
 */
export interface IntakeStrings {
  /** One line above the figure on how to mark. */
  readonly instructions: string;
  /** A marked region's description. */
  readonly pain: string;
  /** Spoken when a region is marked or its intensity changes. */
  readonly marked: string;
  /** Spoken when a mark is removed. */
  readonly unmarked: string;
  /** The intensity slider's name. */
  readonly intensity: string;
  /** What the ends of the scale mean. */
  readonly intensityHint: string;
  /** The name of the group of quality toggles. */
  readonly qualities: string;
  readonly note: string;
  /** A marked area's edit button in the list. */
  readonly edit: string;
  /** A marked area's remove button, in the editor and the list. */
  readonly remove: string;
  /** The heading of the list of marked areas. */
  readonly list: string;
  /** The list while nothing is marked. */
  readonly empty: string;
  /** The message of a form with fewer marks than its `min`. */
  readonly tooFew: string;
  /** The message of a form with more marks than its `max`. */
  readonly tooMany: string;
  /** The title of a figure of the marks exported with `toSvgString`; `{view}` is the view's name. */
  readonly figure: string;
  /** The column headings of the marks exported with `toCsv`. */
  readonly csv: { readonly [Column in CsvColumn]: string };
  /** Each pain quality's name, as the intake editor's toggles show it. */
  readonly painQualities: { readonly [Quality in PainQuality]: string };
}

/**
 * A replaceable content pack for one locale. Labels and strings are needed to draw the map, so they
 * are always present; each panel may be a loader so that its text loads only when it is opened.
 */
export interface ContentPack<Id extends string = string> {
  readonly version: typeof contentVersion;
  /** A BCP 47 tag such as `en`. */
  readonly locale: string;
  readonly strings: UiStrings;
  /** Each region's accessible name, such as "Left shoulder". */
  readonly labels: { readonly [Region in Id]?: string };
  /**
   * The words of a panel's text, the glossary and routines, down to the disclaimer they end with. A
   * panel or routine shows its text only once these have loaded too, so it is never shown without
   * them; the bundled English ones load with the first panel opened.
   */
  readonly panelStrings: Loadable<PanelStrings>;
  /** Intake mode's words, loaded with its code the first time a map is in intake mode. */
  readonly intake?: Loadable<IntakeStrings>;
  /** The technique glossary, usually loaded when a technique is first expanded. */
  readonly glossary?: Loadable<{ readonly [Technique in TechniqueId]: TechniqueDetails }>;
  readonly panels: { readonly [Region in Id]?: Loadable<PanelContent> };
  /** Sources that panels cite by key. */
  readonly sources?: Loadable<{ readonly [key: string]: Source }>;
  /** The texts of the atlas's captions by key (see `AtlasCaption`), such as `C1–C7`. */
  readonly captions?: { readonly [key: string]: string };
  /** The content's version, review date and changelog. */
  readonly provenance?: ContentProvenance;
  /** The symptoms the finder knows and its words, loaded the first time a finder is used. */
  readonly symptoms?: Loadable<SymptomPack>;
  /** Guided routines by id and their words, loaded the first time a routine is shown. */
  readonly routines?: Loadable<RoutinePack>;
  /** The words and grade of the atlas's referral patterns, loaded the first time a panel opens. */
  readonly referrals?: Loadable<ReferralPack>;
}

/** What the referral patterns say in one locale: the label every pattern carries, and each one's note. */
export interface ReferralPack<SourceKey extends string = string> {
  /** Beside every pattern's note: "A pattern people report, not anatomy". */
  readonly label: string;
  /** Each pattern's note, by `AtlasReferral` id. */
  readonly notes: { readonly [id: string]: ReferralNote<SourceKey> };
}

/** What a referral pattern's drawing says: where the pain is reported to go ("Tender spots here are reported to send pain up the neck to the temple."), graded. */
export type ReferralNote<SourceKey extends string = string> = GradedStatement<SourceKey>;

/** Replaces `{name}` placeholders in a UI string. */
export function formatString(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
