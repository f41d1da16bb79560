export * from './region.js';
export * from './loadable.js';
export * from './atlas.js';
export * from './geometry.js';
export * from './content.js';
export * from './navigation.js';
export * from './store.js';
export * from './validate-content.js';
