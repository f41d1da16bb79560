import type { MockInstance } from 'vitest';
import type { ContentPack, PartialContentPack, ViewId } from '@bodymap/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { BodyMap } from './body-map.js';

// Whatever a page passes, the map draws every region with a name and still opens panels: bad input
// is reported (in development) and left out, never thrown.

const regionIds = fixtureAtlas.regions.map((region) => region.id);

// Any JSON-like value, including the wrong kinds where objects or strings belong.
const junk = fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withSparseArray: true });
const text = fc.oneof(fc.string(), fc.constantFrom('', '<img src=x onerror=alert(1)>', '{region}', '__proto__', 'constructor'));

const partialPack = fc.record(
  {
    locale: fc.oneof(text, junk),
    strings: fc.oneof(
      junk,
      fc.record(
        {
          mapLabel: fc.oneof(text, junk),
          views: fc.oneof(junk, fc.dictionary(fc.constantFrom('front', 'back', 'soles', 'side'), fc.oneof(text, junk))),
          zoom: junk,
          retry: fc.oneof(text, junk),
          evidence: junk,
        },
        { requiredKeys: [] },
      ),
    ),
    labels: fc.oneof(junk, fc.dictionary(fc.oneof(fc.constantFrom(...regionIds), text), fc.oneof(text, junk))),
    panels: fc.oneof(junk, fc.dictionary(fc.constantFrom(...regionIds), junk)),
    techniques: junk,
    captions: junk,
    sources: junk,
    glossary: junk,
  },
  { requiredKeys: [] },
);
// With a `version` a pack claims to be complete, and replaces the bundled one instead of being laid over it.
const completePack = partialPack.map((pack) => ({ ...pack, version: 1 }));

const props = fc.record(
  {
    content: fc.oneof(partialPack, completePack, junk),
    view: fc.oneof(fc.constantFrom<unknown>('front', 'back', 'side', ''), junk),
    selectedRegion: fc.oneof(fc.constantFrom<unknown>(...regionIds, 'elbow', ''), text, junk),
    locale: fc.oneof(fc.constantFrom<unknown>('en', 'es', 'fr'), junk),
    zoomTo: fc.oneof(fc.constantFrom<unknown>('head', 'arms', 'nowhere'), junk),
    theme: fc.oneof(fc.constantFrom<unknown>('dark', 'neon'), junk),
  },
  { requiredKeys: [] },
);

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
  error.mockRestore();
});

it('draws every region with a name and opens a panel whatever content and props it is given', async () => {
  await fc.assert(
    fc.asyncProperty(props, async (given) => {
      cleanup();
      error.mockClear();
      // The map's props are typed; pages and the element pass whatever they hold.
      const loose = given as unknown as {
        content?: ContentPack | PartialContentPack;
        view?: ViewId;
        selectedRegion?: string;
        locale?: string;
        zoomTo?: string;
        theme?: 'light';
      };
      render(<BodyMap atlas={fixtureAtlas} locales={{ en: fixtureContent }} {...loose} />);
      await act(async () => undefined);
      const buttons = [...document.querySelectorAll<SVGElement>('[data-region]')];
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) {
        expect(button.getAttribute('role')).toBe('button');
        expect(button.getAttribute('aria-label')?.trim()).toBeTruthy();
      }
      const drawn = buttons.map((button) => button.getAttribute('data-region'));
      expect(drawn.every((id) => regionIds.includes(id!))).toBe(true);
      for (const button of document.querySelectorAll('.bodymap-view-switch button')) {
        expect(button.textContent?.trim()).toBeTruthy();
      }
      // A controlled selection belongs to the page; otherwise a click opens the region's panel.
      const target = buttons[0]!;
      if (!('selectedRegion' in given)) {
        fireEvent.click(target);
        expect(await screen.findByRole('dialog')).toBeInTheDocument();
        expect(target).toHaveAttribute('aria-expanded', 'true');
      }
      // React reports a thrown render through console.error; nothing may reach it.
      expect(error).not.toHaveBeenCalled();
    }),
    { numRuns: 120, interruptAfterTimeLimit: 30_000 },
  );
}, 60_000);
