import type { Atlas } from './atlas.js';
import { isIntensity, isPainQuality, maxNoteLength, type BodyMapMark, type BodyMapMarks, type PainQuality } from './intake/marks.js';
import type { LayerId, ViewId } from './region.js';
import type { ZoomTransform } from './zoom.js';

// The codec loads on demand, after the first view. It reads the atlas itself rather than through
// the first view's helpers (`atlasLayers`, `findRegion`): importing those from here would make a
// bundler split the modules that hold them out of the first view's file, which costs more than
// these few lines.

/** Where a guided routine was: its id and the step shown. */
export interface UrlRoutineState {
  readonly id: string;
  /** The index of the step shown, from 0; the link writes it from 1, as the routine counts its steps. */
  readonly step: number;
}

/**
 * What a link keeps of a map, each part optional: a link that leaves one out leaves that part of the
 * map as the page sets it.
 */
export interface UrlState {
  readonly view?: ViewId;
  readonly layer?: LayerId;
  /** The zoom and pan, kept to two decimals of scale and whole viewBox units of pan. */
  readonly transform?: ZoomTransform;
  /** The region whose panel is open. */
  readonly region?: string;
  /** The symptom chosen in the finder. */
  readonly symptom?: string;
  readonly routine?: UrlRoutineState;
  /** The marks, in intake mode; an empty list says there are none. */
  readonly marks?: BodyMapMarks;
}

/** The parts of a link's value, each a `name:value` field. */
export const urlStateFields = ['view', 'layer', 'zoom', 'region', 'symptom', 'routine', 'marks'] as const;
export type UrlStateField = (typeof urlStateFields)[number];

/** A part of a link's value that could not be used and was left out; the rest was kept. */
export interface UrlStateIssue {
  /** The field it was in; `text` for the value as a whole, `field` for a field the map does not know. */
  readonly field: UrlStateField | 'text' | 'field';
  /** What the link said, cut short when long. */
  readonly value: string;
  /** Why it was left out, in a few words. */
  readonly reason: string;
}

export interface DecodedUrlState {
  readonly state: UrlState;
  readonly issues: readonly UrlStateIssue[];
}

/** What {@link decodeUrlState} checks a link against. */
export interface UrlStateContext {
  /** The atlas whose views, layers and regions the link may name. */
  readonly atlas: Atlas;
  /** The symptom ids the finder knows; without them, any well-formed id is kept. */
  readonly symptoms?: readonly string[] | undefined;
  /** The routines the map knows, each with its number of steps; without them, any well-formed id and step is kept. */
  readonly routines?: Readonly<Record<string, number>> | undefined;
}

/**
 * The longest value a link may carry: room for a view, a zoom, an open panel and a few marks with
 * notes, while a page that pastes megabytes into the address is turned away before it is read.
 */
export const maxUrlStateLength = 4000;

// Separators that a query string keeps as they are (only `,` and `:` need the binding to leave them
// unescaped), so a link reads as words: `view:back~zoom:2,-300,-120~region:upper-back-left`.
const fieldSeparator = '~';
const nameSeparator = ':';
const partSeparator = ',';
const markSeparator = '!';
const qualitySeparator = '.';
// A note is free text: the characters that separate parts are written as `%` and their code.
const escaped = /[%~!,]/g;
const escapeText = (text: string) => text.replace(escaped, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const unescapeText = (text: string) => text.replace(/%(25|7E|21|2C)/gi, (_match, code: string) => String.fromCharCode(Number.parseInt(code, 16)));

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxIdLength = 80;
const numberPattern = /^-?\d{1,6}(?:\.\d{1,6})?$/;
const integerPattern = /^\d{1,3}$/;
const quotedLength = 40;
const quote = (value: string) => (value.length > quotedLength ? `${value.slice(0, quotedLength)}…` : value);

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  // `+ 0` turns a rounded -0 into 0, so that a link never says `-0`.
  return Math.round(value * factor) / factor + 0;
};

/** The transform as a link keeps it: a scale to two decimals, a pan in whole viewBox units. */
export function roundTransform({ k, x, y }: ZoomTransform): ZoomTransform {
  return { k: round(k, 2), x: round(x, 0), y: round(y, 0) };
}

