import { marksInvalidity, parseMarks, removeMark, toggleMark, updateMark } from './change-marks.js';
import type { BodyMapMarks } from './marks.js';

const known = ['head', 'belly', 'arm-left'];
const isRegion = (id: string): id is string => known.includes(id);

describe('the value rules', () => {
  it('marks a region with intensity 5 and removes the mark on a second toggle', () => {
    const once = toggleMark([], 'head');
    expect(once).toEqual([{ region: 'head', intensity: 5, qualities: [], note: '' }]);
    expect(toggleMark(once, 'head')).toEqual([]);
  });

  it('keeps marks in the order they were made, and changes one without touching the others', () => {
    const marks = toggleMark(toggleMark([], 'head'), 'belly');
    const changed = updateMark(marks, 'belly', { intensity: 8, qualities: ['stiff', 'aching'] });
    expect(changed.map((mark) => mark.region)).toEqual(['head', 'belly']);
    expect(changed[0]).toBe(marks[0]);
    // Qualities keep the scale's order, whatever order they were picked in.
    expect(changed[1]).toEqual({ region: 'belly', intensity: 8, qualities: ['aching', 'stiff'], note: '' });
  });

  it('clamps an intensity to 1–10, rounds it, and drops unknown qualities', () => {
    expect(updateMark([], 'head', { intensity: 14 })[0]?.intensity).toBe(10);
    expect(updateMark([], 'head', { intensity: -3 })[0]?.intensity).toBe(1);
    expect(updateMark([], 'head', { intensity: 6.6 })[0]?.intensity).toBe(7);
    expect(updateMark([], 'head', { intensity: Number.NaN })[0]?.intensity).toBe(5);
    expect(updateMark([], 'head', { qualities: ['sharp', 'itchy' as never] })[0]?.qualities).toEqual(['sharp']);
  });

  it('returns the same value when a change changes nothing, so no change event fires', () => {
    const marks = updateMark([], 'head', { intensity: 3 });
    expect(updateMark(marks, 'head', { intensity: 3 })).toBe(marks);
    expect(removeMark(marks, 'belly')).toBe(marks);
  });
});

describe('parseMarks', () => {
  it('reads JSON from a form field', () => {
    const { marks, issues } = parseMarks('[{"region":"head","intensity":7,"qualities":["sharp"],"note":"since Monday"}]', isRegion);
    expect(marks).toEqual([{ region: 'head', intensity: 7, qualities: ['sharp'], note: 'since Monday' }]);
    expect(issues).toEqual([]);
  });

  it('reads an empty field as no marks', () => {
    expect(parseMarks('', isRegion)).toEqual({ marks: [], issues: [] });
  });

  it('drops each unreadable entry with a message naming it, and keeps the rest', () => {
    const { marks, issues } = parseMarks(
      [
        { region: 'head', intensity: 4, qualities: [], note: '' },
        { region: 'spleen', intensity: 4 },
        { region: 'belly', intensity: 11 },
        { region: 'head', intensity: 2 },
        'arm-left',
        { region: 'arm-left', intensity: 9, qualities: ['sharp', 'itchy'], note: 42 },
      ],
      isRegion,
    );
    expect(marks).toEqual([
      { region: 'head', intensity: 4, qualities: [], note: '' },
      { region: 'arm-left', intensity: 9, qualities: ['sharp'], note: '' },
    ]);
    expect(issues).toEqual([
      'Mark 2 names "spleen", which is not a region of this map; it was dropped.',
      'Mark 3 (belly) has intensity 11, not a whole number from 1 to 10; it was dropped.',
      'Mark 4 marks head a second time; only the first mark was kept.',
      'Mark 5 is "arm-left", not an object; it was dropped.',
      'Mark 6 (arm-left) has qualities ["sharp","itchy"]; only sharp were kept.',
      'Mark 6 (arm-left) has a note 42 that is not text; it was left out.',
    ]);
  });

  it('reads nothing from text that is not JSON or a value that is not a list', () => {
    expect(parseMarks('{oops', isRegion)).toEqual({ marks: [], issues: ['The marks "{oops" are not JSON; none were read.'] });
    expect(parseMarks({ region: 'head' }, isRegion).issues).toEqual(['The marks must be an array, not {"region":"head"}; none were read.']);
  });

  it('keeps a hostile note as the text it is', () => {
    const note = '<img src=x onerror=alert(1)>';
    expect(parseMarks([{ region: 'head', intensity: 3, note }], isRegion).marks[0]?.note).toBe(note);
  });
});

describe('marksInvalidity', () => {
  const three: BodyMapMarks = ['head', 'belly', 'arm-left'].map((region) => ({ region, intensity: 5, qualities: [], note: '' }));
  it('names the first constraint a value breaks', () => {
    expect(marksInvalidity([], { required: true })).toBe('valueMissing');
    expect(marksInvalidity([], { min: 2 })).toBeNull();
    expect(marksInvalidity(three.slice(0, 1), { required: true, min: 2 })).toBe('rangeUnderflow');
    expect(marksInvalidity(three, { max: 2 })).toBe('rangeOverflow');
    expect(marksInvalidity(three, { required: true, min: 1, max: 3 })).toBeNull();
  });
});
