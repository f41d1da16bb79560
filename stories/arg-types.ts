import { themes } from '@bodymap/react';
import { layerIds, viewIds } from '@bodymap/core';
import type { ArgTypes } from '@storybook/react-vite';

/**
 * Controls for a map's options, shared by the ready-made map and `Root`: the view, the language,
 * the layer, the colour scheme and zooming. Options that take objects or functions are documented in the
 * props table but get no control.
 */
export const mapArgTypes = {
  defaultView: { control: 'inline-radio', options: viewIds },
  defaultLayer: { control: 'inline-radio', options: layerIds },
  locale: { control: 'inline-radio', options: ['en', 'es'] },
  theme: { control: 'inline-radio', options: themes },
  zoomTo: {
    control: 'select',
    options: ['(none)', 'spine', 'head', 'shoulders', 'back', 'lower-back-left', 'knee-right', 'foot-left'],
    mapping: { '(none)': undefined },
  },
  zoomToSelection: { control: 'boolean' },
  mode: { control: 'inline-radio', options: ['explore', 'intake'] },
  required: { control: 'boolean' },
  ...Object.fromEntries(
    ['atlas', 'locales', 'content', 'controller', 'view', 'layer', 'selectedRegion', 'transform', 'defaultTransform', 'value', 'defaultValue'].map((name) => [name, { control: false }]),
  ),
} satisfies Partial<ArgTypes>;
