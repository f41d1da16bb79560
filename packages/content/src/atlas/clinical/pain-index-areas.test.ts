import { painIndexAreas, toWidespreadPainIndex, type PainIndexArea } from '@bodymap/core';
import { muscleRegions } from '../muscles/models.js';
import { regions, type RegionId } from '../regions.js';
import { clinicalAtlas } from './index.js';
import { painIndexAreasByRegion } from './pain-index-areas.js';

const sideOfArea = (area: PainIndexArea) => (area.endsWith('-left') ? 'left' : area.endsWith('-right') ? 'right' : 'midline');

describe('the Widespread Pain Index mapping', () => {
  it('maps every region of the default atlas and nothing else', () => {
    expect(Object.keys(painIndexAreasByRegion).sort()).toEqual(regions.map((region) => region.id).sort());
  });

  it('reaches each of the 19 areas from at least one region', () => {
    const reached = new Set(Object.values(painIndexAreasByRegion).flat());
    expect(painIndexAreas.filter((area) => !reached.has(area))).toEqual([]);
  });

  it('counts a sided region only towards its own side or the axial areas', () => {
    for (const region of regions) {
      const areas = painIndexAreasByRegion[region.id];
      const sides = areas.map(sideOfArea);
      if (region.side === 'midline') {
        // A midline region reaches both sides of a sided area or neither.
        expect({ id: region.id, left: sides.filter((side) => side === 'left').length }).toEqual({
          id: region.id,
          left: sides.filter((side) => side === 'right').length,
        });
      } else {
        expect({ id: region.id, sides: sides.filter((side) => side !== 'midline' && side !== region.side) }).toEqual({ id: region.id, sides: [] });
      }
    }
  });

  it('takes the jaw from the face and the temples, and leaves the hands, feet, knees and soles out', () => {
    const from = (area: PainIndexArea) =>
      regions.filter((region) => painIndexAreasByRegion[region.id].includes(area)).map((region) => region.id);
    expect(from('jaw-left')).toEqual(['head-temple-left', 'head-face', 'muscle-temporalis-left']);
    expect(from('jaw-right')).toEqual(['head-temple-right', 'head-face', 'muscle-temporalis-right']);
    for (const region of regions.filter((model) => ['feet', 'reflexology'].includes(model.group) || /^(hand|knee)-/.test(model.id))) {
      expect({ id: region.id, areas: painIndexAreasByRegion[region.id] }).toEqual({ id: region.id, areas: [] });
    }
  });

  it('counts each muscle towards the areas of the area it lies in', () => {
    expect(muscleRegions.length).toBe(38);
    for (const muscle of muscleRegions) {
      expect({ id: muscle.id, areas: painIndexAreasByRegion[muscle.id] }).toEqual({ id: muscle.id, areas: painIndexAreasByRegion[muscle.areaOf] });
    }
    // Drawn on the slope from the neck to the shoulder, in the neck's area, as a tap there would be.
    expect(painIndexAreasByRegion['muscle-upper-trapezius-left']).toEqual(['neck']);
    expect(painIndexAreasByRegion['muscle-plantar-fascia-right']).toEqual([]);
  });

  it('is what the clinical atlas carries on each region', () => {
    for (const region of clinicalAtlas.regions) {
      expect(region.painIndexAreas).toBe(painIndexAreasByRegion[region.id]);
    }
  });
});

describe('the default atlas in toWidespreadPainIndex', () => {
  const marks = (...ids: RegionId[]) => ids.map((region) => ({ region, intensity: 5, qualities: [], note: '' }));

  it('scores every body region marked as all 19 areas', () => {
    expect(toWidespreadPainIndex(marks(...regions.map((region) => region.id)), { atlas: clinicalAtlas })).toEqual({
      score: 19,
      areas: painIndexAreas,
    });
  });

  it('counts the spine and both sides of the back towards the axial areas once each', () => {
    const index = toWidespreadPainIndex(marks('lower-back-left', 'lower-back-right', 'spine-lumbar', 'spine-thoracic', 'knee-left'), {
      atlas: clinicalAtlas,
    });
    expect(index).toEqual({ score: 2, areas: ['upper-back', 'lower-back'] });
  });
});
