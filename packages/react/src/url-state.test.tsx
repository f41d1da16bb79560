import type { MockInstance } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { BodyMap } from './body-map.js';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
  window.history.replaceState(null, '', '/');
});

describe('<BodyMap urlState />', () => {
  it('opens the panel the link names, in the view it names', async () => {
    window.history.replaceState(null, '', '/?bodymap=view:back~region:arm-left');
    render(<BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState />);
    expect(await screen.findByRole('dialog', { name: 'Left arm' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upper back' })).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads its own parameter, given a name, and leaves the default one alone', async () => {
    window.history.replaceState(null, '', '/?bodymap=region:head&second=region:belly');
    render(<BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState="second" />);
    expect(await screen.findByRole('dialog', { name: 'Belly' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Head' })).not.toBeInTheDocument();
  });

  it('opens cleanly from a bad link, with one warning naming what it ignored', async () => {
    window.history.replaceState(null, '', '/?bodymap=view:inside-out~region:arm-left~zoom:big');
    render(<BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState />);
    expect(await screen.findByRole('dialog', { name: 'Left arm' })).toBeInTheDocument();
    const messages = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('link'));
    expect(messages).toEqual([
      '[bodymap] The link\'s `bodymap` value has parts the map cannot use; they are ignored and the rest is kept: view "inside-out" (not a view: front, back); zoom "big" (not three numbers: scale, across, down).',
    ]);
  });

  it('reads nothing without the prop', async () => {
    window.history.replaceState(null, '', '/?bodymap=region:arm-left&second=region:belly');
    render(
      <>
        <BodyMap atlas={fixtureAtlas} content={fixtureContent} />
        <BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState="second" />
      </>,
    );
    // Once the second map has read the link, the first has had every chance to.
    expect(await screen.findByRole('dialog', { name: 'Belly' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Left arm' })).not.toBeInTheDocument();
  });

  it('warns of a parameter name that names nothing, and keeps working', async () => {
    render(<BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState=" " />);
    await waitFor(() =>
      expect(warn).toHaveBeenCalledWith('[bodymap] `urlState` " " names no query parameter; the map is not kept in the link. Pass true or a name such as "map-2".'),
    );
    expect(screen.getByRole('button', { name: 'Head' })).toBeInTheDocument();
  });

  it('renders on a server as without it: the link is read in the browser, after hydration', () => {
    window.history.replaceState(null, '', '/?bodymap=region:arm-left');
    const html = renderToString(<BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState />);
    expect(html).toBe(renderToString(<BodyMap atlas={fixtureAtlas} content={fixtureContent} />));
    expect(html).not.toContain('role="dialog"');
  });

  it('hydrates the server HTML without a mismatch, then opens the panel the link names', async () => {
    window.history.replaceState(null, '', '/?bodymap=region:belly');
    const map = <BodyMap atlas={fixtureAtlas} content={fixtureContent} urlState />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(map);
    document.body.append(container);
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, map, { onRecoverableError: recoverable }));
    expect(await screen.findByRole('dialog', { name: 'Belly' })).toBeInTheDocument();
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    await act(async () => root.unmount());
    container.remove();
    error.mockRestore();
  });
});
