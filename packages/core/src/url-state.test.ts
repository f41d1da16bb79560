import { atlas } from '@bodymap/content';
import { decodeUrlState, describeUrlStateIssues, encodeUrlState, maxUrlStateLength, roundTransform } from './url-state.js';

const context = { atlas };

describe('encodeUrlState', () => {
  it('writes each part given as a readable field, in a fixed order', () => {
    expect(
      encodeUrlState({
        region: 'upper-back-left',
        transform: { k: 2.5, x: -310, y: -120 },
        layer: 'areas',
        view: 'back',
      }),
    ).toBe('view:back~layer:areas~zoom:2.5,-310,-120~region:upper-back-left');
  });

  it('rounds the scale to two decimals and the pan to whole units, never writing -0', () => {
    expect(encodeUrlState({ transform: { k: 1.23456, x: -0.4, y: 12.6 } })).toBe('zoom:1.23,0,13');
    expect(roundTransform({ k: 3.999, x: -20.5, y: 0.49 })).toEqual({ k: 4, x: -20, y: 0 });
  });

  it('writes a routine step from 1, as the routine counts them', () => {
    expect(encodeUrlState({ symptom: 'tension-headache', routine: { id: 'tension-headache', step: 1 } })).toBe(
      'symptom:tension-headache~routine:tension-headache,2',
    );
  });

  it('writes marks with their qualities and notes, escaping what would split them', () => {
    const text = encodeUrlState({
      marks: [
        { region: 'lower-back-left', intensity: 7, qualities: ['aching', 'stiff'], note: 'Worse at night, after 100% effort!' },
        { region: 'neck-left', intensity: 3, qualities: [], note: '' },
        { region: 'knee-right', intensity: 10, qualities: [], note: 'a~b' },
      ],
    });
    expect(text).toBe('marks:lower-back-left,7,aching.stiff,Worse at night%2C after 100%25 effort%21!neck-left,3!knee-right,10,,a%7Eb');
  });

  it('writes an empty list of marks, which says there are none, and nothing for an empty state', () => {
    expect(encodeUrlState({ marks: [] })).toBe('marks:');
    expect(encodeUrlState({})).toBe('');
  });
});

