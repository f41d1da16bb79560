import { contentKind, findRegion, isViewId, type ContentPack, type PartialContentPack, type ViewId } from '@bodymap/core';
import { atlas, locales } from '@bodymap/content';
import { BodyMap, themes, useBodyMap, type Theme } from '@bodymap/react';
import styles from '@bodymap/react/styles.css?inline';
import { createElement, useLayoutEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** `detail` of the `regionselect` event: the region selected (`null` when its panel closed) and its name. */
export interface RegionSelectDetail {
  readonly id: string | null;
  readonly label: string | null;
}

/** `detail` of the `viewchange` event. */
export interface ViewChangeDetail {
  readonly view: ViewId;
}

// Beside the map's own stylesheet: the host is a block, and `hidden` still hides it.
const hostStyles = ':host { display: block; } :host([hidden]) { display: none; }';

/** Hands the map's current naming function out of React, so events can carry the region's name. */
function LabelBridge({ onLabel }: { onLabel: (label: (id: string) => string) => void }) {
  const { label } = useBodyMap();
  useLayoutEffect(() => onLabel(label), [label, onLabel]);
  return null;
}

/**
 * `<body-map>`: the bodymap viewer in a shadow root, for pages without React.
 *
 * Attributes, reflected both ways: `view` (`front`, `back`, `soles`), `region` (the region whose
 * panel is open), `locale` (`en`, `es`, ...) and `theme` (`light`, `dark`, `auto`). The `content`
 * property takes a content pack object, whole or partial. Events, bubbling and composed:
 * `regionselect` (`detail: { id, label }`) and `viewchange` (`detail: { view }`), fired for the
 * visitor's own choices, not for changes the page makes. `::part()` names: `root`, `view-switch`,
 * `load-error`, `figure`, `zoom-controls`, `viewport`, `panel`; the `--bodymap-*` custom properties reach in.
 */
export class BodyMapElement extends HTMLElement {
  static readonly observedAttributes = ['view', 'region', 'locale', 'theme'];

  readonly #mount: HTMLDivElement;
  #root: Root | null = null;
  #content: ContentPack | PartialContentPack | undefined;
  #label: (id: string) => string = (id) => id;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${hostStyles}\n${styles}`;
    this.#mount = document.createElement('div');
    shadow.append(style, this.#mount);
  }

  connectedCallback(): void {
    this.#root ??= createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback(): void {
    // Moving the element disconnects and reconnects it at once; only a real removal unmounts.
    queueMicrotask(() => {
      if (!this.isConnected && this.#root) {
        this.#root.unmount();
        this.#root = null;
      }
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // The page's own changes keep view and region consistent, as the visitor's would: a region the
    // view does not draw brings its view along, and a view that does not draw the open region
    // closes its panel.
    const region = this.region === null ? undefined : findRegion(atlas.regions, this.region);
    if (name === 'region' && region && !region.views.includes(this.view) && region.views[0]) {
      this.setAttribute('view', region.views[0]);
      return; // that change renders
    }
    if (name === 'view' && value !== null && region && !region.views.includes(this.view)) {
      this.removeAttribute('region');
      return;
    }
    this.#render();
  }

  get view(): ViewId {
    const value = this.getAttribute('view');
    return isViewId(value) ? value : 'front';
  }

  set view(value: ViewId) {
    this.setAttribute('view', value);
  }

  get region(): string | null {
    return this.getAttribute('region');
  }

  set region(value: string | null) {
    if (value === null) {
      this.removeAttribute('region');
    } else {
      this.setAttribute('region', value);
    }
  }

  get locale(): string {
    return this.getAttribute('locale') ?? 'en';
  }

  set locale(value: string) {
    this.setAttribute('locale', value);
  }

  get theme(): Theme {
    const value = this.getAttribute('theme');
    return themes.find((theme) => theme === value) ?? 'light';
  }

  set theme(value: Theme) {
    this.setAttribute('theme', value);
  }

  /** Your own content pack, laid over the bundled one (partial) or replacing it (complete). */
  get content(): ContentPack | PartialContentPack | undefined {
    return this.#content;
  }

  set content(value: ContentPack | PartialContentPack | undefined) {
    if (value !== undefined && contentKind(value) === 'invalid') {
      this.#warn('[bodymap] <body-map>.content: not a content pack object, so it is ignored. Set an object such as { labels: { ... } }.');
      return;
    }
    this.#content = value;
    this.#render();
  }

  #render(): void {
    if (!this.#root) {
      return;
    }
    const view = this.getAttribute('view');
    this.#check();
    this.#root.render(
      createElement(
        BodyMap,
        {
          // An unknown view is passed on, so the map warns about it once and keeps its own.
          view: (view ?? 'front') as ViewId,
          selectedRegion: this.getAttribute('region'),
          locale: this.locale,
          theme: this.theme,
          content: this.#content,
          onViewChange: (next: ViewId) => {
            this.setAttribute('view', next);
            this.#emit<ViewChangeDetail>('viewchange', { view: next });
          },
          onSelectedRegionChange: (next: string | null) => {
            this.region = next;
            this.#emit<RegionSelectDetail>('regionselect', { id: next, label: next === null ? null : this.#label(next) });
          },
        },
        createElement(LabelBridge, { onLabel: this.#onLabel }),
      ),
    );
  }

  // Pages set attributes and properties by hand, often without a development build to warn them: a
  // value the map cannot use is named once in the console, whatever the build, and the map goes on
  // without it.
  readonly #warned = new Set<string>();

  #check(): void {
    const problems = [
      ['view', (value: string) => isViewId(value) && value in atlas.views, Object.keys(atlas.views)],
      ['region', (value: string) => findRegion(atlas.regions, value) !== undefined, ['a region id such as lower-back-left']],
      ['locale', (value: string) => value in locales, Object.keys(locales)],
      ['theme', (value: string) => themes.some((theme) => theme === value), themes],
    ] as const;
    for (const [name, valid, expected] of problems) {
      const value = this.getAttribute(name);
      if (value !== null && !valid(value)) {
        this.#warn(`[bodymap] <body-map ${name}="${value}">: not a known ${name}, so it is ignored. Use ${expected.join(', ')}.`);
      }
    }
  }

  #warn(message: string): void {
    if (!this.#warned.has(message)) {
      this.#warned.add(message);
      console.warn(message);
    }
  }

  readonly #onLabel = (label: (id: string) => string) => {
    this.#label = label;
  };

  #emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'body-map': BodyMapElement;
  }
  interface HTMLElementEventMap {
    regionselect: CustomEvent<RegionSelectDetail>;
    viewchange: CustomEvent<ViewChangeDetail>;
  }
}
