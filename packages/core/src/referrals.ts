import type { Atlas, AtlasReferral, ViewBoxPoint } from './atlas.js';
import type { ContentPack, ReferralPack } from './content.js';
import type { Loadable, LoadState } from './loadable.js';
import { describeValue, isRecord } from './records.js';
import type { ViewId } from './region.js';

/**
 * A referral pattern as a renderer draws it: its atlas entry with each outline of its area smoothed
 * into a path, and the line from its spot to the area.
 */
export interface ReferralShape<Id extends string = string> extends AtlasReferral<Id> {
  readonly paths: readonly string[];
  readonly line: readonly [from: ViewBoxPoint, to: ViewBoxPoint];
}

/** What decides which referral patterns a map draws. */
export interface ReferralQuery {
  /** The view shown: a pattern is drawn only in its own view. */
  readonly view: ViewId;
  /** The region whose panel is open, or `null` for none. */
  readonly open: string | null;
  /** The regions that answer the symptom chosen in the finder. @default [] */
  readonly matches?: readonly string[];
}

/**
 * The patterns to draw: those of the view shown with a source that is open or answers the chosen
 * symptom, in the atlas's order.
 */
export function shownReferrals<Referral extends AtlasReferral>(referrals: readonly Referral[], { view, open, matches = [] }: ReferralQuery): Referral[] {
  return referrals.filter((referral) => referral.view === view && referral.sources.some((source) => source === open || matches.includes(source)));
}

/** The patterns a region's panel tells of: those drawn with the region among their sources. */
export function referralsFrom<Referral extends AtlasReferral>(referrals: readonly Referral[], region: string): Referral[] {
  return referrals.filter((referral) => referral.sources.includes(region));
}

/**
 * The line from where pressure is applied to where the pain is felt: from the spot to the area's
 * control point nearest it, so the line ends at the area's edge rather than crossing it.
 */
export function referralLine(referral: Pick<AtlasReferral, 'spot' | 'area'>): readonly [from: ViewBoxPoint, to: ViewBoxPoint] {
  const [x, y] = referral.spot;
  let nearest: ViewBoxPoint = referral.spot;
  let distance = Infinity;
  for (const point of referral.area.flat()) {
    const next = Math.hypot(point[0] - x, point[1] - y);
    if (next < distance) {
      distance = next;
      nearest = point;
    }
  }
  return [referral.spot, nearest];
}

const isPoint = (value: unknown): value is ViewBoxPoint => Array.isArray(value) && value.length === 2 && value.every(Number.isFinite);
const isOutline = (value: unknown): value is readonly ViewBoxPoint[] => Array.isArray(value) && value.length >= 3 && value.every(isPoint);

/**
 * An atlas's referral patterns as a renderer can draw them, from whatever an atlas holds: each
 * entry that cannot be drawn (no id, an unknown view, no known source, a spot or area that is not
 * points) is left out and named in `issues`, as is a source id the atlas lacks.
 */
export function checkReferrals(
  value: unknown,
  { regionIds, views }: { readonly regionIds: readonly string[]; readonly views: readonly string[] },
): { referrals: AtlasReferral[]; issues: string[] } {
  const issues: string[] = [];
  if (!Array.isArray(value)) {
    return { referrals: [], issues: [`\`referrals\` must be an array of referral patterns, not ${describeValue(value)}; none is drawn.`] };
  }
  const referrals: AtlasReferral[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of value.entries()) {
    const where = isRecord(entry) && typeof entry.id === 'string' ? `"${entry.id}"` : `at index ${index}`;
    if (!isRecord(entry) || typeof entry.id !== 'string' || entry.id === '') {
      issues.push(`The referral pattern ${where} has no id; it is not drawn.`);
      continue;
    }
    if (typeof entry.view !== 'string' || !views.includes(entry.view)) {
      issues.push(`The referral pattern ${where} names a view the atlas lacks, ${describeValue(entry.view)}; it is not drawn.`);
      continue;
    }
    if (!isPoint(entry.spot) || !Array.isArray(entry.area) || entry.area.length === 0 || !entry.area.every(isOutline)) {
      issues.push(`The referral pattern ${where} needs a spot (a point) and an area (outlines of three points or more); it is not drawn.`);
      continue;
    }
    const sources: readonly unknown[] = Array.isArray(entry.sources) ? entry.sources : [];
    const known = sources.filter((source): source is string => typeof source === 'string' && regionIds.includes(source));
    if (known.length < sources.length) {
      issues.push(`The referral pattern ${where} names sources the atlas lacks: ${describeValue(sources.filter((source) => !(known as readonly unknown[]).includes(source)))}.`);
    }
    if (known.length === 0) {
      issues.push(`The referral pattern ${where} has no source region; it is not drawn.`);
      continue;
    }
    if (seen.has(`${entry.view} ${entry.id}`)) {
      issues.push(`The referral pattern ${where} is given twice in the ${entry.view} view; the second is not drawn.`);
      continue;
    }
    seen.add(`${entry.view} ${entry.id}`);
    referrals.push({ id: entry.id, view: entry.view as ViewId, sources: known, spot: entry.spot, area: entry.area });
  }
  return { referrals, issues };
}

