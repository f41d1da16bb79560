import { BodyMapElement } from './element.js';

export { BodyMapElement, type RegionSelectDetail, type ViewChangeDetail } from './element.js';

// Importing the package (or loading its script) registers the element, once: a page that loads
// the script twice, or another copy of bodymap, keeps the first definition.
if (!customElements.get('body-map')) {
  customElements.define('body-map', BodyMapElement);
}
