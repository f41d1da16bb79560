import { fixtureRoutines } from '../../../../tests/unit/routine-fixture.ts';
import type { Routine, RoutinePack, RoutineStep } from './routine.js';
import { validateRoutinePack } from './validate-routines.js';

const regionIds = ['head', 'upper-back', 'arm-left'];
const routine = fixtureRoutines.routines['test-routine']!;
const withSteps = (steps: readonly unknown[], rest: Partial<Routine> = {}): RoutinePack => ({
  ...fixtureRoutines,
  routines: { 'test-routine': { ...routine, ...rest, steps: steps as RoutineStep[] } },
});
const step = routine.steps[0]!;

describe('validateRoutinePack', () => {
  it('keeps a whole pack as it is, with nothing to say', () => {
    const { pack, issues } = validateRoutinePack(fixtureRoutines, regionIds);
    expect(issues).toEqual([]);
    expect(pack?.routines['test-routine']?.steps).toEqual(routine.steps);
  });

  it.each([
    [{ ...step, region: 'elbow' }, "an unknown region 'elbow'"],
    [{ ...step, pressure: 0 }, 'pressure 0, not a whole number from 1 to 5'],
    [{ ...step, pressure: 6 }, 'pressure 6, not a whole number from 1 to 5'],
    [{ ...step, pressure: 2.5 }, 'pressure 2.5, not a whole number from 1 to 5'],
    [{ ...step, duration: 0 }, 'duration 0, not a whole number of seconds from 1 to 3600'],
    [{ ...step, duration: -30 }, 'duration -30, not a whole number of seconds from 1 to 3600'],
    [{ ...step, duration: '60' }, "duration '60', not a whole number of seconds from 1 to 3600"],
    [{ ...step, duration: 7200 }, 'duration 7200, not a whole number of seconds from 1 to 3600'],
    [{ ...step, howTo: '  ' }, 'no `howTo` text'],
    [{ ...step, technique: 'cupping' }, "an unknown technique 'cupping'"],
  ])('names and drops a step with %o', (bad, problem) => {
    const { pack, issues } = validateRoutinePack(withSteps([bad, step]), regionIds);
    expect(pack?.routines['test-routine']?.steps).toEqual([step]);
    expect(issues).toEqual([{ path: 'routines.routines["test-routine"].steps[0]', message: `A step has ${problem}; it is dropped.` }]);
  });

  it('names every problem of one step in one sentence', () => {
    const { issues } = validateRoutinePack(withSteps([{ ...step, region: 'elbow', pressure: 8 }, step]), regionIds);
    expect(issues.map((issue) => issue.message)).toEqual(["A step has an unknown region 'elbow', pressure 8, not a whole number from 1 to 5; it is dropped."]);
  });

  it('drops empty cautions of a step, keeping the step', () => {
    const { pack, issues } = validateRoutinePack(withSteps([{ ...step, cautions: ['', 'Keep it gentle.'] }]), regionIds);
    expect(pack?.routines['test-routine']?.steps[0]?.cautions).toEqual(['Keep it gentle.']);
    expect(issues).toHaveLength(1);
  });

  it('drops a routine with no step left, or no title, or an evidence level it does not know', () => {
    expect(validateRoutinePack(withSteps([{ ...step, region: 'elbow' }]), regionIds).pack?.routines).toEqual({});
    const untitled = validateRoutinePack(withSteps([step], { title: '' }), regionIds);
    expect(untitled.pack?.routines).toEqual({});
    expect(untitled.issues.map((issue) => issue.message)).toEqual(["Routine 'test-routine' has no `title`; it is dropped."]);
    const graded = validateRoutinePack(withSteps([step], { evidence: 'proven' as 'mixed' }), regionIds);
    expect(graded.issues.map((issue) => issue.message)).toEqual([
      "Routine 'test-routine' has evidence 'proven'; it must be one of research-supported, mixed, traditional. It is dropped.",
    ]);
  });

  it('drops a caution or source it cannot read, keeping the routine', () => {
    const { pack, issues } = validateRoutinePack(
      withSteps([step], { cautions: [{ text: '' }, { text: 'Stop if it hurts.' }], sources: ['rapaport-2016', { title: 'No address', url: 'nowhere', kind: 'trial' }] }),
      regionIds,
    );
    expect(pack?.routines['test-routine']?.cautions).toEqual([{ text: 'Stop if it hurts.', sources: [] }]);
    expect(pack?.routines['test-routine']?.sources).toEqual(['rapaport-2016']);
    expect(issues.map((issue) => issue.path)).toEqual(['routines.routines["test-routine"].cautions[0]', 'routines.routines["test-routine"].sources']);
  });

  it('drops the whole pack when its words are missing, or it is not a pack', () => {
    const { strings, ...rest } = fixtureRoutines;
    const unworded = validateRoutinePack({ ...rest, strings: { ...strings, next: '' } }, regionIds);
    expect(unworded.pack).toBeNull();
    expect(unworded.issues.map((issue) => issue.message)).toEqual(['The routines’ words lack `next`. No routine can be shown.']);
    expect(validateRoutinePack('routines', regionIds).pack).toBeNull();
  });
});
