import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, Profiler } from 'react';
import { installReactRenders } from '../../../tests/support/react-renders.ts';
import { fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { BodyMap, type BodyMapProps } from './body-map.js';

// Installed by the unit setup before React DOM loaded; this returns the same counter.
const renders = installReactRenders(globalThis);

function renderCounted(props: Omit<BodyMapProps, 'atlas' | 'content'> = {}) {
  const commits = { count: 0 };
  // What had rendered before each commit: React calls onRender before the counter counts that commit.
  const before: Record<string, number>[] = [];
  const user = userEvent.setup();
  render(
    <Profiler
      id="map"
      onRender={() => {
        commits.count += 1;
        before.push(renders.byName);
      }}
    >
      <BodyMap atlas={fixtureAtlas} content={fixtureContent} {...props} />
    </Profiler>,
  );
  const measure = () => {
    commits.count = 0;
    before.length = 0;
    renders.reset();
  };
  /** The components each commit since `measure()` rendered, by name. */
  const perCommit = () =>
    [...before.slice(1), renders.byName].map((after, index) =>
      Object.fromEntries(
        Object.entries(after)
          .map(([name, count]) => [name, count - (before[index]?.[name] ?? 0)] as const)
          .filter(([, count]) => count > 0),
      ),
    );
  return { user, commits, measure, perCommit };
}

const region = (name: string) => screen.getByRole('button', { name });

describe('render and commit counts', () => {
  it('can count: the hook is attached to React DOM', () => {
    renderCounted();
    expect(renders.attached).toBe(true);
    expect(renders.components).toBeGreaterThan(0);
  });

  it('moves the focus with an arrow key in one commit that renders only the two regions involved', async () => {
    const { user, commits, measure } = renderCounted();
    act(() => region('Head').focus());
    measure();
    await user.keyboard('{ArrowDown}');
    expect(region('Belly')).toHaveFocus();
    expect(region('Belly')).toHaveAttribute('tabindex', '0');
    expect(region('Head')).toHaveAttribute('tabindex', '-1');
    expect(commits.count).toBe(1);
    expect(renders.byName).toEqual({ BodyMapRegion: 2 });
  });

  it('mounts the closed panel once its code has loaded ahead, so the first panel opens in two commits too', async () => {
    const { user, commits, measure } = renderCounted();
    // The pointer coming to the map loads the panel's code ahead; the panel then waits, hidden.
    await user.hover(region('Left arm'));
    const waiting = await screen.findByRole('dialog', { hidden: true });
    expect(waiting).not.toBeVisible();
    measure();
    await user.click(region('Left arm'));
    expect(screen.getByRole('dialog', { name: 'Left arm' })).toBe(waiting);
    await waitFor(() => expect(commits.count).toBe(2));
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(commits.count).toBe(2);
  });

  it('opens a panel, with its code and text loaded, in two commits: the click, and the position, which renders only the panel and its arrow', async () => {
    const { user, commits, measure, perCommit } = renderCounted();
    // The first panel brings its code; closing it leaves the code loaded.
    await user.click(region('Left arm'));
    await screen.findByRole('dialog', { name: 'Left arm' });
    await user.keyboard('{Escape}');
    measure();
    await user.click(region('Right arm'));
    const dialog = screen.getByRole('dialog', { name: 'Right arm' });
    expect(region('Right arm')).toHaveAttribute('aria-controls', dialog.id);
    // floating-ui positions it in the next frame, in a commit of its own.
    await waitFor(() => expect(commits.count).toBe(2));
    // And nothing more a frame later.
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(commits.count).toBe(2);
    const [click, position] = perCommit() as [Record<string, number>, Record<string, number>];
    // The press does not commit: the click moves the tab stop from the left arm to the right and
    // selects it, in one commit with the panel's parts. No other region renders, nor the view
    // switch, zoom buttons or root.
    expect(click.BodyMapRegion).toBe(2);
    for (const part of ['BodyMapRoot', 'BodyMapViewport', 'BodyMapViewSwitch', 'BodyMapZoomControls', 'BodyMapSilhouette']) {
      expect(click[part]).toBeUndefined();
    }
    expect(click.BodyMapPanelTitle).toBe(1);
    // The position renders the positioned element, its focus manager and the arrow, not the text.
    expect(Object.keys(position).sort()).toEqual(['FloatingArrow', 'FloatingFocusManager', 'PanelArrowShape', 'PanelPosition']);
  });

  it('marks a region from the keyboard in intake mode in one commit of the region, its number and the list; the printed figures follow on their own', async () => {
    const { user, commits, measure, perCommit } = renderCounted({ mode: 'intake' });
    await screen.findByText('Nothing marked.');
    act(() => region('Head').focus());
    measure();
    await user.keyboard(' ');
    expect(region('Head')).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(commits.count).toBe(2));
    const [press, print] = perCommit();
    expect(Object.keys(press!).sort()).toEqual(['BodyMapAnnouncer', 'BodyMapRegion', 'MarkList', 'MarkNumbers', 'PanelPosition', 'PrintedFigures']);
    expect(press!.BodyMapRegion).toBe(1);
    // The pictures for the printed page are made after the press, off its path.
    expect(print).toEqual({ PrintedFigures: 1 });
  });
});
