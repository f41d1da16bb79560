import { figureStyle, toCsv, toSvgString, viewIds, type BodyMapMark } from '@bodymap/core';
import { en } from '../../locales/en/index.js';
import { es } from '../../locales/es/index.js';
import type { RegionId } from '../regions.js';
import { clinicalAtlas } from './index.js';

const marks: BodyMapMark<RegionId>[] = [
  { region: 'shoulder-left', intensity: 7, qualities: ['aching', 'stiff'], note: 'Since the move' },
  { region: 'head-face', intensity: 3, qualities: [], note: '' },
  { region: 'rfx-heart-left', intensity: 10, qualities: ['sharp'], note: '' },
];

describe('the intake exports with the default atlas and locales', () => {
  it('write the table in Spanish', async () => {
    expect((await toCsv(marks, { atlas: clinicalAtlas, locale: es })).split('\r\n')[0]).toBe('Id de región,Zona,Lado,Dolor (1-10),Cómo se siente,Nota');
    expect((await toCsv(marks, { atlas: clinicalAtlas, locale: en })).split('\r\n')[1]).toBe('shoulder-left,Left shoulder,left,7,Aching; Stiff,Since the move');
  });

  it.each(viewIds)('draw the %s view as a well-formed document with the marks it shows', async (view) => {
    const svg = await toSvgString(marks, { atlas: clinicalAtlas, view, locale: en });
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const shown = marks.filter((mark) => clinicalAtlas.regions.find((region) => region.id === mark.region)?.views.includes(view));
    const drawn = [...document.querySelectorAll('[data-intensity]')].map((shape) => [shape.getAttribute('data-region'), shape.getAttribute('fill')]);
    expect(drawn.sort()).toEqual(shown.map((mark) => [mark.region, figureStyle.intensity[mark.intensity - 1]]).sort());
    expect(document.querySelectorAll('text:not([data-side])')).toHaveLength(shown.length);
  });
});
