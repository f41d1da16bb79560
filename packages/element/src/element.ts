import {
  bodyMapModes,
  contentKind,
  createBodyMap,
  type BodyMapController,
  type BodyMapMarks,
  type BodyMapMode,
  type ContentPack,
  type InputIssue,
  type LayerId,
  type PartialContentPack,
  type ViewId,
} from '@bodymap/core';
import { atlas, locales } from '@bodymap/content';
import { BodyMap, themes, type RegionIdInput, type Theme } from '@bodymap/react';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { styles, stylesheetParts } from './shadow-styles.js';

/** `detail` of the `regionselect` event: the region selected (`null` when its panel closed) and its name. */
export interface RegionSelectDetail {
  readonly id: string | null;
  readonly label: string | null;
}

/** `detail` of the `viewchange` event. */
export interface ViewChangeDetail {
  readonly view: ViewId;
}

/** `detail` of the `layerchange` event. */
export interface LayerChangeDetail {
  readonly layer: LayerId;
}

/** `detail` of the `routinestepchange` event: the routine shown and the step the visitor moved to, from 0. */
export interface RoutineStepChangeDetail {
  readonly routine: string;
  readonly step: number;
}

/** The attributes of `<body-map>`, as a page writes them; the JSX typings for hosts are built on them. */
export interface BodyMapAttributes {
  /** The view shown. @default 'front' */
  view?: ViewId;
  /** The layer shown: the body's `areas`, or its `muscles`. @default 'areas' */
  layer?: LayerId;
  /** The region whose panel is open, such as `lower-back-left`. */
  region?: RegionIdInput;
  /** The language of the map's text, such as `en` or `es`. @default 'en' */
  locale?: string;
  /** The colour scheme; `auto` follows the visitor's system setting. @default 'light' */
  theme?: Theme;
  /** `intake` makes the map a form field on which a client marks where it hurts. @default 'explore' */
  mode?: BodyMapMode;
  /** In intake mode, the form field's name: the form's data carries the marks as JSON under it. */
  name?: string;
  /** In intake mode, a form with no marks fails validation. */
  required?: boolean;
  /** In intake mode, the fewest regions a form takes marked. */
  min?: number;
  /** In intake mode, the most regions a form takes marked. */
  max?: number;
  /**
   * Keeps the view, layer, zoom and open panel (and the marks, in intake mode) in the page's address:
   * present, it uses the `bodymap` query parameter; a value names another, one per map on a page.
   */
  'url-state'?: boolean | string;
  /** Shows the symptom finder above the figure. */
  search?: boolean;
  /** A routine of the content pack to walk through below the map, such as `tension-headache`. */
  routine?: string;
}

// A server has no HTMLElement: there the class extends a stand-in, so importing this module defines
// nothing and throws nothing, and the class is only ever constructed in a browser.
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

// Beside the map's own stylesheet: the host is a block, and `hidden` still hides it. A disabled map
// looks it. Chromium does not match `:user-invalid` on a form-associated element, so the element
// keeps a `user-invalid` state of its own, which outlines the figure in the invalid colour.
const hostStyles = `:host { display: block; } :host([hidden]) { display: none; }
:host(:disabled) { opacity: 0.6; }
.bodymap-validity-anchor { display: block; height: 0; overflow: hidden; }
:host(:state(user-invalid)) .bodymap-figure { outline: 2px solid var(--_bodymap-invalid); outline-offset: 4px; border-radius: var(--_bodymap-radius); }`;

// How an ignored input is put to a page author, who sets attributes (named as the inputs are), not props.
const expectedText = (issue: InputIssue) => (issue.input === 'region' ? 'a region id such as lower-back-left' : issue.expected.join(', '));

/**
 * `<body-map>`: the bodymap viewer in a shadow root, for pages without React.
 *
 * Attributes, reflected both ways: `view` (`front`, `back`, `soles`), `layer` (`areas`,
 * `muscles`), `region` (the region whose
 * panel is open), `locale` (`en`, `es`, ...) and `theme` (`light`, `dark`, `auto`). The `content`
 * property takes a content pack object, whole or partial. Events, bubbling and composed:
 * `regionselect` (`detail: { id, label }`), `viewchange` (`detail: { view }`), `layerchange`
 * (`detail: { layer }`) and `routinestepchange` (`detail: { routine, step }`), fired for the
 * visitor's own choices, not for changes the page makes. `routine` (an id such as
 * `tension-headache`) shows that routine below the map, each step zooming to its region.
 * `url-state` keeps the map's view, zoom and open panel in the page's address (present: the
 * `bodymap` query parameter; a value: another, one per map). The boolean `search` attribute shows
 * the symptom finder above the figure.
 * `::part()` names: `root`, `search`, `view-switch`, `layer-switch`, `load-error`, `figure`, `zoom-controls`, `viewport`, `gesture-hint`, `panel`, `routine`, and in intake mode
 * `instructions`, `validation` and `mark-list`; the `--bodymap-*` custom properties reach in.
 *
 * With `mode="intake"` it is a form-associated element, a field of the form around it: `name`,
 * `required`, `min` and `max` as on an input; the `value` property holds the marks; the form's data
 * carries them as JSON (`[]` when there are none, so the field is always sent); `input` and
 * `change` fire for the visitor's marks; the form's reset clears them and a disabled fieldset
 * disables the map. A stopped submission shows the map's own message, in its locale.
 *
 * The element owns the map's controller and maps attributes, properties and events onto it; every
 * rule (a region in another view brings its view along, input checks) is the controller's.
 */
