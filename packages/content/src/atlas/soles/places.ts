import type { reflexologyPointNames } from './points.js';

/**
 * Where each reflexology point lies in its foot's frame (frame.ts), as fractions: x from the inner edge and y from the
 * tip of the longest toe, the same on each foot that carries it. Only the soles view's drawing needs them, so they
 * load with it rather than with the names in every first view.
 */
export const reflexologyPlaces: Readonly<Record<(typeof reflexologyPointNames)[number], readonly [x: number, y: number]>> = {
  'head-brain': [0.14, 0.04],
  'pituitary': [0.15, 0.09],
  'sinuses': [0.56, 0.08],
  'neck-throat-thyroid': [0.16, 0.19],
  'eyes': [0.4, 0.2],
  'ears': [0.7, 0.23],
  'heart': [0.24, 0.3],
  'lungs-chest': [0.52, 0.29],
  'shoulder-arm': [0.92, 0.28],
  'diaphragm': [0.5, 0.37],
  'solar-plexus': [0.38, 0.39],
  'liver': [0.68, 0.46],
  'gallbladder': [0.64, 0.5],
  'stomach': [0.22, 0.44],
  'spleen': [0.84, 0.45],
  'adrenal': [0.33, 0.47],
  'kidney': [0.38, 0.54],
  'ureter-bladder': [0.12, 0.68],
  'transverse-colon': [0.5, 0.57],
  'small-intestine': [0.45, 0.65],
  'ascending-colon': [0.8, 0.68],
  'descending-sigmoid-colon': [0.78, 0.68],
  'spine': [0.04, 0.5],
  'sciatic': [0.5, 0.83],
  'pelvis-lower-back': [0.5, 0.92],
};
