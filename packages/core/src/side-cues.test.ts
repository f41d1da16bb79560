import { backView, fixtureAtlas, frontView } from '../../../tests/unit/fixture.ts';
import type { AtlasView } from './atlas.js';
import { sideCues } from './side-cues.js';
import { viewGeometry } from './view-geometry.js';

const xOf = (view: AtlasView) => Object.fromEntries(sideCues(viewGeometry(view), fixtureAtlas.regions).map(({ side, point }) => [side, point[0]]));

describe('sideCues', () => {
  it('marks the person’s right on the viewer’s left in the front view', () => {
    const { left, right } = xOf(frontView);
    expect(right).toBeLessThan(150);
    expect(left).toBeGreaterThan(150);
  });

  it('marks the person’s left on the viewer’s left in the back view', () => {
    const { left, right } = xOf(backView);
    expect(left).toBeLessThan(150);
    expect(right).toBeGreaterThan(150);
  });

  it('places the marks level with the top of the figure, inside its box', () => {
    for (const { point } of sideCues(viewGeometry(frontView), fixtureAtlas.regions)) {
      expect(point[1]).toBeGreaterThanOrEqual(0);
      expect(point[1]).toBeLessThan(50);
    }
  });

  it('gives no marks to a view that draws only one side', () => {
    const oneSide: AtlasView = { ...frontView, regions: frontView.regions.filter(({ region }) => region !== 'arm-right') };
    expect(sideCues(viewGeometry(oneSide), fixtureAtlas.regions)).toEqual([]);
  });
});
