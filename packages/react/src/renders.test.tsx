import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, Profiler } from 'react';
import { installReactRenders } from '../../../tests/support/react-renders.ts';
import { fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { BodyMap } from './body-map.js';

// Installed by the unit setup before React DOM loaded; this returns the same counter.
const renders = installReactRenders(globalThis);

function renderCounted() {
  const commits = { count: 0 };
  const user = userEvent.setup();
  render(
    <Profiler id="map" onRender={() => void (commits.count += 1)}>
      <BodyMap atlas={fixtureAtlas} content={fixtureContent} />
    </Profiler>,
  );
  const measure = () => {
    commits.count = 0;
    renders.reset();
  };
  return { user, commits, measure };
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

  it('opens a panel, with its code and text loaded, in at most two commits that leave the other regions alone', async () => {
    const { user, commits, measure } = renderCounted();
    // The first panel brings its code; closing it leaves the code loaded.
    await user.click(region('Left arm'));
    await screen.findByRole('dialog', { name: 'Left arm' });
    await user.keyboard('{Escape}');
    measure();
    await user.click(region('Right arm'));
    const dialog = screen.getByRole('dialog', { name: 'Right arm' });
    expect(region('Right arm')).toHaveAttribute('aria-controls', dialog.id);
    expect(commits.count).toBeLessThanOrEqual(2);
    // Pressing moves the tab stop from the left arm to the right (two regions), clicking selects
    // the right arm (one): no other region renders, nor the view switch, zoom buttons or root.
    expect(renders.byName.BodyMapRegion).toBe(3);
    for (const part of ['BodyMapRoot', 'BodyMapViewport', 'BodyMapViewSwitch', 'BodyMapZoomControls', 'BodyMapSilhouette']) {
      expect(renders.byName[part]).toBeUndefined();
    }
    // The positioning commits nothing: floating-ui's numbers go straight to the panel's style.
    expect(renders.components).toBeLessThan(20);
  });
});