export class BodyMapElement extends ElementBase {
  static readonly observedAttributes = ['view', 'layer', 'region', 'locale', 'theme', 'mode', 'required', 'min', 'max', 'url-state', 'search', 'routine'];
  static readonly formAssociated = true;

  readonly #shadow: ShadowRoot;
  readonly #mount: HTMLDivElement;
  readonly #map: BodyMapController;
  readonly #internals: ElementInternals;
  // Where the browser's report of a stopped submission lands. The map's own tab stop is an SVG
  // region, which `setValidity` cannot take (it wants an HTML element), so this empty element stands
  // at the top of the map and hands the focus on to that region.
  readonly #anchor: HTMLSpanElement;
  #root: Root | null = null;
  #content: ContentPack | PartialContentPack | undefined;
  // While the page's own change is applied, what it causes is not the visitor's: no events.
  #byPage = false;
  // While the element writes an attribute back, that write is not a change to apply.
  #reflecting = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#shadow = shadow;
    const style = document.createElement('style');
    style.textContent = `${hostStyles}\n${styles}`;
    this.#mount = document.createElement('div');
    this.#anchor = document.createElement('span');
    this.#anchor.className = 'bodymap-validity-anchor';
    this.#anchor.tabIndex = -1;
    this.#anchor.addEventListener('focus', () => this.#mount.querySelector<SVGElement>('[data-region][tabindex="0"]')?.focus());
    shadow.append(style, this.#anchor, this.#mount);
    this.#internals = this.attachInternals();
    // A stopped submission (or the page's `reportValidity()`) shows the map's own message as well
    // as the browser's; a page that cancels the event keeps the browser's quiet, as on any field.
    this.addEventListener('invalid', () => this.#map.reportValidity());
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
    this.#map.subscribe((state) => state.value, () => this.#updateForm());
    this.#map.subscribe(
      (state) => `${state.mode} ${state.validationShown} ${state.validationMessage}`,
      () => this.#updateForm(),
    );
    this.#updateForm();
  }

