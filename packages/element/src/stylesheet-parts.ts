// In the module script, in place of shadow-styles.ts: each element's shadow root starts with the
// first view's part of the map's stylesheet alone (the build resolves the stylesheet's import to
// it), and every other part comes with the code that draws it, which hands it here as that code
// first runs, before any of it renders (see build.mjs).
import styles from '@bodymap/react/styles.css?inline';
import type { StylesheetParts } from './shadow-styles.js';

export { styles };

interface StylesheetPart {
  readonly name: string;
  /** Its place in the stylesheet: a later part wins a tie with an earlier one, so it must follow it. */
  readonly order: number;
  readonly text: string;
}

const parts: StylesheetPart[] = [];
// Only the shadow roots of elements in a document: a removed element lets go of its root.
const roots = new Set<ShadowRoot>();

/** Puts a part of the stylesheet in every element's shadow root, and in every element's to come. */
export function addStylesheetPart(name: string, order: number, text: string): void {
  if (parts.some((part) => part.name === name)) {
    return;
  }
  const part = { name, order, text };
  parts.push(part);
  for (const root of roots) {
    insertPart(root, part);
  }
}

export const stylesheetParts: StylesheetParts = {
  /** Gives a shadow root every part that has arrived, and the parts that arrive while it is attached. */
  attach(root) {
    roots.add(root);
    for (const part of parts) {
      insertPart(root, part);
    }
  },
  detach(root) {
    roots.delete(root);
  },
};

function insertPart(root: ShadowRoot, part: StylesheetPart): void {
  const present = [...root.children].filter((child): child is HTMLStyleElement => child instanceof HTMLStyleElement);
  if (present.some((style) => style.dataset.bodymapPart === part.name)) {
    return;
  }
  const style = document.createElement('style');
  style.dataset.bodymapPart = part.name;
  style.textContent = part.text;
  // In the stylesheet's order, whatever order the code arrived in; the first view's part (with no
  // name) comes first.
  const next = present.find((other) => orderOf(other) > part.order);
  const last = present.at(-1);
  if (next) {
    next.before(style);
  } else if (last) {
    last.after(style);
  } else {
    root.prepend(style);
  }
}

function orderOf(style: HTMLStyleElement): number {
  const name = style.dataset.bodymapPart;
  return name === undefined ? -1 : (parts.find((part) => part.name === name)?.order ?? -1);
}
