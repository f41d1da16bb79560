// A benchmark page: loads one library's app, mounts it and records when it was painted, and times
// clicks, taps and key presses on request. Times are `performance.now()` values, in ms from the
// start of navigation. The query names what to wait for: `figure`, a selector that matches once the
// figure is drawn; and `layout=article` places the figure inside a long article, as on a phone.
// First, before React DOM is evaluated: the hook that counts commits and components rendered.
import { lastCommit, renders } from './renders.ts';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

interface ClickWatch {
  /** The clicked element's attribute whose change shows it highlighted. */
  attribute: string;
  /** Selectors to wait for as well, each by name (the panel, then its text). */
  also?: Record<string, string>;
  /** The event that starts the clock: the `click`, or a tap's first event, `pointerdown`. */
  start?: 'click' | 'pointerdown';
}

interface ClickTimes {
  /** The start event's `timeStamp`. */
  click: number;
  /** When each change was painted, by name: `highlight` and those of `also`. */
  painted: Record<string, number>;
}

interface KeyTimes {
  /** The `keydown` event's `timeStamp`. */
  key: number;
  /** When the focus, moved to another element that `selector` matches, was painted. */
  painted: number;
  from: string | null;
  to: string | null;
}

/** What the Event Timing API reported: each event that took at least 16 ms to its next paint. */
interface EventTime {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
}

declare global {
  interface Window {
    /** React's commits and the components they rendered, counted since the last `reset()`. */
    renders: typeof renders;
    bench: {
      scriptStart: number;
      appLoaded: number;
      mountStart: number;
      /** When React committed the figure: the end of rendering it. */
      committed: number;
      painted: number;
      armClick: (watch: ClickWatch) => void;
      click?: Promise<ClickTimes>;
      /** The next key press that moves the focus to an element `selector` matches. */
      armKey: (selector: string) => void;
      key?: Promise<KeyTimes>;
      /** The longest duration among the events that started from `start` to `end`, 0 if none reached 16 ms. */
      longestEvent: (start: number, end: number) => number;
    };
  }
}

const scriptStart = performance.now();
window.renders = renders;

const events: EventTime[] = [];
if (PerformanceObserver.supportedEntryTypes.includes('event')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { interactionId?: number }>) {
      events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, interactionId: entry.interactionId ?? 0 });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

function longestEvent(start: number, end: number) {
  // Event Timing start times are the events' own `timeStamp`s.
  return events.filter((entry) => entry.startTime >= start - 0.5 && entry.startTime <= end).reduce((longest, entry) => Math.max(longest, entry.duration), 0);
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

/** Resolves as soon as `ready()` holds, checked now and after every change to the document or the focus. */
function whenDocument(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) {
      resolve();
      return;
    }
    const check = () => {
      if (ready()) {
        observer.disconnect();
        document.removeEventListener('focusin', check);
        resolve();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('focusin', check);
  });
}

function armClick({ attribute, also = {}, start = 'click' }: ClickWatch) {
  window.bench.click = new Promise((resolve) => {
    // On the window and capturing, so it runs before any handler of the page's own.
    addEventListener(
      start,
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

function armKey(selector: string) {
  const name = (element: Element | null) => element?.getAttribute('data-region') ?? element?.tagName ?? null;
  window.bench.key = new Promise((resolve) => {
    addEventListener(
      'keydown',
      (event) => {
        const from = document.activeElement;
        void whenDocument(() => document.activeElement !== from && (document.activeElement?.matches(selector) ?? false))
          .then(afterNextPaint)
          .then((painted) => resolve({ key: event.timeStamp, painted, from: name(from), to: name(document.activeElement) }));
      },
      { capture: true, once: true },
    );
  });
}

const article = [
  'Most people who come to a clinic with pain in one place have felt it somewhere else first. A knee that aches after a long walk may be answering to a stiff hip; a sore shoulder may start in the neck. Before anything else, it helps to say where it hurts, and to say it in the same words every time.',
  'That is harder than it sounds. "My side" can mean the ribs, the waist or the hip, and "my back" covers everything from the neck to the tailbone. A map of the body, with each part named, lets a reader point instead of describe, and read what that part is called and what it does.',
  'Pain that moves around is worth noting too. Write down where it was in the morning and where it is at night, what you were doing when it began, and whether it comes with stiffness, swelling or numbness. A week of such notes says more than any single visit can.',
  'None of this replaces an examination. A map is a way into a conversation, not a diagnosis: the same spot can hurt for many reasons, and some of them need to be looked at soon. Sudden, severe pain, or pain with fever, weakness or loss of feeling, should be seen to the same day.',
];

function placeInArticle(container: HTMLElement) {
  document.body.classList.add('article');
  const paragraphs = (count: number, from: number) =>
    Array.from({ length: count }, (_, index) => Object.assign(document.createElement('p'), { textContent: article[(from + index) % article.length] }));
  const main = document.createElement('article');
  container.before(main);
  main.append(Object.assign(document.createElement('h1'), { textContent: 'Where does it hurt?' }), ...paragraphs(6, 0), container, ...paragraphs(6, 2));
}

const { App } = await import('bench:app');
const appLoaded = performance.now();

const query = new URLSearchParams(location.search);
const figure = query.get('figure') ?? '*';
const container = document.getElementById('root')!;
if (query.get('layout') === 'article') {
  placeInArticle(container);
}
const drawn = whenDocument(() => container.querySelector(figure) !== null);
// Mounted once the page is drawing frames, so that no library's time includes the page's first frame.
await afterNextPaint();
await afterNextPaint();
const mountStart = performance.now();
createRoot(container).render(createElement(App));
await drawn;
const committed = lastCommit.time;
const painted = await afterNextPaint();
window.bench = { scriptStart, appLoaded, mountStart, committed, painted, armClick, armKey, longestEvent };
