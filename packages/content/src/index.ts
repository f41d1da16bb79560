export { atlas, regions, regionIds, type RegionId } from './atlas/index.js';
export { en } from './locales/en/index.js';
export { locales } from './locales/index.js';
export { preload, preloaded, preloadedFormat, type PreloadRequest, type Preloaded, type PreloadedContent, type PreloadedPack } from './preloaded.js';
export { clinicalAtlas } from './atlas/clinical/index.js';
export { painQuestionnaire } from './intake/questionnaire.js';
