import {
  loadValue,
  validateContent,
  type Atlas,
  type AtlasView,
  type ContentPack,
  type ContentProvenance,
  type Loadable,
  type ViewId,
} from '@bodymap/core';
import { atlas } from './atlas/index.js';
import { regionIds, type RegionId } from './atlas/regions.js';
import { locales } from './locales/index.js';

/** What {@link preload} loads ahead. */
export interface PreloadRequest {
  /** The views to draw at once, such as the one a page opens on. @default [] */
  readonly views?: readonly ViewId[];
  /** The locales whose packs (names, interface text, captions) to have at once. @default [] */
  readonly locales?: readonly string[];
}

/**
 * What a first render needs of one bundled content pack, as plain data: its interface text, names,
 * captions and provenance. The rest (panels, the panel strings, sources, glossary and the like)
 * loads on demand once {@link preloaded} has put the pack back together.
 */
export interface PreloadedPack {
  readonly version: ContentPack['version'];
  readonly locale: string;
  readonly strings: ContentPack['strings'];
  readonly labels: ContentPack<RegionId>['labels'];
  readonly captions?: ContentPack['captions'];
  readonly provenance?: Omit<ContentProvenance, 'changelog'>;
}

/**
 * The views and packs a {@link PreloadRequest} asked for, as plain data that survives
 * `JSON.stringify` and React's serialised props: what {@link preload} resolves to and
 * {@link preloaded} takes. What the bundled content has at once anyway (the front view, English)
 * is left out, since the browser has it too.
 */
export interface PreloadedContent {
  /** Tells this object apart from anything else handed to {@link preloaded}. */
  readonly format: typeof preloadedFormat;
  readonly views: { readonly [View in ViewId]?: AtlasView<RegionId> };
  readonly locales: { readonly [locale: string]: PreloadedPack };
}

/** The bundled content with the preloaded parts in place: the `atlas` and `locales` props of a map. */
export interface Preloaded {
  readonly atlas: Atlas<RegionId>;
  readonly locales: typeof locales;
}

/** The value of {@link PreloadedContent.format}, raised on any incompatible change to its shape. */
export const preloadedFormat = 'bodymap-preloaded/1';

/**
 * Loads the given views and packs of the bundled content and resolves to them as plain data, for a
 * server to pass to the page as props (from a server component to a client component, through
 * `getServerSideProps` or an island's props); the page hands them to {@link preloaded}. Rejects,
 * naming what there is, for a view or locale the bundled content lacks.
 */
export async function preload(request: PreloadRequest = {}): Promise<PreloadedContent> {
  const views = names(request.views, 'views').map((view) => required(atlas.views, view, 'view', 'preload'));
  const packs = names(request.locales, 'locales').map((locale) => required(locales, locale, 'locale', 'preload'));
  const [drawn, loaded] = await Promise.all([
    Promise.all(views.filter(([, view]) => typeof view === 'function').map(([name, view]) => loadValue(view).then((value) => [name, value] as const))),
    Promise.all(packs.filter(([, pack]) => typeof pack === 'function').map(([name, pack]) => loadValue(pack).then((value) => [name, packData(value)] as const))),
  ]);
  return { format: preloadedFormat, views: Object.fromEntries(drawn), locales: Object.fromEntries(loaded) };
}

// One result per object, so that a component may call `preloaded` as it renders: every render
// gets the same atlas and packs, and the map does not take them for new content.
const rebuilt = new WeakMap<object, Preloaded>();

/**
 * The bundled atlas and locales with what {@link preload} gave in place, at once: the server
 * renders them in full (every region of those views drawn and named in those languages) and the
 * browser hydrates the same HTML. Everything else, including each preloaded pack's panels, sources,
 * glossary and the other views, still loads on demand. Throws for anything but what `preload`
 * resolves to (parsed from JSON or not), or a view or locale the bundled content lacks.
 */
export function preloaded(content: PreloadedContent): Preloaded {
  const known = typeof content === 'object' && content !== null ? rebuilt.get(content) : undefined;
  if (known !== undefined) {
    return known;
  }
  if (!isRecord(content) || content.format !== preloadedFormat || !isRecord(content.views) || !isRecord(content.locales)) {
    throw new Error(`preloaded: expected what preload() resolves to, { format: '${preloadedFormat}', views, locales }; got ${describe(content)}.`);
  }
  const views = Object.entries(content.views).map(([name, view]) => [name, checkedView(name, view)] as const);
  const packs = Object.entries(content.locales).map(([name, pack]) => [name, rebuiltPack(name, pack)] as const);
  const result: Preloaded = {
    atlas: { ...atlas, views: { ...atlas.views, ...(Object.fromEntries(views) as Partial<Record<ViewId, AtlasView<RegionId>>>) } },
    locales: { ...locales, ...Object.fromEntries(packs) },
  };
  rebuilt.set(content, result);
  return result;
}

