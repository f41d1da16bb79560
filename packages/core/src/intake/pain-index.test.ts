import type { RegionModel } from '../region.js';
import type { BodyMapMark } from './marks.js';
import { toWidespreadPainIndex } from './pain-index.js';

const region = (id: string, painIndexAreas?: RegionModel['painIndexAreas']): RegionModel => ({
  id,
  side: 'midline',
  group: 'test',
  views: ['front'],
  ...(painIndexAreas && { painIndexAreas }),
});
const atlas = {
  regions: [
    region('face', ['jaw-left', 'jaw-right']),
    region('lower-back', ['lower-back']),
    region('sacrum', ['lower-back']),
    region('neck', ['neck']),
    region('hand', []),
    region('unmapped'),
  ],
};
const mark = (id: string, intensity = 5): BodyMapMark => ({ region: id, intensity, qualities: [], note: '' });

describe('toWidespreadPainIndex', () => {
  it('scores nothing marked as 0', () => {
    expect(toWidespreadPainIndex([], { atlas })).toEqual({ score: 0, areas: [] });
  });

  it('counts each area once, in the order of the index, whatever the intensity or the marking order', () => {
    const index = toWidespreadPainIndex([mark('sacrum', 1), mark('neck', 10), mark('lower-back'), mark('face')], { atlas });
    expect(index).toEqual({ score: 4, areas: ['jaw-left', 'jaw-right', 'neck', 'lower-back'] });
  });

  it('counts a region that reaches no area as nothing', () => {
    expect(toWidespreadPainIndex([mark('hand')], { atlas })).toEqual({ score: 0, areas: [] });
  });

  it('throws on a region the atlas does not know, naming it', () => {
    expect(() => toWidespreadPainIndex([mark('neck'), mark('tail')], { atlas })).toThrow(/the mark on "tail" names a region the atlas does not have/);
  });

  it('throws on a marked region without the mapping, rather than scoring it 0', () => {
    expect(() => toWidespreadPainIndex([mark('unmapped')], { atlas })).toThrow(/the region "unmapped" has no Widespread Pain Index areas/);
  });
});
