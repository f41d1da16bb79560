import { contentKind, createBodyMap, type BodyMapController, type ContentPack, type InputIssue, type PartialContentPack, type ViewId } from '@bodymap/core';
import { atlas, locales } from '@bodymap/content';
import { BodyMap, themes, type RegionIdInput, type Theme } from '@bodymap/react';
import styles from '@bodymap/react/styles.css?inline';
import { createElement } from 'react';
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

/** The attributes of `<body-map>`, as a page writes them; the JSX typings for hosts are built on them. */
export interface BodyMapAttributes {
  /** The view shown. @default 'front' */
  view?: ViewId;
  /** The region whose panel is open, such as `lower-back-left`. */
  region?: RegionIdInput;
  /** The language of the map's text, such as `en` or `es`. @default 'en' */
  locale?: string;
  /** The colour scheme; `auto` follows the visitor's system setting. @default 'light' */
  theme?: Theme;
}

// A server has no HTMLElement: there the class extends a stand-in, so importing this module defines
// nothing and throws nothing, and the class is only ever constructed in a browser.
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

// Beside the map's own stylesheet: the host is a block, and `hidden` still hides it.
const hostStyles = ':host { display: block; } :host([hidden]) { display: none; }';

// How an ignored input is put to a page author, who sets attributes (named as the inputs are), not props.
const expectedText = (issue: InputIssue) => (issue.input === 'region' ? 'a region id such as lower-back-left' : issue.expected.join(', '));

/**
 * `<body-map>`: the bodymap viewer in a shadow root, for pages without React.
 *
 * Attributes, reflected both ways: `view` (`front`, `back`, `soles`), `region` (the region whose
 * panel is open), `locale` (`en`, `es`, ...) and `theme` (`light`, `dark`, `auto`). The `content`
 * property takes a content pack object, whole or partial. Events, bubbling and composed:
 * `regionselect` (`detail: { id, label }`) and `viewchange` (`detail: { view }`), fired for the
 * visitor's own choices, not for changes the page makes. `::part()` names: `root`, `view-switch`,
 * `load-error`, `figure`, `zoom-controls`, `viewport`, `gesture-hint`, `panel`; the `--bodymap-*` custom properties reach in.
 *
 * The element owns the map's controller and maps attributes, properties and events onto it; every
 * rule (a region in another view brings its view along, input checks) is the controller's.
 */
export class BodyMapElement extends ElementBase {
  static readonly observedAttributes = ['view', 'region', 'locale', 'theme'];

  readonly #mount: HTMLDivElement;
  readonly #map: BodyMapController;
  #root: Root | null = null;
  #content: ContentPack | PartialContentPack | undefined;
  // While the page's own change is applied, what it causes is not the visitor's: no events.
  #byPage = false;
  // While the element writes an attribute back, that write is not a change to apply.
  #reflecting = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${hostStyles}\n${styles}`;
    this.#mount = document.createElement('div');
    shadow.append(style, this.#mount);
    this.#map = createBodyMap({
      atlas,
      locales,
      // Pages set attributes by hand, often without a development build to warn them: what the map
      // cannot use is named once in the console, whatever the build, and the map goes on without it.
      warn: (message, issue) =>
        this.#warn(
          issue
            ? `[bodymap] <body-map ${issue.input}="${String(issue.value)}">: not a known ${issue.input}, so it is ignored. Use ${expectedText(issue)}.`
            : `[bodymap] <body-map>: ${message}`,
        ),
    });
    this.#sync();
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
    if (this.#reflecting) {
      return;
    }
    this.#byPage = true;
    try {
      if (name === 'view') {
        this.#map.setView((value ?? 'front') as ViewId);
      } else if (name === 'region') {
        // An attribute that names no region means no panel.
        if (value === null || !this.#map.select(value)) {
          this.#map.close();
        }
      } else if (name === 'locale') {
        this.#sync();
      } else if (name === 'theme') {
        this.#checkTheme(value);
        this.#render();
      }
    } finally {
      this.#byPage = false;
    }
  }

  get view(): ViewId {
    return this.#map.getState().view;
  }

  set view(value: ViewId) {
    this.setAttribute('view', value);
  }

  get region(): string | null {
    return this.#map.getState().selectedRegion;
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
    this.#sync();
  }

  #sync(): void {
    this.#map.sync({
      locale: this.locale,
      content: this.#content,
      onViewChange: (view) => {
        this.#reflect('view', view);
        if (!this.#byPage) {
          this.#emit<ViewChangeDetail>('viewchange', { view });
        }
      },
      onSelectedRegionChange: (id) => {
        this.#reflect('region', id);
        if (!this.#byPage) {
          this.#emit<RegionSelectDetail>('regionselect', { id, label: id === null ? null : this.#map.label(id) });
        }
      },
    });
  }

  #render(): void {
    this.#root?.render(createElement(BodyMap, { controller: this.#map, theme: this.theme }));
  }

  #reflect(name: 'view' | 'region', value: string | null): void {
    this.#reflecting = true;
    try {
      if (value === null) {
        this.removeAttribute(name);
      } else {
        this.setAttribute(name, value);
      }
    } finally {
      this.#reflecting = false;
    }
  }

  #checkTheme(value: string | null): void {
    if (value !== null && !themes.some((theme) => theme === value)) {
      this.#warn(`[bodymap] <body-map theme="${value}">: not a known theme, so it is ignored. Use ${themes.join(', ')}.`);
    }
  }

  readonly #warned = new Set<string>();

  #warn(message: string): void {
    if (!this.#warned.has(message)) {
      this.#warned.add(message);
      console.warn(message);
    }
  }

  #emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'body-map': BodyMapElement;
  }
  // The events bubble and are composed, so any element, the document and the window hear them.
  interface GlobalEventHandlersEventMap {
    regionselect: CustomEvent<RegionSelectDetail>;
    viewchange: CustomEvent<ViewChangeDetail>;
  }
}