function encodeMark({ region, intensity, qualities, note }: BodyMapMark): string {
  const parts = [region, String(intensity)];
  if (qualities.length > 0 || note !== '') {
    parts.push(qualities.join(qualitySeparator));
  }
  if (note !== '') {
    parts.push(escapeText(note));
  }
  return parts.join(partSeparator);
}

/**
 * A map's state as the value of one query parameter, compact and readable:
 * `view:back~layer:areas~zoom:2.5,-310,-120~region:upper-back-left`. Each part given is written; a
 * part left out (`undefined`) is not, and a link without it leaves that part as the page sets it.
 * The transform is rounded (see {@link roundTransform}); a routine's step is written from 1.
 */
export function encodeUrlState(state: UrlState): string {
  const fields: string[] = [];
  const add = (name: UrlStateField, value: string) => fields.push(`${name}${nameSeparator}${value}`);
  if (state.view !== undefined) {
    add('view', state.view);
  }
  if (state.layer !== undefined) {
    add('layer', state.layer);
  }
  if (state.transform !== undefined) {
    const { k, x, y } = roundTransform(state.transform);
    add('zoom', [k, x, y].join(partSeparator));
  }
  if (state.region !== undefined) {
    add('region', state.region);
  }
  if (state.symptom !== undefined) {
    add('symptom', state.symptom);
  }
  if (state.routine !== undefined) {
    add('routine', `${state.routine.id}${partSeparator}${state.routine.step + 1}`);
  }
  if (state.marks !== undefined) {
    add('marks', state.marks.map(encodeMark).join(markSeparator));
  }
  return fields.join(fieldSeparator);
}

interface Mutable {
  view?: ViewId;
  layer?: LayerId;
  transform?: ZoomTransform;
  region?: string;
  symptom?: string;
  routine?: UrlRoutineState;
  marks?: BodyMapMarks;
}

/**
 * Reads a link's value back into a map's state, checking each field as any other input is checked:
 * a view, layer or region the atlas does not have, a number that is not one, a mark that cannot be
 * read, is left out and named in `issues`, and the rest is kept. A value longer than
 * {@link maxUrlStateLength} is not read at all. A region named by an alias comes back as its id.
 */
export function decodeUrlState(text: string, context: UrlStateContext): DecodedUrlState {
  const issues: UrlStateIssue[] = [];
  const state: Mutable = {};
  if (typeof text !== 'string' || text === '') {
    return { state, issues };
  }
  if (text.length > maxUrlStateLength) {
    issues.push({ field: 'text', value: quote(text), reason: `longer than ${maxUrlStateLength} characters` });
    return { state, issues };
  }
  const { atlas } = context;
  const reject = (field: UrlStateIssue['field'], value: string, reason: string) => issues.push({ field, value: quote(value), reason });
  const seen = new Set<UrlStateField>();

  for (const field of text.split(fieldSeparator)) {
    if (field === '') {
      continue;
    }
    const at = field.indexOf(nameSeparator);
    const name = at === -1 ? field : field.slice(0, at);
    const value = at === -1 ? '' : field.slice(at + 1);
    const known = urlStateFields.find((candidate) => candidate === name);
    if (known === undefined) {
      reject('field', field, 'not a part of the map a link keeps');
      continue;
    }
    if (seen.has(known)) {
      reject(known, value, 'given twice; the first is kept');
      continue;
    }
    seen.add(known);
    switch (known) {
      case 'view': {
        if (Object.hasOwn(atlas.views, value)) {
          state.view = value as ViewId;
        } else {
          reject(known, value, `not a view: ${Object.keys(atlas.views).join(', ')}`);
        }
        break;
      }
      case 'layer': {
        const layers = ['areas', ...Object.keys(atlas.layers ?? {})];
        if (layers.includes(value)) {
          state.layer = value as LayerId;
        } else {
          reject(known, value, `not a layer: ${layers.join(', ')}`);
        }
        break;
      }
      case 'zoom': {
        const transform = readTransform(value);
        if (typeof transform === 'string') {
          reject(known, value, transform);
        } else {
          state.transform = transform;
        }
        break;
      }
      case 'region': {
        const region = readRegion(value, atlas);
        if (region === undefined) {
          reject(known, value, 'not a region of the map');
        } else {
          state.region = region;
        }
        break;
      }
      case 'symptom': {
        if (!isId(value)) {
          reject(known, value, 'not an id');
        } else if (context.symptoms !== undefined && !context.symptoms.includes(value)) {
          reject(known, value, 'not a symptom the finder knows');
        } else {
          state.symptom = value;
        }
        break;
      }
      case 'routine': {
        const routine = readRoutine(value, context.routines);
        if (typeof routine === 'string') {
          reject(known, value, routine);
        } else {
          state.routine = routine;
        }
        break;
      }
      case 'marks': {
        state.marks = readMarks(value, atlas, reject);
        break;
      }
      default: {
        known satisfies never;
      }
    }
  }
  return { state, issues };
}