  connectedCallback(): void {
    stylesheetParts?.attach(this.#shadow);
    this.#root ??= createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback(): void {
    // Moving the element disconnects and reconnects it at once; only a real removal unmounts.
    queueMicrotask(() => {
      if (!this.isConnected && this.#root) {
        this.#root.unmount();
        this.#root = null;
        stylesheetParts?.detach(this.#shadow);
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
      } else if (name === 'layer') {
        this.#map.setLayer((value ?? 'areas') as LayerId);
      } else if (name === 'region') {
        // An attribute that names no region means no panel.
        if (value === null || !this.#map.select(value)) {
          this.#map.close();
        }
      } else if (name === 'locale' || name === 'required' || name === 'routine') {
        this.#sync();
      } else if (name === 'mode') {
        this.#checkMode(value);
        this.#sync();
      } else if (name === 'min' || name === 'max') {
        this.#checkCount(name, value);
        this.#sync();
      } else if (name === 'theme') {
        this.#checkTheme(value);
        this.#render();
      } else if (name === 'url-state' || name === 'search') {
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

  get layer(): LayerId {
    return this.#map.getState().layer;
  }

  set layer(value: LayerId) {
    this.setAttribute('layer', value);
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

  get mode(): BodyMapMode {
    return this.getAttribute('mode') === 'intake' ? 'intake' : 'explore';
  }

  set mode(value: BodyMapMode) {
    this.setAttribute('mode', value);
  }

  /** The routine shown below the map, or `null` for none. */
  get routine(): string | null {
    return this.getAttribute('routine');
  }

  set routine(value: string | null) {
    if (value === null) {
      this.removeAttribute('routine');
    } else {
      this.setAttribute('routine', value);
    }
  }

  /**
   * The routine's step shown (from 0), or `null` while no routine is shown. Setting it (once the
   * routine is shown) moves to that step and fires no event.
   */
  get routineStep(): number | null {
    const { routine } = this.#map.getState();
    return routine?.status === 'shown' ? routine.step : null;
  }

  set routineStep(value: number) {
    this.#byPage = true;
    try {
      this.#map.setRoutineStep(value);
    } finally {
      this.#byPage = false;
    }
  }

  /**
   * In intake mode, the marks. Set an array of marks or their JSON; an entry the map cannot read is
   * named in the console and dropped, and the others are kept. Setting it fires no event.
   */
  get value(): BodyMapMarks {
    return this.#map.getState().value;
  }

  set value(value: BodyMapMarks | string) {
    this.#byPage = true;
    try {
      this.#map.setValue(value);
    } finally {
      this.#byPage = false;
    }
  }

  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  set name(value: string) {
    this.setAttribute('name', value);
  }

  get required(): boolean {
    return this.hasAttribute('required');
  }

  set required(value: boolean) {
    this.toggleAttribute('required', value);
  }

  /** Whether the symptom finder shows above the figure; reflects the `search` attribute. */
  get search(): boolean {
    return this.hasAttribute('search');
  }

  set search(value: boolean) {
    this.toggleAttribute('search', value);
  }

  get min(): number | undefined {
    return this.#count('min');
  }

  set min(value: number | undefined) {
    this.#setCount('min', value);
  }

  get max(): number | undefined {
    return this.#count('max');
  }

  set max(value: number | undefined) {
    this.#setCount('max', value);
  }

  /** The form the map is a field of, as an input's `form`. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  formResetCallback(): void {
    // A reset is the form's, as on any field: no `input` or `change`.
    this.#byPage = true;
    try {
      this.#map.resetValue();
    } finally {
      this.#byPage = false;
    }
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    // The browser gives back what `setFormValue` stored: the marks' JSON, on a page restored from
    // history or filled in by autocomplete.
    if (typeof state === 'string') {
      this.value = state;
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.#mount.inert = disabled;
    this.#internals.ariaDisabled = disabled ? 'true' : null;
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
      mode: this.mode,
      routine: this.routine ?? undefined,
      onRoutineStepChange: (step) => {
        if (!this.#byPage) {
          this.#emit<RoutineStepChangeDetail>('routinestepchange', { routine: this.routine ?? '', step });
        }
      },
      required: this.required,
      min: this.min,
      max: this.max,
      onValueChange: () => {
        if (!this.#byPage) {
          // As a checkbox does: each of the visitor's changes is both an input and a committed change.
          this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        }
      },
      onViewChange: (view) => {
        this.#reflect('view', view);
        if (!this.#byPage) {
          this.#emit<ViewChangeDetail>('viewchange', { view });
        }
      },
      onLayerChange: (layer) => {
        this.#reflect('layer', layer);
        if (!this.#byPage) {
          this.#emit<LayerChangeDetail>('layerchange', { layer });
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

  /** Hands the marks and their validity to the form, on every change of either. */
  #updateForm(): void {
    const { mode, value, invalidity, validationMessage, validationShown } = this.#map.getState();
    const json = JSON.stringify(value);
    // In explore mode the map is no field, and sends nothing.
    this.#internals.setFormValue(mode === 'intake' ? json : null, json);
    this.#internals.setValidity(invalidity === null ? {} : { [invalidity]: true }, validationMessage, this.#anchor);
    if (validationShown) {
      this.#internals.states.add('user-invalid');
    } else {
      this.#internals.states.delete('user-invalid');
    }
  }

  #count(name: 'min' | 'max'): number | undefined {
    const count = Number(this.getAttribute(name) ?? Number.NaN);
    return Number.isInteger(count) && count >= 0 ? count : undefined;
  }

  #setCount(name: 'min' | 'max', value: number | undefined): void {
    if (value === undefined) {
      this.removeAttribute(name);
    } else {
      this.setAttribute(name, String(value));
    }
  }

  /**
   * Whether the map keeps its state in the page's address: `true` for the `bodymap` query parameter,
   * the parameter's name, or `false`; reflects the `url-state` attribute.
   */
  get urlState(): boolean | string {
    const value = this.getAttribute('url-state');
    return value === null ? false : value === '' ? true : value;
  }

  set urlState(value: boolean | string) {
    if (value === false) {
      this.removeAttribute('url-state');
    } else {
      this.setAttribute('url-state', value === true ? '' : String(value));
    }
  }

  #render(): void {
    this.#root?.render(createElement(BodyMap, { controller: this.#map, theme: this.theme, urlState: this.urlState, search: this.search }));
  }

  #reflect(name: 'view' | 'layer' | 'region', value: string | null): void {
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

  #checkMode(value: string | null): void {
    if (value !== null && !bodyMapModes.some((mode) => mode === value)) {
      this.#warn(`[bodymap] <body-map mode="${value}">: not a known mode, so the map explores. Use ${bodyMapModes.join(', ')}.`);
    }
  }

  #checkCount(name: 'min' | 'max', value: string | null): void {
    if (value !== null && this.#count(name) === undefined) {
      this.#warn(`[bodymap] <body-map ${name}="${value}">: not a whole number of regions, so it is ignored. Use a number such as 3.`);
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
    layerchange: CustomEvent<LayerChangeDetail>;
    routinestepchange: CustomEvent<RoutineStepChangeDetail>;
  }
}
