export { atlas, regions, regionIds, type RegionId } from './atlas/index.js';
export { en } from './locales/en/index.js';
export { locales } from './locales/index.js';
export { preloaded, type PreloadRequest, type Preloaded } from './preloaded.js';
export { clinicalAtlas } from './atlas/clinical/index.js';
export { painQuestionnaire } from './intake/questionnaire.js';