const isId = (value: string) => value.length <= maxIdLength && idPattern.test(value);

/** The region an id or alias names, as `findRegion` finds it. */
function readRegion(value: string, atlas: Atlas): string | undefined {
  if (!isId(value)) {
    return undefined;
  }
  return (atlas.regions.find((region) => region.id === value) ?? atlas.regions.find((region) => region.aliases?.includes(value)))?.id;
}

/**
 * The transform a field names, or why it names none. A scale beyond the map's limits is left to
 * the map, which brings every transform within them.
 */
function readTransform(value: string): ZoomTransform | string {
  const parts = value.split(partSeparator);
  if (parts.length !== 3 || !parts.every((part) => numberPattern.test(part))) {
    return 'not three numbers: scale, across, down';
  }
  const [k, x, y] = parts.map(Number) as [number, number, number];
  if (k <= 0) {
    return 'a scale that is not above 0';
  }
  return { k, x, y };
}

/** The routine a field names, or why it names none. */
function readRoutine(value: string, routines: Readonly<Record<string, number>> | undefined): UrlRoutineState | string {
  const [id = '', step = '', ...rest] = value.split(partSeparator);
  if (!isId(id) || rest.length > 0 || !integerPattern.test(step) || Number(step) < 1) {
    return 'not a routine id and a step from 1';
  }
  const steps = routines !== undefined && Object.hasOwn(routines, id) ? routines[id] : undefined;
  if (routines !== undefined && steps === undefined) {
    return 'not a routine the map knows';
  }
  if (steps !== undefined && Number(step) > steps) {
    return `a step past the routine's ${steps}`;
  }
  return { id, step: Number(step) - 1 };
}

function readMarks(value: string, atlas: Atlas, reject: (field: UrlStateField, value: string, reason: string) => void): BodyMapMarks {
  const marks: BodyMapMark[] = [];
  if (value === '') {
    return marks;
  }
  for (const entry of value.split(markSeparator)) {
    const [regionText = '', intensityText = '', qualityText = '', noteText = '', ...rest] = entry.split(partSeparator);
    const region = readRegion(regionText, atlas);
    const intensity = integerPattern.test(intensityText) ? Number(intensityText) : Number.NaN;
    if (rest.length > 0) {
      reject('marks', entry, 'a mark with more than a region, an intensity, qualities and a note');
      continue;
    }
    if (region === undefined) {
      reject('marks', entry, 'a mark on no region of the map');
      continue;
    }
    if (!isIntensity(intensity)) {
      reject('marks', entry, 'a mark without an intensity from 1 to 10');
      continue;
    }
    if (marks.some((mark) => mark.region === region)) {
      reject('marks', entry, 'a second mark on one region; the first is kept');
      continue;
    }
    const qualities: PainQuality[] = [];
    for (const quality of qualityText === '' ? [] : qualityText.split(qualitySeparator)) {
      if (!isPainQuality(quality)) {
        reject('marks', quality, 'not a quality of pain');
      } else if (!qualities.includes(quality)) {
        qualities.push(quality);
      }
    }
    let note = unescapeText(noteText);
    if (note.length > maxNoteLength) {
      reject('marks', note, `a note longer than ${maxNoteLength} characters, cut there`);
      note = note.slice(0, maxNoteLength);
    }
    marks.push({ region, intensity, qualities, note });
  }
  return marks;
}

/**
 * One warning for everything a link's value could not use: which parameter, and each part left
 * out with why. Empty when there was nothing to say.
 */
export function describeUrlStateIssues(parameter: string, issues: readonly UrlStateIssue[]): string {
  if (issues.length === 0) {
    return '';
  }
  const parts = issues.map(({ field, value, reason }) => `${field === 'text' || field === 'field' ? '' : `${field} `}"${value}" (${reason})`);
  return `The link's \`${parameter}\` value has parts the map cannot use; they are ignored and the rest is kept: ${parts.join('; ')}.`;
}
