import type { MockInstance } from 'vitest';
import { createBodyMap, type Atlas, type AtlasView, type ContentPack } from '@bodymap/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { armPanel, backView, fixtureAtlas, fixtureContent, fixturePanelStrings, layeredAtlas, layeredContent } from '../../../tests/unit/fixture.ts';
import { BodyMap, type BodyMapProps } from './body-map.js';
import * as BodyMapParts from './index.js';

function renderMap(props: Partial<BodyMapProps> = {}) {
  const user = userEvent.setup();
  const view = render(<BodyMap atlas={fixtureAtlas} content={fixtureContent} {...props} />);
  return { user, ...view };
}

const region = (name: string) => screen.getByRole('button', { name });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('regions', () => {
  it('renders every region of the view as a named button with its id', () => {
    renderMap();
    for (const [name, id] of [
      ['Head', 'head'],
      ['Left arm', 'arm-left'],
      ['Right arm', 'arm-right'],
      ['Belly', 'belly'],
    ]) {
      expect(region(name!)).toHaveAttribute('data-region', id);
      expect(region(name!)).toHaveAttribute('aria-expanded', 'false');
    }
    expect(screen.queryByRole('button', { name: 'Upper back' })).not.toBeInTheDocument();
  });

  it('draws the person\'s left on the viewer\'s right in the front view', () => {
    renderMap();
    expect(region('Left arm')).toHaveAttribute('data-side', 'left');
    expect(region('Left arm').getAttribute('d')).toMatch(/^M200,/);
  });

  it('clips the regions to the silhouette once, around them all, and a region drawn on its own by itself', () => {
    const { container } = renderMap();
    const clip = container.querySelector('clipPath');
    expect(clip?.querySelectorAll('path').length).toBeGreaterThan(0);
    expect(container.querySelector('.bodymap-regions')).toHaveAttribute('clip-path', `url(#${clip!.id})`);
    expect(region('Head')).not.toHaveAttribute('clip-path');
    const alone = render(
      <BodyMapParts.Root atlas={fixtureAtlas} content={fixtureContent}>
        <BodyMapParts.Viewport>
          <BodyMapParts.Region region="head" />
        </BodyMapParts.Viewport>
      </BodyMapParts.Root>,
    );
    const own = alone.container.querySelector('clipPath');
    expect(alone.container.querySelector('[data-region="head"]')).toHaveAttribute('clip-path', `url(#${own!.id})`);
  });

  it('gives the whole map a single tab stop', () => {
    renderMap();
    const stops = screen.getAllByRole('button').filter((button) => button.closest('svg') && button.tabIndex === 0);
    expect(stops).toHaveLength(1);
  });
});