function packData(pack: ContentPack<RegionId>): PreloadedPack {
  const { version, locale, strings, labels, captions, provenance } = pack;
  return {
    version,
    locale,
    strings,
    labels,
    ...(captions === undefined ? {} : { captions }),
    ...(provenance === undefined ? {} : { provenance: { version: provenance.version, reviewed: provenance.reviewed } }),
  };
}

function rebuiltPack(name: string, data: unknown): ContentPack<RegionId> {
  const [, bundled] = required(locales, name, 'locale', 'preloaded');
  if (!isRecord(data)) {
    throw new Error(`preloaded: locales.${name} is not a content pack's data; got ${describe(data)}.`);
  }
  // Each part that loads on demand loads the bundled pack, then that part through the pack's own
  // loader: the same modules and requests as a map given the bundled pack.
  const later =
    <T>(path: string, part: (pack: ContentPack<RegionId>) => Loadable<T> | undefined) =>
    () =>
      loadValue(bundled).then((pack) => {
        const loadable = part(pack);
        if (loadable === undefined) {
          throw new Error(`preloaded: the bundled "${name}" pack has no ${path}.`);
        }
        return loadValue(loadable);
      });
  const provenance = isRecord(data.provenance) ? { ...data.provenance, changelog: later('provenance.changelog', (pack) => pack.provenance?.changelog) } : data.provenance;
  const pack = {
    ...data,
    ...(provenance === undefined ? {} : { provenance }),
    sources: later('sources', (pack) => pack.sources),
    intake: later('intake', (pack) => pack.intake),
    glossary: later('glossary', (pack) => pack.glossary),
    symptoms: later('symptoms', (pack) => pack.symptoms),
    routines: later('routines', (pack) => pack.routines),
    referrals: later('referrals', (pack) => pack.referrals),
    panelStrings: later('panelStrings', (pack) => pack.panelStrings),
    panels: Object.fromEntries(regionIds.map((id) => [id, later(`panel for "${id}"`, (pack) => pack.panels[id])])),
  };
  const issues = validateContent(pack, { regionIds, complete: true });
  if (data.locale !== name) {
    issues.unshift({ path: 'locale', message: `the pack's locale is ${describe(data.locale)}, not "${name}"` });
  }
  if (issues.length > 0) {
    const listed = issues.slice(0, 3).map(({ path, message }) => `${path}: ${message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new Error(`preloaded: locales.${name} is not a content pack's data: ${listed.join('; ')}${more}.`);
  }
  return pack as ContentPack<RegionId>;
}

function checkedView(name: string, view: unknown): AtlasView<RegionId> {
  required(atlas.views, name, 'view', 'preloaded');
  const known = new Set<string>(regionIds);
  const drawn =
    isRecord(view) &&
    view.id === name &&
    Array.isArray(view.silhouette) &&
    Array.isArray(view.details) &&
    Array.isArray(view.regions) &&
    view.regions.every((shape) => isRecord(shape) && typeof shape.region === 'string' && known.has(shape.region) && Array.isArray(shape.points));
  if (!drawn) {
    throw new Error(`preloaded: views.${name} is not the drawing of the ${name} view (an id, silhouette, details and regions of the atlas); got ${describe(view)}.`);
  }
  return view as unknown as AtlasView<RegionId>;
}

function names<Name extends string>(list: readonly Name[] | undefined, field: 'views' | 'locales'): Name[] {
  const given: unknown = list;
  // Checked as it comes, since a page may pass anything: one name rather than a list of them.
  if (given !== undefined && !Array.isArray(given)) {
    throw new Error(`preload: ${field} must be a list of names; got ${describe(given)}.`);
  }
  return [...new Set(list ?? [])].sort();
}

function required<T>(
  from: Readonly<Partial<Record<string, Loadable<T>>>>,
  name: string,
  kind: 'view' | 'locale',
  caller: 'preload' | 'preloaded',
): readonly [string, Loadable<T>] {
  const loadable = Object.hasOwn(from, name) ? from[name] : undefined;
  if (loadable === undefined) {
    throw new Error(`${caller}: the bundled content has no ${kind} "${name}". ${kind === 'view' ? 'Views' : 'Locales'}: ${Object.keys(from).join(', ')}.`);
  }
  return [name, loadable];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Short, since the value may be a whole atlas: its kind, and an object's keys.
function describe(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object' : `an object with ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
