import type { ContentPack } from './content.js';
import { contentKind, mergeContent, missingContent, type PartialContentPack } from './merge-content.js';
import { validateContent } from './validate-content.js';

// Replaced by bundlers: the checks behind it are left out of production builds.
declare const process: { env: { NODE_ENV?: string } };

export interface ResolveContentOptions {
  /** The complete pack whose text fills every gap: the bundled English one. */
  readonly fallback: ContentPack;
  /** The active locale's pack, once loaded; the fallback until then. */
  readonly active: ContentPack;
  /** The host's own content, complete or partial, laid over the active pack; anything else is ignored. */
  readonly override?: unknown;
  /** The atlas's region ids, so that content for a region the atlas lacks is reported. */
  readonly regionIds: readonly string[];
}

/**
 * The pack a map shows: the fallback, under the active locale's pack, under the host's content.
 * A complete pack (perhaps for a custom atlas) replaces the bundled ones, and takes from the
 * fallback only the interface strings (and intake words) it lacks or gets wrong, so the map still works. `issues`
 * says, in plain sentences, what was missing, malformed or ignored; the content is usable anyway.
 * Production builds skip the checks for gaps and malformed entries (the content is cleaned all
 * the same) and report only content that is not a pack at all.
 */
export function resolveContent({ fallback, active, override, regionIds }: ResolveContentOptions): {
  content: ContentPack;
  issues: string[];
} {
  const issues: string[] = [];
  const kind = override === undefined ? undefined : contentKind(override);
  if (kind === 'invalid') {
    issues.push(`\`content\` must be a content pack object, not ${Array.isArray(override) ? 'an array' : typeof override}; it is ignored.`);
  }
  const usable = kind === 'complete' || kind === 'partial' ? (override as ContentPack | PartialContentPack) : undefined;
  const complete = kind === 'complete';
  // Laying a pack over itself, or nothing over a pack, would only copy it.
  const base = complete
    ? { ...fallback, labels: {}, panels: {}, captions: {}, sources: undefined, glossary: undefined, referrals: undefined, provenance: undefined }
    : active === fallback
      ? fallback
      : mergeContent(fallback, active);
  const content = usable === undefined ? base : mergeContent(base, usable);

  if (process.env.NODE_ENV === 'production') {
    return { content, issues };
  }
  if (!complete && active !== fallback) {
    const missing = missingContent(active, fallback);
    if (missing.length > 0) {
      issues.push(`The "${active.locale}" content pack lacks ${missing.length} entries; English is shown for: ${missing.join(', ')}.`);
    }
  }
  if (usable !== undefined) {
    // Strings are checked after merging (so a gap is filled, not reported); ids only where given.
    const problems = complete
      ? validateContent(usable, { regionIds })
      : validateContent({ ...content, labels: usable.labels ?? {}, panels: usable.panels ?? {} }, { regionIds, complete: false });
    if (problems.length > 0) {
      issues.push(`The content passed to the map has problems; the map shows what it can:\n${problems.map((issue) => `- ${issue.path}: ${issue.message}`).join('\n')}`);
    }
  }
  return { content, issues };
}
