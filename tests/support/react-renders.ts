// Counts React's commits and the components each one rendered, through the hook React DevTools
// uses: for the benchmark pages (tests/bench/pages) and for component tests alike.
//
// React DOM looks for the hook once, when it is first evaluated, so it must be installed before
// that: first thing in a page's code, or in a test with `vi.hoisted`, before any module that loads
// `react-dom` (Testing Library does) and in a setup file if a setup file loads one. `attached`
// tells whether a renderer has connected to it.
//
// A component rendered in a commit, as React DevTools' profiler tells it, when its fiber was
// mounted in that commit or has the PerformedWork flag: it ran, rather than bailing out (a memo
// whose props were equal, a component none of whose state or context changed). Only the part of
// the tree React worked on is walked: where a fiber's children are still its previous version's,
// React reused that subtree whole and nothing in it rendered.

/** Fiber tags of the components that render: function, class, forwardRef, memo and simple memo. */
const componentTags = new Set([0, 1, 11, 14, 15]);
/** The fiber flag React sets when a component did its work rather than bail out. */
const PerformedWork = 1;

/** The few fields of React's internal fiber read here. */
interface Fiber {
  tag: number;
  type: unknown;
  elementType: unknown;
  flags: number;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

interface FiberRoot {
  current: Fiber;
}

export interface ReactRenders {
  /** Commits since installing or the last `reset()`. */
  readonly commits: number;
  /** Component renders in those commits: a component rendered in two commits counts twice. */
  readonly components: number;
  /** The same, by component display name (its function's name when it has none). */
  readonly byName: Record<string, number>;
  /** Whether a renderer (React DOM) has connected: false if it was evaluated before the hook. */
  readonly attached: boolean;
  reset(): void;
}

export interface ReactRendersOptions {
  /** Called after each commit has been counted, with the components it rendered. */
  onCommit?: (rendered: number) => void;
}

const key = '__REACT_DEVTOOLS_GLOBAL_HOOK__';
const counter = Symbol.for('bodymap.reactRenders');

type Hook = Record<string | symbol, unknown>;

function nameOf(type: unknown): string | undefined {
  if (typeof type === 'function') {
    return (type as { displayName?: string }).displayName || type.name || undefined;
  }
  if (typeof type === 'object' && type !== null) {
    // forwardRef keeps its function in `render`, memo its component in `type`.
    const { displayName, render, type: inner } = type as { displayName?: string; render?: unknown; type?: unknown };
    return displayName || nameOf(render ?? inner);
  }
  return undefined;
}

/**
 * Installs the hook on `target` (the global object: `window` in a page, `globalThis` in a test)
 * and returns the counts it keeps. Installing twice on the same object returns the same counts;
 * a hook already there (React DevTools' own) keeps working, with the counting added to it.
 */
export function installReactRenders(target: object = globalThis, { onCommit }: ReactRendersOptions = {}): ReactRenders {
  const global = target as Record<string, Hook | undefined>;
  const existing = global[key];
  if (existing?.[counter]) {
    return existing[counter] as ReactRenders;
  }

  let commits = 0;
  let components = 0;
  let byName = new Map<string, number>();
  let attached = false;

  const count = (fiber: Fiber) => {
    components += 1;
    const name = nameOf(fiber.elementType) ?? nameOf(fiber.type) ?? 'Anonymous';
    byName.set(name, (byName.get(name) ?? 0) + 1);
  };

  const countCommit = (root: FiberRoot) => {
    commits += 1;
    const before = components;
    const stack: Array<[Fiber, boolean]> = [];
    const pushChildren = (fiber: Fiber, mounting: boolean) => {
      for (let child = fiber.child; child !== null; child = child.sibling) {
        stack.push([child, mounting || child.alternate === null]);
      }
    };
    const descend = (fiber: Fiber, mounting: boolean) => {
      // A subtree React did not enter keeps the very children of the fiber's previous version.
      if (mounting || fiber.alternate === null || fiber.child !== fiber.alternate.child) {
        pushChildren(fiber, mounting);
      }
    };
    descend(root.current, false);
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const [fiber, mounting] = next;
      if (componentTags.has(fiber.tag) && (mounting || (fiber.flags & PerformedWork) !== 0)) {
        count(fiber);
      }
      descend(fiber, mounting);
    }
    onCommit?.(components - before);
  };

  const renders: ReactRenders = {
    get commits() {
      return commits;
    },
    get components() {
      return components;
    },
    get byName() {
      return Object.fromEntries([...byName].sort(([, a], [, b]) => b - a));
    },
    get attached() {
      return attached;
    },
    reset() {
      commits = 0;
      components = 0;
      byName = new Map();
    },
  };

  if (existing) {
    const { inject, onCommitFiberRoot } = existing as { inject?: (...args: unknown[]) => unknown; onCommitFiberRoot?: (...args: unknown[]) => unknown };
    existing.inject = function (this: unknown, ...args: unknown[]) {
      attached = true;
      return inject?.apply(this, args);
    };
    existing.onCommitFiberRoot = function (this: unknown, ...args: unknown[]) {
      countCommit(args[1] as FiberRoot);
      return onCommitFiberRoot?.apply(this, args);
    };
    existing[counter] = renders;
    return renders;
  }

  let renderers = 0;
  global[key] = {
    [counter]: renders,
    // React DOM connects only to a hook that supports fibers; `checkDCE` is its check that a
    // production build was minified.
    supportsFiber: true,
    renderers: new Map(),
    inject(internals: unknown) {
      attached = true;
      renderers += 1;
      (this.renderers as Map<number, unknown>).set(renderers, internals);
      return renderers;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_renderer: number, root: FiberRoot) {
      countCommit(root);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
  return renders;
}
