import { techniqueIds, type ContentPack, type PanelStrings, type Routine, type RoutinePack } from '@bodymap/core';
import { regionIds } from '../atlas/regions.js';
import { locales } from '../locales/index.js';
import { sources } from '../sources.js';
import { routineWordKeys, type RoutineLocaleWords } from './join-routines.js';
import { routineFacts } from './routine-facts.js';
import { loaded } from '../../../../tests/unit/loaded.ts';

const localeIds = Object.keys(locales);
const routineIds = ['tension-headache', 'desk-neck-shoulders', 'lower-back-ball', 'tired-feet'];

async function routinesOf(locale: string): Promise<RoutinePack> {
  const pack: ContentPack = await loaded(locales[locale]);
  return loaded(pack.routines);
}

/** Every text a routine shows, with where it is, so that an empty one names itself. */
function textsOf(routine: Routine): [string, string][] {
  return [
    ['title', routine.title],
    ['summary', routine.summary],
    ['evidenceNote', routine.evidenceNote],
    ...routine.cautions.map((caution, index): [string, string] => [`cautions[${index}]`, caution.text]),
    ...routine.steps.flatMap((step, index): [string, string][] => [
      [`steps[${index}].howTo`, step.howTo],
      ...step.cautions.map((text, cautionIndex): [string, string] => [`steps[${index}].cautions[${cautionIndex}]`, text]),
    ]),
  ];
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();

describe.each(localeIds)('the %s routines', (locale) => {
  let pack: RoutinePack;
  let panelStrings: PanelStrings;
  beforeAll(async () => {
    pack = await routinesOf(locale);
    panelStrings = await loaded((await loaded(locales[locale])).panelStrings);
  });

  it('are the four bundled routines, loaded on first use', () => {
    expect(Object.keys(pack.routines)).toEqual(routineIds);
    for (const [id, routine] of Object.entries(pack.routines)) {
      expect(routine.id).toBe(id);
    }
  });

  it('say every word of a routine part, with the placeholders it fills in', () => {
    const texts: Readonly<Record<string, string>> = { ...pack.strings };
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim(), key).not.toBe('');
    }
    expect(placeholders(pack.strings.stepOf)).toEqual(['{count}', '{step}']);
    expect(placeholders(pack.strings.started)).toEqual(['{region}']);
  });

  it.each(routineIds)('%s has a title, a summary, an honest evidence note and no empty text', (id) => {
    const routine = pack.routines[id]!;
    expect(textsOf(routine).filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(routine.evidenceNote.length).toBeGreaterThan(routine.title.length);
  });

  it.each(routineIds)('%s starts with graded, sourced cautions of a known kind', (id) => {
    const routine = pack.routines[id]!;
    expect(routine.cautions.length).toBeGreaterThan(0);
    for (const caution of routine.cautions) {
      expect(caution.kind).toBeDefined();
      expect(caution.evidence).toBeDefined();
      expect(caution.sources?.length).toBeGreaterThan(0);
      // The map labels an emergency itself, so its text does not start with the word.
      expect(caution.text.startsWith(panelStrings.emergency)).toBe(false);
    }
  });

  // Short enough to follow in one go; a step on each side counts as two.
  it.each(routineIds)('%s has 4 to 8 steps, each on a region of the atlas with a known technique', (id) => {
    const routine = pack.routines[id]!;
    expect(routine.steps.length).toBeGreaterThanOrEqual(4);
    expect(routine.steps.length).toBeLessThanOrEqual(8);
    for (const step of routine.steps) {
      expect(regionIds).toContain(step.region);
      expect(techniqueIds).toContain(step.technique);
      expect([1, 2, 3, 4, 5]).toContain(step.pressure);
      expect(Number.isInteger(step.duration)).toBe(true);
      expect(step.duration).toBeGreaterThan(0);
      // Rolling studies use 30 to 120 seconds a muscle; a step never asks for more.
      expect(step.duration).toBeLessThanOrEqual(120);
    }
  });

  it.each(routineIds)('%s cites only sources in the source list', (id) => {
    const routine = pack.routines[id]!;
    const cited = [...routine.sources, ...routine.cautions.flatMap((caution) => caution.sources ?? [])];
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((source) => typeof source !== 'string' || !(source in sources))).toEqual([]);
  });

  it('name their steps by the regions the content pack labels', async () => {
    const content: ContentPack = await loaded(locales[locale]);
    const steps = Object.values(pack.routines).flatMap((routine) => routine.steps);
    expect(steps.filter((step) => !content.labels[step.region])).toEqual([]);
  });
});