describe('decodeUrlState', () => {
  it('reads back what it wrote', () => {
    const state = {
      view: 'back',
      layer: 'muscles',
      transform: { k: 3.5, x: -410, y: -95 },
      region: 'muscle-upper-trapezius-left',
      symptom: 'tension-headache',
      routine: { id: 'tension-headache', step: 3 },
      marks: [{ region: 'lower-back-left', intensity: 7, qualities: ['aching', 'stiff'], note: 'Worse at night, 100%!' }],
    } as const;
    expect(decodeUrlState(encodeUrlState(state), context)).toEqual({ state, issues: [] });
  });

  it('turns an alias into its region id', () => {
    expect(decodeUrlState('region:left-lower-back', context).state).toEqual({ region: 'lower-back-left' });
  });

  it('leaves out an unknown view, layer or region, names each, and keeps the rest', () => {
    const { state, issues } = decodeUrlState('view:sideways~layer:bones~zoom:2,-100,-50~region:tail~symptom:poor-sleep', context);
    expect(state).toEqual({ transform: { k: 2, x: -100, y: -50 }, symptom: 'poor-sleep' });
    expect(issues).toEqual([
      { field: 'view', value: 'sideways', reason: 'not a view: front, back, soles' },
      { field: 'layer', value: 'bones', reason: 'not a layer: areas, muscles' },
      { field: 'region', value: 'tail', reason: 'not a region of the map' },
    ]);
  });

  it.each([
    ['zoom:abc', 'not three numbers: scale, across, down'],
    ['zoom:2,3', 'not three numbers: scale, across, down'],
    ['zoom:NaN,0,0', 'not three numbers: scale, across, down'],
    ['zoom:Infinity,0,0', 'not three numbers: scale, across, down'],
    ['zoom:1e3,0,0', 'not three numbers: scale, across, down'],
    ['zoom:0,0,0', 'a scale that is not above 0'],
    ['zoom:-2,0,0', 'a scale that is not above 0'],
  ])('rejects the zoom %s', (text, reason) => {
    expect(decodeUrlState(text, context)).toEqual({ state: {}, issues: [{ field: 'zoom', value: text.slice(5), reason }] });
  });

  it('keeps a scale beyond the limits, which the map brings within them as it does any transform', () => {
    expect(decodeUrlState('zoom:80,0,0', context)).toEqual({ state: { transform: { k: 80, x: 0, y: 0 } }, issues: [] });
  });

  it('checks symptoms and routines against what the map knows, when it is told', () => {
    const known = { atlas, symptoms: ['tension-headache'], routines: { 'tension-headache': 6 } };
    expect(decodeUrlState('symptom:tension-headache~routine:tension-headache,6', known).state).toEqual({
      symptom: 'tension-headache',
      routine: { id: 'tension-headache', step: 5 },
    });
    expect(decodeUrlState('symptom:hiccups~routine:tension-headache,7', known).issues).toEqual([
      { field: 'symptom', value: 'hiccups', reason: 'not a symptom the finder knows' },
      { field: 'routine', value: 'tension-headache,7', reason: "a step past the routine's 6" },
    ]);
    expect(decodeUrlState('routine:juggling,1', known).issues).toEqual([{ field: 'routine', value: 'juggling,1', reason: 'not a routine the map knows' }]);
  });

  it.each(['routine:tension-headache', 'routine:tension-headache,0', 'routine:tension-headache,-1', 'routine:Tension,2', 'routine:a,2,3'])(
    'rejects the malformed routine %s',
    (text) => {
      const { state, issues } = decodeUrlState(text, context);
      expect(state).toEqual({});
      expect(issues).toEqual([{ field: 'routine', value: text.slice(8), reason: 'not a routine id and a step from 1' }]);
    },
  );

  it('rejects symptom ids that are not ids', () => {
    expect(decodeUrlState('symptom:<script>', context).issues).toEqual([{ field: 'symptom', value: '<script>', reason: 'not an id' }]);
  });

  it('keeps the marks it can read and names each one it cannot', () => {
    const { state, issues } = decodeUrlState(
      'marks:knee-left,6!tail,3!knee-right,11!knee-right,x!neck-left,4,aching.itchy!knee-left,2!shin-left,2,,a,b',
      context,
    );
    expect(state).toEqual({
      marks: [
        { region: 'knee-left', intensity: 6, qualities: [], note: '' },
        { region: 'neck-left', intensity: 4, qualities: ['aching'], note: '' },
      ],
    });
    expect(issues.map((issue) => [issue.value, issue.reason])).toEqual([
      ['tail,3', 'a mark on no region of the map'],
      ['knee-right,11', 'a mark without an intensity from 1 to 10'],
      ['knee-right,x', 'a mark without an intensity from 1 to 10'],
      ['itchy', 'not a quality of pain'],
      ['knee-left,2', 'a second mark on one region; the first is kept'],
      ['shin-left,2,,a,b', 'a mark with more than a region, an intensity, qualities and a note'],
    ]);
  });

  it('cuts a note that is too long, and says so', () => {
    const { state, issues } = decodeUrlState(`marks:knee-left,6,,${'a'.repeat(600)}`, context);
    expect(state.marks?.[0]?.note).toHaveLength(500);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.reason).toBe('a note longer than 500 characters, cut there');
  });

  it('reads an empty list of marks as none', () => {
    expect(decodeUrlState('marks:', context)).toEqual({ state: { marks: [] }, issues: [] });
  });

  it('names fields it does not know and keeps the first of a repeated one', () => {
    const { state, issues } = decodeUrlState('view:back~colour:red~__proto__:x~view:front~~nonsense', context);
    expect(state).toEqual({ view: 'back' });
    expect(issues).toEqual([
      { field: 'field', value: 'colour:red', reason: 'not a part of the map a link keeps' },
      { field: 'field', value: '__proto__:x', reason: 'not a part of the map a link keeps' },
      { field: 'view', value: 'front', reason: 'given twice; the first is kept' },
      { field: 'field', value: 'nonsense', reason: 'not a part of the map a link keeps' },
    ]);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('does not read a value that is too long, and quotes only its start', () => {
    const text = `view:back~region:${'x'.repeat(maxUrlStateLength)}`;
    const { state, issues } = decodeUrlState(text, context);
    expect(state).toEqual({});
    expect(issues).toEqual([{ field: 'text', value: `${text.slice(0, 40)}…`, reason: `longer than ${maxUrlStateLength} characters` }]);
  });

  it('reads nothing from an empty value', () => {
    expect(decodeUrlState('', context)).toEqual({ state: {}, issues: [] });
  });
});

describe('describeUrlStateIssues', () => {
  it('puts every issue in one warning that names the parameter', () => {
    const { issues } = decodeUrlState('view:sideways~colour:red', context);
    expect(describeUrlStateIssues('bodymap', issues)).toBe(
      'The link\'s `bodymap` value has parts the map cannot use; they are ignored and the rest is kept: view "sideways" (not a view: front, back, soles); "colour:red" (not a part of the map a link keeps).',
    );
    expect(describeUrlStateIssues('bodymap', [])).toBe('');
  });
});