describe('panel', () => {
  it('opens a dialog named after the clicked region with its sections', async () => {
    const { user } = renderMap();
    await user.click(region('Left arm'));
    const dialog = await screen.findByRole('dialog', { name: 'Left arm' });
    expect(region('Left arm')).toHaveAttribute('aria-expanded', 'true');
    expect(region('Left arm')).toHaveAttribute('aria-controls', dialog.id);
    expect(region('Left arm')).toHaveAttribute('data-state', 'selected');
    // The panel's words load on demand, beside the panel's code.
    for (const heading of ['Benefits', 'Techniques', 'Cautions']) {
      expect(await within(dialog).findByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(within(dialog).getByText(armPanel.summary)).toBeInTheDocument();
    expect(within(dialog).getAllByText('Research-supported')).toHaveLength(1);
    expect(within(dialog).getByText('Good fit')).toBeInTheDocument();
    // A statement's sources show once its toggle is opened.
    expect(within(dialog).queryByRole('link', { name: 'A review' })).toBeNull();
    await user.click(within(dialog).getByText('Sources', { selector: `summary[aria-label="Sources for: ${armPanel.benefits[0]!.text}"]` }));
    expect(within(dialog).getAllByRole('link', { name: 'A review' })[0]).toHaveAttribute('href', 'https://example.org/review');
    expect(within(dialog).getByText('General information, not medical advice.')).toBeInTheDocument();
  });

  it('names who reviewed a panel in small print, only when the content says so', async () => {
    const reviewed = { ...fixtureContent, panels: { ...fixtureContent.panels, head: { ...armPanel, reviewedBy: 'licensed massage therapist' } } };
    const { user } = renderMap({ content: reviewed });
    await user.click(region('Head'));
    expect(within(screen.getByRole('dialog', { name: 'Head' })).getByText('Reviewed by: licensed massage therapist')).toBeInTheDocument();
    await user.click(region('Left arm'));
    expect(within(screen.getByRole('dialog', { name: 'Left arm' })).queryByText(/^Reviewed by/)).not.toBeInTheDocument();
  });

  it('shows a loading state until on-demand text arrives', async () => {
    const { user } = renderMap();
    await user.click(region('Belly'));
    expect(await screen.findByText('The belly, loaded on demand.')).toBeInTheDocument();
  });

  it('closes with Escape and returns focus to the region', async () => {
    const { user } = renderMap();
    await user.click(region('Head'));
    await user.tab();
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(region('Head')).toHaveFocus();
    expect(region('Head')).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with its close button and returns focus to the region', async () => {
    const { user } = renderMap();
    await user.click(region('Belly'));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(region('Belly')).toHaveFocus();
  });

  it('closes on a click outside the map and the panel', async () => {
    const user = userEvent.setup();
    render(
      <>
        <p>Outside text</p>
        <BodyMap atlas={fixtureAtlas} content={fixtureContent} />
      </>,
    );
    await user.click(region('Head'));
    await user.click(screen.getByText('Outside text'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('switches to another region\'s panel on a click, and toggles closed on the same one', async () => {
    const { user } = renderMap();
    await user.click(region('Head'));
    await user.click(region('Right arm'));
    expect(screen.getByRole('dialog', { name: 'Right arm' })).toBeInTheDocument();
    await user.click(region('Right arm'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('announces the opened panel politely', async () => {
    const { user } = renderMap();
    await user.click(region('Right arm'));
    expect(screen.getByRole('status')).toHaveTextContent('Right arm panel opened');
  });
});

describe('panel parts, names and focus', () => {
  const controlsIn = (dialog: HTMLElement) => [
    ...within(dialog).queryAllByRole('button'),
    ...dialog.querySelectorAll<HTMLElement>('summary'),
  ];
  const nameOf = (control: HTMLElement) => control.getAttribute('aria-label') ?? control.textContent ?? '';

  it('names every control after what it belongs to, so no two in a panel share a name', async () => {
    const twoBenefits = {
      ...armPanel,
      benefits: [armPanel.benefits[0]!, { ...armPanel.benefits[0]!, text: 'May help sleep.' }],
      techniques: [...armPanel.techniques, { technique: 'sports' as const, fit: 'care' as const, howTo: 'Brisk strokes.' }],
    };
    // The glossary is only loaded when an entry is opened; its toggles are there before.
    const glossary = () => new Promise<never>(() => undefined);
    const { user } = renderMap({ content: { ...fixtureContent, glossary, panels: { ...fixtureContent.panels, 'arm-left': twoBenefits } } });
    await user.click(region('Left arm'));
    const dialog = await screen.findByRole('dialog', { name: 'Left arm' });
    await within(dialog).findByText(armPanel.summary);
    const names = controlsIn(dialog).map(nameOf);
    expect(names).toEqual(
      expect.arrayContaining([
        'Close',
        'Sources for: Studies suggest it may ease soreness.',
        'Sources for: May help sleep.',
        'Sources for: Skip bruised skin.',
        'About Swedish',
        'About Sports massage',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('leaves focus on the region after a click, and moves it to the title after a screen reader\'s activation', async () => {
    const { user } = renderMap();
    await user.click(region('Belly'));
    expect(await screen.findByRole('dialog', { name: 'Belly' })).toBeInTheDocument();
    expect(region('Belly')).toHaveFocus();
    await user.click(region('Belly'));
    // A screen reader's activation is a click with no pointer behind it.
    fireEvent.click(region('Head'), { detail: 0 });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Head' })).toHaveFocus());
    // Arrow keys move between regions again once Escape has brought focus back.
    await user.keyboard('{Escape}');
    expect(region('Head')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(region('Belly')).toHaveFocus();
  });

  it('closes with Escape pressed on the region, and stays open for a press on a region or a zoom button', async () => {
    const { user } = renderMap();
    await user.click(region('Head'));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByRole('dialog', { name: 'Head' })).toBeInTheDocument();
    await user.click(region('Belly'));
    expect(screen.getByRole('dialog', { name: 'Belly' })).toBeInTheDocument();
    act(() => region('Belly').focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(region('Belly')).toHaveFocus();
  });

  it('shows a skeleton, busy, with the title and Close, while the text loads', async () => {
    const never = () => new Promise<never>(() => undefined);
    const { user } = renderMap({ content: { ...fixtureContent, panels: { ...fixtureContent.panels, belly: never } } });
    await user.click(region('Belly'));
    const dialog = await screen.findByRole('dialog', { name: 'Belly' });
    expect(within(dialog).getByRole('heading', { name: 'Belly' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(dialog.querySelector('[aria-busy="true"]')).toHaveTextContent('Loading…');
  });

  it('composes a panel of its own from the parts, placed in the page, which a press outside leaves open', async () => {
    const user = userEvent.setup();
    render(
      <>
        <p>Outside text</p>
        <BodyMapParts.Root atlas={fixtureAtlas} content={fixtureContent}>
          <BodyMapParts.Viewport>
            <BodyMapParts.Regions />
          </BodyMapParts.Viewport>
          <aside>
            <BodyMapParts.Panel layout="inline">
              <BodyMapParts.PanelTitle />
              <BodyMapParts.PanelBody />
              <BodyMapParts.PanelClose />
            </BodyMapParts.Panel>
          </aside>
        </BodyMapParts.Root>
      </>,
    );
    await user.click(region('Left arm'));
    const dialog = await screen.findByRole('dialog', { name: 'Left arm' });
    expect(await within(dialog).findByText(armPanel.summary)).toBeInTheDocument();
    expect(dialog.closest('aside')).not.toBeNull();
    await user.click(screen.getByText('Outside text'));
    expect(screen.getByRole('dialog', { name: 'Left arm' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(region('Left arm')).toHaveFocus();
  });

  it('exports every panel part under its full and its short name', () => {
    for (const part of ['PanelTitle', 'PanelClose', 'PanelArrow', 'PanelBody', 'PanelDetailLink'] as const) {
      expect(BodyMapParts[part]).toBe(BodyMapParts[`BodyMap${part}`]);
    }
    expect(BodyMapParts.Panel).toBe(BodyMapParts.BodyMapPanel);
  });
});

describe('keyboard', () => {
  it('reaches the map after the view and zoom buttons, as one tab stop; moves with arrows by position and opens with Enter and Space', async () => {
    const { user } = renderMap();
    for (const name of ['Front', 'Back', 'Zoom in', 'Zoom out', 'Reset zoom']) {
      await user.tab();
      expect(screen.getByRole('button', { name })).toHaveFocus();
    }
    await user.tab();
    expect(region('Head')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(region('Belly')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(region('Left arm')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(region('Right arm')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(region('Head')).toHaveFocus();
    await user.keyboard('{End}');
    expect(region('Left arm')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Left arm' })).toBeInTheDocument();
    // Opened from the keyboard, the panel has focus, on its title; Escape brings it back.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Left arm' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(region('Left arm')).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: 'Left arm' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Leaving and coming back lands on the last focused region.
    await user.tab({ shift: true });
    await user.tab();
    expect(region('Left arm')).toHaveFocus();
  });
});

describe('controlled and uncontrolled props', () => {
  it('opens the default region and reports changes', async () => {
    const onSelectedRegionChange = vi.fn();
    const { user } = renderMap({ defaultSelectedRegion: 'arm-right', onSelectedRegionChange });
    expect(screen.getByRole('dialog', { name: 'Right arm' })).toBeInTheDocument();
    await user.click(region('Head'));
    expect(onSelectedRegionChange).toHaveBeenLastCalledWith('head');
    expect(screen.getByRole('dialog', { name: 'Head' })).toBeInTheDocument();
  });

  it('follows a controlled selection and only asks to change it', async () => {
    const onSelectedRegionChange = vi.fn();
    const { user, rerender } = renderMap({ selectedRegion: 'head', onSelectedRegionChange });
    await user.click(region('Belly'));
    expect(onSelectedRegionChange).toHaveBeenLastCalledWith('belly');
    expect(screen.getByRole('dialog', { name: 'Head' })).toBeInTheDocument();
    rerender(<BodyMap atlas={fixtureAtlas} content={fixtureContent} selectedRegion={null} onSelectedRegionChange={onSelectedRegionChange} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('resolves aliases and shows the view a controlled selection needs', async () => {
    function Harness() {
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <>
          <button type="button" onClick={() => setSelected('upper-back')}>
            Pick upper back
          </button>
          <BodyMap atlas={fixtureAtlas} content={fixtureContent} selectedRegion={selected} onSelectedRegionChange={setSelected} />
        </>
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Pick upper back' }));
    expect(await screen.findByRole('dialog', { name: 'Upper back' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches views, reports it, and loads the other view on demand', async () => {
    const onViewChange = vi.fn();
    const { user } = renderMap({ onViewChange });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onViewChange).toHaveBeenCalledWith('back');
    expect(await screen.findByRole('button', { name: 'Upper back' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Head' })).not.toBeInTheDocument();
    // The back view mirrors laterality: the person's left arm is now on the viewer's left.
    expect(region('Left arm').getAttribute('d')).toMatch(/^M0,/);
    expect(screen.getByRole('status')).toHaveTextContent('Back view shown');
  });

  it('keeps a controlled view until the owner changes it', async () => {
    const onViewChange = vi.fn();
    const { user } = renderMap({ view: 'front', onViewChange });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onViewChange).toHaveBeenCalledWith('back');
    expect(screen.getByRole('button', { name: 'Front' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('ignores an unknown region id or view with one warning naming it, and keeps working', async () => {
    const { user } = renderMap({ defaultSelectedRegion: 'elbow-left', defaultView: 'side' as never });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Unknown region id "elbow-left"'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Unknown view "side"'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(region('Head'));
    expect(screen.getByRole('dialog', { name: 'Head' })).toBeInTheDocument();
  });
});

describe('content safety and failure', () => {
  it('renders hostile strings as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const content = {
      ...fixtureContent,
      labels: { ...fixtureContent.labels, head: hostile },
      panels: { ...fixtureContent.panels, head: { ...armPanel, summary: hostile } },
    };
    const user = userEvent.setup();
    const { container } = render(<BodyMap atlas={fixtureAtlas} content={content} />);
    await user.click(screen.getByRole('button', { name: hostile }));
    expect(screen.getByRole('dialog', { name: hostile })).toHaveTextContent(hostile);
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('shows a fallback panel and one warning for invalid region content', async () => {
    const content = {
      ...fixtureContent,
      panels: { ...fixtureContent.panels, head: { ...armPanel, benefits: [{ ...armPanel.benefits[0]!, sources: [] }] } },
    };
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} content={content} />);
    await user.click(region('Head'));
    expect(screen.getByRole('dialog', { name: 'Head' })).toHaveTextContent('This panel could not be shown.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("region 'head': benefit 1 has no source"));
    await user.click(region('Left arm'));
    expect(screen.getByRole('dialog', { name: 'Left arm' })).toHaveTextContent(armPanel.summary);
  });

  it('loads a pack\'s source list only when a list citing it by key is opened', async () => {
    const registry = vi.fn(() => Promise.resolve({ trial: { title: 'A keyed trial', url: 'https://example.org/trial', kind: 'trial' as const } }));
    const keyed = { ...armPanel, benefits: [{ ...armPanel.benefits[0]!, sources: ['trial'] }] };
    const content = { ...fixtureContent, sources: registry, panels: { ...fixtureContent.panels, head: keyed } };
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} content={content} />);
    await user.click(region('Head'));
    expect(registry).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: 'Head' });
    await user.click(within(dialog).getAllByText('Sources')[0]!);
    expect(await within(dialog).findByRole('link', { name: 'A keyed trial' })).toHaveAttribute('href', 'https://example.org/trial');
    // What kind of work a source is stands beside its title.
    expect(within(dialog).getByRole('link', { name: 'A keyed trial' }).parentElement).toHaveTextContent(/^Trial A keyed trial$/);
    expect(registry).toHaveBeenCalledTimes(1);
  });

  it('explains a technique from the glossary, loaded when first expanded', async () => {
    const entry = {
      description: 'Long gliding strokes and kneading.',
      pressure: [1, 3] as const,
      duration: 'About an hour',
      evidence: 'research-supported' as const,
      evidenceSummary: 'Helps relaxation in trials.',
      sources: [{ title: 'A glossary source', url: 'https://example.org/glossary', kind: 'practice' }],
    };
    const glossary = vi.fn(() =>
      Promise.resolve(Object.fromEntries(Object.keys(fixturePanelStrings.techniqueNames).map((id) => [id, entry])) as never),
    );
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} content={{ ...fixtureContent, glossary }} />);
    await user.click(region('Left arm'));
    expect(glossary).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: 'Left arm' });
    await user.click(within(dialog).getByText('About Swedish'));
    expect(await within(dialog).findByText('Long gliding strokes and kneading.')).toBeVisible();
    expect(within(dialog).getByText('1 to 3 of 5')).toBeInTheDocument();
    expect(within(dialog).getByText('About an hour')).toBeInTheDocument();
    expect(within(dialog).getByText('Helps relaxation in trials.')).toBeInTheDocument();
    expect(glossary).toHaveBeenCalledTimes(1);
  });

  it('says when a view fails to load, keeps the other views working, and tries again on request', async () => {
    let attempts = 0;
    const atlas: Atlas = {
      ...fixtureAtlas,
      views: { ...fixtureAtlas.views, back: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(backView)) },
    };
    const user = userEvent.setup();
    render(<BodyMap atlas={atlas} content={fixtureContent} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Back view is unavailable.');
    await user.click(screen.getByRole('button', { name: 'Front' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(region('Head')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Upper back' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('offers a retry when panel text fails to load', async () => {
    // Offline until the person asks again: pointing at and pressing the region try too, ahead of the panel.
    let online = false;
    const flaky = () => (online ? Promise.resolve(armPanel) : Promise.reject(new Error('offline')));
    const content = { ...fixtureContent, panels: { ...fixtureContent.panels, belly: flaky } };
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} content={content} />);
    await user.click(region('Belly'));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    online = true;
    await user.click(retry);
    expect(await screen.findByText(armPanel.summary)).toBeInTheDocument();
  });

  it("shows a panel only with the panel's words and the disclaimer it ends with, and retries them when they failed to load", async () => {
    let online = false;
    const panelStrings = () => (online ? Promise.resolve({ ...fixturePanelStrings, disclaimer: 'Loaded disclaimer.' }) : Promise.reject(new Error('offline')));
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} content={{ ...fixtureContent, panelStrings }} />);
    await user.click(region('Belly'));
    const dialog = screen.getByRole('dialog', { name: 'Belly' });
    const retry = await within(dialog).findByRole('button', { name: 'Try again' });
    expect(within(dialog).queryByText('The belly, loaded on demand.')).not.toBeInTheDocument();
    online = true;
    await user.click(retry);
    expect(await within(dialog).findByText('Loaded disclaimer.')).toBeInTheDocument();
    expect(within(dialog).getByText('The belly, loaded on demand.')).toBeInTheDocument();
  });

  it("lays a host's panel words over the pack's string by string, loaded or given", async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <BodyMap atlas={fixtureAtlas} locales={{ en: fixtureContent }} content={{ panelStrings: () => Promise.resolve({ benefits: 'Advantages', fit: { good: 'Suits it' } }) }} />,
    );
    await user.click(region('Head'));
    const dialog = screen.getByRole('dialog', { name: 'Head' });
    expect(await within(dialog).findByRole('heading', { name: 'Advantages' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: fixturePanelStrings.cautions })).toBeInTheDocument();
    expect(within(dialog).getByText('Suits it')).toBeInTheDocument();
    expect(within(dialog).getByText(fixturePanelStrings.disclaimer)).toBeInTheDocument();
    rerender(<BodyMap atlas={fixtureAtlas} locales={{ en: fixtureContent }} content={{ panelStrings: { disclaimer: 'Our own note.', techniques: '' } }} />);
    expect(await within(dialog).findByText('Our own note.')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: fixturePanelStrings.techniques })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: fixturePanelStrings.benefits })).toBeInTheDocument();
  });
});

describe('composition', () => {
  it('keeps two maps on one page independent, with no duplicate ids', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <BodyMap atlas={fixtureAtlas} content={fixtureContent} />
        <BodyMap atlas={fixtureAtlas} content={fixtureContent} />
      </>,
    );
    const [first] = screen.getAllByRole('button', { name: 'Head' });
    await user.click(first!);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Head' })[1]).toHaveAttribute('aria-expanded', 'false');
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the root a part is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<BodyMapParts.Region region="head" />)).toThrow('`BodyMap.Region` must be used within `BodyMap.Root`');
  });

  it('respects a user handler that prevents the default', async () => {
    const user = userEvent.setup();
    render(
      <BodyMapParts.Root atlas={fixtureAtlas} content={fixtureContent}>
        <BodyMapParts.Viewport>
          <BodyMapParts.Region region="head" onClick={(event) => event.preventDefault()} />
          <BodyMapParts.Region region="belly" />
        </BodyMapParts.Viewport>
        <BodyMapParts.Panel />
      </BodyMapParts.Root>,
    );
    await user.click(region('Head'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(region('Belly'));
    expect(await screen.findByRole('dialog', { name: 'Belly' })).toBeInTheDocument();
  });
});

describe('locales and partial content', () => {
  const spanish = {
    version: 1 as const,
    locale: 'es',
    strings: {
      ...fixtureContent.strings,
      views: { front: 'Delante', back: 'Detrás', soles: 'Plantas' },
      close: '',
    },
    labels: { head: 'Cabeza', 'arm-left': 'Brazo izquierdo', 'arm-right': 'Brazo derecho', belly: 'Vientre' },
    panelStrings: {
      ...fixturePanelStrings,
      benefits: 'Beneficios',
      techniques: 'Técnicas',
      cautions: 'Precauciones',
      disclaimer: 'Información general, no consejo médico.',
    },
    panels: { ...fixtureContent.panels, head: { ...armPanel, summary: 'La cabeza.' } },
  };
  const locales = { en: fixtureContent, es: () => Promise.resolve(spanish) };

  it('switches language on demand, falling back to English string by string with one warning', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(<BodyMap atlas={fixtureAtlas} locales={locales} />);
    expect(region('Head')).toBeInTheDocument();
    rerender(<BodyMap atlas={fixtureAtlas} locales={locales} locale="es" />);
    expect(await screen.findByRole('button', { name: 'Cabeza' })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('button', { name: 'Detrás' })).toBeInTheDocument();
    // The Spanish pack has no name for the upper back and an empty close label: English fills both.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('strings.close, labels["upper-back"]'));
    await user.click(screen.getByRole('button', { name: 'Cabeza' }));
    const dialog = screen.getByRole('dialog', { name: 'Cabeza' });
    expect(within(dialog).getByRole('heading', { name: 'Beneficios' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('says when a language fails to load, keeps the map in English, and tries again on request', async () => {
    let attempts = 0;
    const flaky = { en: fixtureContent, es: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(spanish)) };
    const user = userEvent.setup();
    render(<BodyMap atlas={fixtureAtlas} locales={flaky} locale="es" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That language is unavailable.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('The "es" content pack failed to load; English is shown.'));
    await user.click(region('Head'));
    expect(screen.getByRole('dialog', { name: 'Head' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Cabeza' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('shows English with one warning for a locale it does not have', () => {
    render(<BodyMap atlas={fixtureAtlas} locales={locales} locale="fr" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Unknown locale "fr"; English is shown. Locales: en, es.'));
    expect(region('Head')).toBeInTheDocument();
  });

  it('lays a partial pack over the active one and reports what is wrong in it', async () => {
    const user = userEvent.setup();
    render(
      <BodyMap
        atlas={fixtureAtlas}
        locales={locales}
        content={{ labels: { head: 'Cranium', elbow: 'Elbow' }, panels: { belly: { ...armPanel, summary: 'Custom belly.' } } }}
      />,
    );
    expect(region('Cranium')).toBeInTheDocument();
    expect(region('Left arm')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("unknown region id 'elbow' in labels"));
    await user.click(region('Belly'));
    expect(screen.getByText('Custom belly.')).toBeInTheDocument();
  });
});

describe('zoom, hotspots and detail views', () => {
  // Zoom moves are instant under reduced motion: the tests read where a move ends, the browser
  // suites watch it animate.
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)', media: query }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const solesView: AtlasView = {
    id: 'soles',
    silhouette: [[[0, 200], [300, 200], [300, 300], [0, 300]]],
    regions: [{ region: 'pad', points: [[0, 200], [300, 200], [300, 300], [0, 300]] }],
    hotspots: [{ region: 'spot-left', point: [60, 250], caption: 'spot' }],
    details: [],
    captions: [{ key: 'pad-caption', at: [150, 210], minScale: 2 }],
  };
  const atlas: Atlas = {
    ...fixtureAtlas,
    regions: [
      ...fixtureAtlas.regions.map((model) => (model.id === 'belly' ? { ...model, detailView: 'soles' as const } : model)),
      { id: 'pad', side: 'midline', group: 'feet', views: ['soles'] },
      { id: 'spot-left', side: 'left', group: 'points', views: ['soles'] },
    ],
    views: { ...fixtureAtlas.views, soles: () => Promise.resolve(solesView) },
  };
  const content: ContentPack = {
    ...fixtureContent,
    labels: { ...fixtureContent.labels, pad: 'Pad', 'spot-left': 'Left spot' },
    captions: { spot: 'Spot', 'pad-caption': 'The pad' },
    panels: {
      ...fixtureContent.panels,
      pad: armPanel,
      'spot-left': {
        ...armPanel,
        claim: { location: 'Under the big toe', association: 'The head' },
        findings: [
          { text: 'Trials found no effect.', direction: 'no-effect', sources: [{ title: 'A review', url: 'https://example.org/r', kind: 'systematic-review' }] },
        ],
        cautions: [
          { text: 'Sudden severe pain needs urgent help.', kind: 'emergency' },
          { text: 'Keep pressure light.', kind: 'take-care' },
        ],
      },
    },
  };

  it('draws a hotspot as a named button that opens its panel, with the traditional claim apart', async () => {
    const user = userEvent.setup();
    render(<BodyMap atlas={atlas} content={content} defaultView="soles" />);
    const spot = await screen.findByRole('button', { name: 'Left spot' });
    expect(spot).toHaveAttribute('data-region', 'spot-left');
    expect(spot).toHaveAttribute('data-side', 'left');
    await user.click(spot);
    const dialog = await screen.findByRole('dialog', { name: 'Left spot' });
    const claim = within(dialog).getByRole('region', { name: 'Traditional claim' });
    expect(within(claim).getByText('This link is a tradition, not anatomy.')).toBeInTheDocument();
    expect(within(claim).getByText('Under the big toe')).toBeInTheDocument();
    // What research found has its own section, the result's direction in words and no evidence badge.
    const findings = within(dialog).getByRole('region', { name: 'What research found' });
    expect(within(findings).getAllByRole('listitem')[0]).toHaveTextContent(/^Found no benefit Trials found no effect\.Sources/);
    expect(within(findings).queryByText('Research-supported')).not.toBeInTheDocument();
    // Only an emergency is labelled as one; every caution says its kind for styling.
    const cautions = within(within(dialog).getByRole('region', { name: 'Cautions' })).getAllByRole('listitem');
    expect(cautions[0]).toHaveTextContent(/^Emergency Sudden severe pain needs urgent help\.$/);
    expect(cautions[0]).toHaveAttribute('data-kind', 'emergency');
    expect(cautions[1]).toHaveTextContent(/^Keep pressure light\.$/);
    expect(cautions[1]).toHaveAttribute('data-kind', 'take-care');
    // The short name shows only when zoomed in far enough to make room for it.
    expect(screen.queryByText('Spot')).not.toBeInTheDocument();
  });

  it('zooms with + and - about the focused region and back with 0, reporting each transform', async () => {
    const onTransformChange = vi.fn();
    const user = userEvent.setup();
    render(<BodyMap atlas={atlas} content={content} onTransformChange={onTransformChange} />);
    region('Belly').focus();
    await user.keyboard('+');
    await vi.waitFor(() => expect(onTransformChange).toHaveBeenLastCalledWith({ k: 1.6, x: -90, y: -90 }));
    await user.keyboard('-');
    await vi.waitFor(() => expect(onTransformChange).toHaveBeenLastCalledWith({ k: 1, x: 0, y: 0 }));
    await user.keyboard('++0');
    await vi.waitFor(() => expect(onTransformChange).toHaveBeenLastCalledWith({ k: 1, x: 0, y: 0 }));
    expect(region('Belly')).toHaveFocus();
  });

  it('follows a controlled transform, within the limits, and only asks to change it', async () => {
    const onTransformChange = vi.fn();
    const user = userEvent.setup();
    const { container, rerender } = render(
      <BodyMap atlas={atlas} content={content} transform={{ k: 2, x: -100, y: -50 }} onTransformChange={onTransformChange} />,
    );
    const scene = container.querySelector('.bodymap-scene')!;
    expect(scene).toHaveAttribute('transform', 'translate(-100,-50) scale(2)');
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    await vi.waitFor(() => expect(onTransformChange).toHaveBeenLastCalledWith({ k: 1, x: 0, y: 0 }));
    expect(scene).toHaveAttribute('transform', 'translate(-100,-50) scale(2)');
    // Out of range: clamped to the largest zoom and to the figure's edges.
    rerender(<BodyMap atlas={atlas} content={content} transform={{ k: 20, x: 500, y: 0 }} onTransformChange={onTransformChange} />);
    expect(scene).toHaveAttribute('transform', 'translate(0,0) scale(8)');
  });

  it('zooms to a region or group given as zoomTo, and warns once for one it cannot find', async () => {
    const onTransformChange = vi.fn();
    const { rerender } = render(<BodyMap atlas={atlas} content={content} zoomTo="head" onTransformChange={onTransformChange} />);
    await vi.waitFor(() => expect(onTransformChange).toHaveBeenLastCalledWith(expect.objectContaining({ k: expect.closeTo(300 / 148, 5) })));
    rerender(<BodyMap atlas={atlas} content={content} zoomTo="elbow" onTransformChange={onTransformChange} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`zoomTo` "elbow" is not a region or group drawn in the front view'));
  });

  it('leads from a region to its detail view, with focus arriving there', async () => {
    const onViewChange = vi.fn();
    const user = userEvent.setup();
    render(<BodyMap atlas={atlas} content={content} onViewChange={onViewChange} />);
    await user.click(region('Belly'));
    await user.click(await screen.findByRole('button', { name: 'See the Soles' }));
    await vi.waitFor(() => expect(onViewChange).toHaveBeenCalledWith('soles'));
    expect(await screen.findByRole('button', { name: 'Pad' })).toBeInTheDocument();
    await vi.waitFor(() => expect(document.activeElement).toHaveAttribute('data-region'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('a controller of your own', () => {
  it('draws the state of a controller created outside React, and its actions move the map', async () => {
    const map = createBodyMap({ atlas: fixtureAtlas, locales: { en: fixtureContent } });
    render(<BodyMap controller={map} />);
    expect(region('Head')).toHaveAttribute('aria-expanded', 'false');
    act(() => {
      map.select('arm-left');
    });
    expect(await screen.findByRole('dialog', { name: 'Left arm' })).toBeInTheDocument();
    expect(region('Left arm')).toHaveAttribute('aria-expanded', 'true');
    const user = userEvent.setup();
    await user.click(region('Belly'));
    expect(map.getState().selectedRegion).toBe('belly');
  });

  it('ignores the map options when given a controller, since its owner drives it', () => {
    function Harness() {
      const map = BodyMapParts.useBodyMap({ atlas: fixtureAtlas, content: fixtureContent, defaultView: 'back' });
      return <BodyMap controller={map} defaultView="front" />;
    }
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('layers', () => {
  const renderLayered = (props: Partial<BodyMapProps> = {}) => renderMap({ atlas: layeredAtlas, content: layeredContent, ...props });

  it('switches to the muscle layer with its toggle, by mouse and by keyboard, and back', async () => {
    const onLayerChange = vi.fn();
    const { user } = renderLayered({ onLayerChange });
    const layers = screen.getByRole('group', { name: 'Layer' });
    const muscles = within(layers).getByRole('button', { name: 'Muscles' });
    expect(within(layers).getByRole('button', { name: 'Areas' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(muscles);
    const biceps = await screen.findByRole('button', { name: 'Left biceps' });
    expect(biceps).toHaveAttribute('data-layer', 'muscles');
    expect(biceps).toHaveAttribute('data-depth', 'superficial');
    expect(muscles).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: 'Left arm' })).not.toBeInTheDocument();
    within(layers).getByRole('button', { name: 'Areas' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Left arm' })).toHaveAttribute('data-layer', 'areas');
    expect(onLayerChange.mock.calls).toEqual([['muscles'], ['areas']]);
  });

  it("lists an area's muscles in its panel, each opening the muscle's own panel on the muscle layer", async () => {
    const { user } = renderLayered();
    await user.click(region('Left arm'));
    const dialog = await screen.findByRole('dialog', { name: 'Left arm' });
    const list = within(dialog).getByRole('region', { name: 'Muscles in this area' });
    await user.click(within(list).getByRole('button', { name: 'Left biceps' }));
    const muscle = await screen.findByRole('dialog', { name: 'Left biceps' });
    expect(within(muscle).getByText('Bends the elbow.')).toBeVisible();
    expect(within(muscle).getByText('At the front of the upper arm.')).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Left biceps' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(screen.getByRole('group', { name: 'Layer' })).getByRole('button', { name: 'Muscles' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says of a deep muscle that others lie over it', async () => {
    const deepAtlas = { ...layeredAtlas, regions: layeredAtlas.regions.map((model) => (model.layer === 'muscles' ? { ...model, depth: 'deep' as const } : model)) };
    const { user } = renderLayered({ atlas: deepAtlas, defaultLayer: 'muscles' });
    const biceps = await screen.findByRole('button', { name: 'Left biceps' });
    expect(biceps).toHaveAttribute('data-depth', 'deep');
    await user.click(biceps);
    expect(within(await screen.findByRole('dialog', { name: 'Left biceps' })).getByText('Deep muscle')).toBeVisible();
  });

  it('shows no layer switch for an atlas with one layer', () => {
    renderMap();
    expect(screen.queryByRole('group', { name: 'Layer' })).not.toBeInTheDocument();
  });
});