/** What {@link createReferralPicker} needs from the controller. */
export interface ReferralPickerOptions {
  readonly regionIds: readonly string[];
  /** The list handed back while nothing is drawn, the controller's own, so that its snapshot keeps one. @default [] */
  readonly empty?: readonly ReferralShape[];
  /** The views the atlas draws. */
  readonly views: readonly string[];
  readonly warn: (message: string) => void;
  /** Smooths a closed outline into a path, as the silhouette is drawn. */
  readonly smooth: (outline: readonly ViewBoxPoint[]) => string;
}

/**
 * What a controller picks its patterns with: each list the atlas gives is checked (its problems
 * reported in one warning) and shaped once, and the patterns shown stay the same array while they
 * are the same, so a part subscribed to them re-renders only when they change.
 */
export function createReferralPicker({
  regionIds,
  views,
  warn,
  smooth,
  empty = [],
}: ReferralPickerOptions): (list: unknown, query: ReferralQuery) => readonly ReferralShape[] {
  let checkedList: unknown;
  let usable: ReferralShape[] = [];
  let last = empty;
  return (list, query) => {
    if (list !== checkedList) {
      checkedList = list;
      const { referrals, issues } = checkReferrals(list, { regionIds, views });
      usable = referrals.map((referral) => ({ ...referral, paths: referral.area.map(smooth), line: referralLine(referral) }));
      if (issues.length > 0) {
        warn(`The atlas's referral patterns have problems; the others are drawn:\n${issues.map((issue) => `- ${issue}`).join('\n')}`);
      }
    }
    const next = shownReferrals(usable, query);
    if (next.length !== last.length || next.some((referral, index) => referral !== last[index])) {
      last = next.length === 0 ? empty : next;
    }
    return last;
  };
}

const none: readonly ReferralShape[] = [];

/** The referral patterns a map draws and their words, as its snapshot holds them. */
export interface ReferralsSnapshot {
  /** The referral patterns drawn: those of the view shown whose source is open, once they have loaded. */
  readonly referrals: readonly ReferralShape[];
  /** The referral patterns' words in the locale shown, once they have loaded; else `null`. */
  readonly referralNotes: ReferralPack | null;
}

/** What {@link createReferrals} needs from the controller that loads it. */
export interface ReferralHost extends Omit<ReferralPickerOptions, 'views'> {
  readonly atlas: Pick<Atlas, 'views' | 'referrals'>;
  /** Reads a loadable, publishing again when its load settles. */
  readonly read: <T>(loadable: Loadable<T>) => LoadState<T>;
}

/**
 * A controller's referral patterns, from the state it shows and its content: the patterns drawn
 * once the atlas's have loaded (none while they load, or if they failed), for the open region and
 * the regions that answer a chosen symptom (`matches`), and their words once the content's have.
 */
export function createReferrals({ atlas, read, ...options }: ReferralHost): (
  state: { readonly view: ViewId; readonly selectedRegion: string | null; readonly matches?: readonly string[] },
  content: Pick<ContentPack, 'referrals'>,
) => ReferralsSnapshot {
  const pick = createReferralPicker({ ...options, views: Object.keys(atlas.views) });
  return (state, content) => {
    const drawings = atlas.referrals === undefined ? undefined : read(atlas.referrals);
    const notes = content.referrals === undefined ? undefined : read(content.referrals);
    return {
      referrals: drawings?.status === 'loaded' ? pick(drawings.value, { view: state.view, open: state.selectedRegion, matches: state.matches }) : (options.empty ?? none),
      referralNotes: notes?.status === 'loaded' ? notes.value : null,
    };
  };
}
