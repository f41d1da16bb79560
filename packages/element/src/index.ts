import { BodyMapElement } from './element.js';

export { BodyMapElement, type BodyMapAttributes, type LayerChangeDetail, type RegionSelectDetail, type RoutineStepChangeDetail, type ViewChangeDetail } from './element.js';

// Importing the package (or loading its script) registers the element, once: a page that loads
// the script twice, or another copy of bodymap, keeps the first definition. A server has no
// custom elements, so importing it there (a Next, Astro or Nuxt page) defines nothing.
if (typeof customElements !== 'undefined' && !customElements.get('body-map')) {
  customElements.define('body-map', BodyMapElement);
}
