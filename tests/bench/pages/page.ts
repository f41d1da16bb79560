// A benchmark page: loads one library's app, mounts it and records when it was painted, and times
// clicks on request. Times are `performance.now()` values, in ms from the start of navigation.
// The query names what to wait for: `figure`, a selector that matches once the figure is drawn.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

interface ClickWatch {
  /** The clicked element's attribute whose change shows it highlighted. */
  attribute: string;
  /** Selectors to wait for as well, each by name (the panel, then its text). */
  also?: Record<string, string>;
}

interface ClickTimes {
  click: number;
  /** When each change was painted, by name: `highlight` and those of `also`. */
  painted: Record<string, number>;
}

declare global {
  interface Window {
    /** Set up in index.html. */
    __REACT_DEVTOOLS_GLOBAL_HOOK__: { commits: number; lastCommit: number };
    bench: {
      scriptStart: number;
      appLoaded: number;
      mountStart: number;
      /** When React committed the figure: the end of rendering it. */
      committed: number;
      painted: number;
      armClick: (watch: ClickWatch) => void;
      click?: Promise<ClickTimes>;
    };
  }
}

/**
 * The time once the next frame has been painted: a task queued from the frame's animation callback
 * runs after that frame's style, layout and paint (which follow the callbacks in the same task).
 */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves as soon as `ready()` holds, checked now and after every change to the document. */
function whenDocument(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (ready()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function armClick({ attribute, also = {} }: ClickWatch) {
  window.bench.click = new Promise((resolve) => {
    // On the window and capturing, so it runs before any handler of the page's own.
    addEventListener(
      'click',
      (event) => {
        const target = event.target as Element;
        const before = target.getAttribute(attribute);
        const conditions: Record<string, () => boolean> = { highlight: () => target.getAttribute(attribute) !== before };
        for (const [name, selector] of Object.entries(also)) {
          conditions[name] = () => document.querySelector(selector) !== null;
        }
        const painted: Record<string, number> = {};
        const waits = Object.entries(conditions).map(([name, ready]) =>
          whenDocument(ready)
            .then(afterNextPaint)
            .then((time) => {
              painted[name] = time;
            }),
        );
        void Promise.all(waits).then(() => resolve({ click: event.timeStamp, painted }));
      },
      { capture: true, once: true },
    );
  });
}

const scriptStart = performance.now();
const { App } = await import('bench:app');
const appLoaded = performance.now();

const figure = new URLSearchParams(location.search).get('figure') ?? '*';
const container = document.getElementById('root')!;
const drawn = whenDocument(() => container.querySelector(figure) !== null);
// Mounted once the page is drawing frames, so that no library's time includes the page's first frame.
await afterNextPaint();
await afterNextPaint();
const mountStart = performance.now();
createRoot(container).render(createElement(App));
await drawn;
const committed = window.__REACT_DEVTOOLS_GLOBAL_HOOK__.lastCommit;
const painted = await afterNextPaint();
window.bench = { scriptStart, appLoaded, mountStart, committed, painted, armClick };