describe('the tension-headache routine', () => {
  it.each(localeIds)('takes about two minutes in %s, starting on the shoulders or neck', async (locale) => {
    const routine = (await routinesOf(locale)).routines['tension-headache']!;
    const total = routine.steps.reduce((sum, step) => sum + step.duration, 0);
    expect(total).toBeGreaterThanOrEqual(90);
    expect(total).toBeLessThanOrEqual(180);
    expect(routine.steps[0]!.region).toMatch(/^(shoulder|neck)-/);
    expect(routine.steps.map((step) => step.region)).toEqual(
      expect.arrayContaining(['shoulder-left', 'neck-left', 'head-back', 'head-temple-left']),
    );
  });

  it.each(localeIds)('opens with the emergency headache warning signs in %s, and is graded mixed', async (locale) => {
    const routine = (await routinesOf(locale)).routines['tension-headache']!;
    expect(routine.evidence).toBe('mixed');
    expect(routine.cautions[0]!.kind).toBe('emergency');
    expect(routine.cautions[0]!.sources).toContain('niceHeadachesCg150');
  });
});

describe('the lower-back and tired-feet routines', () => {
  it.each(localeIds)('warn about cauda equina, radiating pain and numb feet in %s', async (locale) => {
    const { routines } = await routinesOf(locale);
    const lowerBack = routines['lower-back-ball']!;
    expect(lowerBack.cautions.find((caution) => caution.kind === 'emergency')?.sources).toContain('royalFreeCaudaEquina');
    const feet = routines['tired-feet']!;
    expect(feet.evidence).toBe('traditional');
    expect(feet.cautions.flatMap((caution) => caution.sources ?? [])).toContain('iwgdfPrevention2023');
  });
});

describe('every locale', () => {
  it('has the same routines with the same steps, regions, pressures and durations', async () => {
    const shape = (pack: RoutinePack) =>
      Object.values(pack.routines).map((routine) => ({
        id: routine.id,
        evidence: routine.evidence,
        cautions: routine.cautions.map(({ kind, evidence }) => [kind, evidence]),
        steps: routine.steps.map(({ region, technique, pressure, duration, cautions }) => [region, technique, pressure, duration, cautions.length]),
      }));
    const english = shape(await routinesOf('en'));
    for (const locale of localeIds) {
      expect(shape(await routinesOf(locale)), locale).toEqual(english);
    }
  });

  it.each(localeIds)('%s words each routine exactly as its facts call for, and no more', async (locale) => {
    const words = ((await import(`../locales/${locale}/routines.json`)) as { default: RoutineLocaleWords }).default;
    expect(Object.keys(words.routines).sort()).toEqual(routineFacts.map((routine) => routine.id).sort());
    for (const routine of routineFacts) {
      const own = words.routines[routine.id]!;
      const keys = [
        'title',
        'summary',
        'evidenceNote',
        ...Object.keys(own.cautions).map((id) => `cautions.${id}`),
        ...Object.keys(own.steps).map((id) => `steps.${id}`),
        ...Object.keys(own.stepCautions).map((id) => `stepCautions.${id}`),
      ];
      expect(keys.sort(), routine.id).toEqual(routineWordKeys(routine).sort());
    }
  });
});
