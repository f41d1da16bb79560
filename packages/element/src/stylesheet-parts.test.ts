import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import modules from '../stylesheet-parts.json' with { type: 'json' };
import { addStylesheetPart, stylesheetParts } from './stylesheet-parts.ts';

/** A shadow root as the element makes it: the first view's stylesheet, then the map. */
function shadowRoot() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = '.bodymap-root { display: grid; }';
  root.append(style, document.createElement('div'));
  return root;
}

const partsIn = (root: ShadowRoot) => [...root.querySelectorAll('style')].map((style) => style.dataset.bodymapPart ?? 'first view');

describe('the parts of the stylesheet in the module script', () => {
  it('reach every shadow root, in the stylesheet’s order whatever order they arrive in, and the roots made later', () => {
    const [first, second] = [shadowRoot(), shadowRoot()];
    stylesheetParts.attach(first);
    stylesheetParts.attach(second);
    addStylesheetPart('panel', 2, '.bodymap-panel { display: flex; }');
    addStylesheetPart('labels', 1, '.bodymap-evidence { display: inline-block; }');
    // The routine's code hands out the labels too; a part is put in a root once.
    addStylesheetPart('labels', 1, '.bodymap-evidence { display: inline-block; }');
    expect(partsIn(first)).toEqual(['first view', 'labels', 'panel']);
    expect(partsIn(second)).toEqual(['first view', 'labels', 'panel']);
    expect(first.querySelector('[data-bodymap-part="panel"]')?.textContent).toBe('.bodymap-panel { display: flex; }');

    const later = shadowRoot();
    stylesheetParts.attach(later);
    expect(partsIn(later)).toEqual(['first view', 'labels', 'panel']);
    // A root given back (its element removed) takes no more parts; attached again, it catches up.
    stylesheetParts.detach(second);
    addStylesheetPart('referral', 7, '.bodymap-referral { stroke: red; }');
    expect(partsIn(first)).toEqual(['first view', 'labels', 'panel', 'referral']);
    expect(partsIn(second)).toEqual(['first view', 'labels', 'panel']);
    stylesheetParts.attach(second);
    expect(partsIn(second)).toEqual(['first view', 'labels', 'panel', 'referral']);
  });
});

const reactSource = join(import.meta.dirname, '../../react/src');
const read = (name: string) => readFileSync(join(reactSource, name), 'utf8');
const partNames = [...read('styles.css').matchAll(/^@import '\.\/styles\/([\w-]+)\.css';$/gm)].map(([, name]) => name!);
const sourceFiles = readdirSync(reactSource).filter((file) => /^[\w-]+\.tsx?$/.test(file) && !file.includes('.test.'));
/** The modules whose source names a class: those that may render an element with it. */
const renderersOf = (className: string) =>
  sourceFiles.filter((file) => new RegExp(`\\b${className}\\b(?!-)`).test(read(file))).map((file) => file.replace(/\.tsx?$/, ''));

/** Each style rule of a stylesheet: its selectors and whether it only sets custom properties. */
function rulesOf(css: string) {
  const rules: { selector: string; onlyCustomProperties: boolean }[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    const close = text.indexOf('}', at);
    if (open === -1 || close < open) {
      at = close === -1 ? text.length : close + 1;
      continue;
    }
    const prelude = text.slice(at, open).trim();
    if (prelude.startsWith('@media')) {
      at = open + 1;
    } else if (prelude.startsWith('@keyframes')) {
      // A keyframe's blocks name no element.
      at = text.indexOf('}', text.indexOf('}', open) + 1) + 1;
    } else {
      const declarations = text.slice(open + 1, close).split(';').map((declaration) => declaration.trim()).filter(Boolean);
      rules.push({ selector: prelude, onlyCustomProperties: declarations.every((declaration) => declaration.startsWith('--')) });
      at = close + 1;
    }
  }
  return rules;
}

describe('the modules loaded on demand and the parts they hand out', () => {
  const carriers = Object.entries(modules);

  it('name modules and parts that exist, and hand out every part but the first view’s', () => {
    for (const [module, { parts, draws }] of carriers) {
      expect(sourceFiles, module).toContain(`${module}.tsx`);
      expect(draws.map((drawn) => sourceFiles.some((file) => file.startsWith(`${drawn}.`)))).not.toContain(false);
      expect(partNames).toEqual(expect.arrayContaining(parts));
    }
    expect(new Set(carriers.flatMap(([, { parts }]) => parts))).toEqual(new Set(partNames.slice(1)));
    expect(partNames[0]).toBe('first-view');
  });

  it('style in each on-demand part only what the code that hands it out draws', () => {
    for (const part of partNames.slice(1)) {
      // The modules drawn once the code that hands out this part is here.
      const drawnWith = new Set(carriers.filter(([, { parts }]) => parts.includes(part)).flatMap(([, { draws }]) => draws));
      for (const { selector, onlyCustomProperties } of rulesOf(read(`styles/${part}.css`))) {
        if (onlyCustomProperties) {
          continue;
        }
        const classes = [...selector.matchAll(/\.(bodymap-[\w-]+)/g)].map(([, name]) => name!);
        const arrivesWithPart = classes.some((name) => {
          const renderers = renderersOf(name);
          return renderers.length > 0 && renderers.every((module) => drawnWith.has(module));
        });
        expect(arrivesWithPart, `${part}.css: ${selector} may match what the first view draws`).toBe(true);
      }
    }
  });
});
