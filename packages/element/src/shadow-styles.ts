// The map's stylesheet in each element's shadow root: here the whole of it at once, so no part is
// left to come. The package module and the one-file script use this; the module script's build puts
// stylesheet-parts.ts in its place (see build.mjs).
import styles from '@bodymap/react/styles.css?inline';

/** What hands a shadow root the parts of the stylesheet that come later, where some do. */
export interface StylesheetParts {
  attach(root: ShadowRoot): void;
  detach(root: ShadowRoot): void;
}

export { styles };

export const stylesheetParts: StylesheetParts | null = null;
