import { createBodyMap, type BodyMapController } from '@bodymap/core';
import { atlas, locales } from '@bodymap/content';
import { BodyMap, type UrlStateOption } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

const defaultUrlStateParameter = 'bodymap';

/** The value of one of the page's query parameters, as a browser reads it. */
const parameterValue = (name: string) => new URLSearchParams(window.location.search).get(name);

function setParameter(name: string, value: string | null) {
  const url = new URL(window.location.href);
  if (value === null) {
    url.searchParams.delete(name);
  } else {
    url.searchParams.set(name, value);
  }
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Starts a story from a link, as if a visitor had followed one, unless the page's address already
 * has a value (a reload keeps the map's own); the address is left as it was after the story.
 */
const fromLink = (name: string, value: string) => () => {
  if (parameterValue(name) === null) {
    setParameter(name, value);
  }
  return () => setParameter(name, null);
};

/** The map's own value in the address, read each frame: `replaceState` tells no one it ran. */
function useParameter(name: string) {
  const [value, setValue] = useState(() => parameterValue(name));
  useEffect(() => {
    let frame = requestAnimationFrame(function read() {
      setValue(parameterValue(name));
      frame = requestAnimationFrame(read);
    });
    return () => cancelAnimationFrame(frame);
  }, [name]);
  return value;
}

/**
 * A map kept in the link, with the link shown below it and what the map ignored from it: the map's
 * warnings go to the console only in development, so the story lists them on the page.
 */
function LinkedMap({ urlState = true, label }: { urlState?: UrlStateOption; label: string }) {
  const name = urlState === true ? defaultUrlStateParameter : String(urlState);
  const [ignored, setIgnored] = useState<readonly string[]>([]);
  const [controller] = useState<BodyMapController>(() =>
    createBodyMap({ atlas, locales, fallback: locales.en, warn: (message) => setIgnored((shown) => [...shown, message]) }),
  );
  const link = useParameter(name);
  return (
    <section aria-label={label} style={{ display: 'grid', gap: '0.75rem', flex: '1 1 20rem', font: '0.875rem/1.4 system-ui, sans-serif' }}>
      <BodyMap controller={controller} urlState={urlState} />
      <p style={{ margin: 0, overflowWrap: 'anywhere' }}>
        Link: <code data-testid={`link-${name}`}>{link === null ? '(none yet)' : `?${name}=${link}`}</code>
      </p>
      {ignored.length > 0 && (
        <ul aria-label="Ignored from the link" style={{ margin: 0 }}>
          {ignored.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const meta = {
  title: 'BodyMap/Links',
  component: BodyMap,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          '`urlState` keeps the view, layer, zoom and open panel (and the marks, in intake mode) in one query parameter of the page\'s address, ' +
          'with `history.replaceState`, so a shared link opens the map where it was and the history does not grow.',
      },
    },
  },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A link that reopens a panel: the page opens with `?bodymap=view:back~region:upper-back-left`,
 * so the back view shows with the left upper back's panel open. Opening another panel rewrites the
 * link in place.
 */
export const ReopensAPanel: Story = {
  beforeEach: fromLink(defaultUrlStateParameter, 'view:back~region:upper-back-left'),
  render: () => <LinkedMap label="Map kept in the link" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog', { name: 'Left upper back' }, { timeout: 10_000 });
    await expect(dialog).toBeVisible();
    await expect(canvasElement.querySelector('.bodymap-root')).toHaveAttribute('data-view', 'back');
    // The map settles and writes the link out whole: the layer and zoom it left out are added.
    await waitFor(() => expect(parameterValue('bodymap')).toBe('view:back~layer:areas~zoom:1,0,0~region:upper-back-left'));
    await userEvent.keyboard('{Escape}');
    const lowerBack = canvas.getByRole('button', { name: 'Left lower back' });
    lowerBack.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('dialog', { name: 'Left lower back' })).toBeVisible();
    await waitFor(() => expect(parameterValue('bodymap')).toBe('view:back~layer:areas~zoom:1,0,0~region:lower-back-left'));
    await waitFor(() => expect(canvas.getByTestId('link-bodymap')).toHaveTextContent('?bodymap=view:back~layer:areas~zoom:1,0,0~region:lower-back-left'));
  },
};

/**
 * The same map without a link to start from: the address gains the `bodymap` parameter once the
 * visitor opens a panel or zooms, and a reload opens the map as it was left.
 */
export const KeepsTheMapInTheLink: Story = {
  beforeEach: () => () => setParameter(defaultUrlStateParameter, null),
  render: () => <LinkedMap label="Map kept in the link" />,
};

/**
 * A link the map cannot wholly use (an unknown view and a zoom that is not one): the map opens with
 * what it can use, names the rest in one warning, and writes a clean link back.
 */
export const ABadLink: Story = {
  beforeEach: fromLink(defaultUrlStateParameter, 'view:sideways~zoom:big~region:knee-left'),
  render: () => <LinkedMap label="Map kept in the link" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('dialog', { name: 'Left knee' }, { timeout: 10_000 })).toBeVisible();
    const ignored = await canvas.findByRole('list', { name: 'Ignored from the link' });
    await expect(within(ignored).getAllByRole('listitem')).toHaveLength(1);
    await expect(ignored).toHaveTextContent('view "sideways" (not a view: front, back, soles); zoom "big" (not three numbers: scale, across, down)');
    await waitFor(() => expect(parameterValue('bodymap')).toBe('view:front~layer:areas~zoom:1,0,0~region:knee-left'));
  },
};

/**
 * Two maps on one page, each kept under its own parameter: `urlState="first"` opens the left
 * shoulder's panel, `urlState="second"` the back view zoomed in.
 */
export const TwoMapsOnAPage: Story = {
  beforeEach: () => {
    const first = fromLink('first', 'region:shoulder-left')();
    const second = fromLink('second', 'view:back~zoom:2,-150,-200')();
    return () => {
      first();
      second();
    };
  },
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem' }}>
      <LinkedMap urlState="first" label="First map" />
      <LinkedMap urlState="second" label="Second map" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = within(canvas.getByRole('region', { name: 'First map' }));
    const second = within(canvas.getByRole('region', { name: 'Second map' }));
    await expect(await first.findByRole('dialog', { name: 'Left shoulder' }, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => expect(second.getByRole('button', { name: 'Back', pressed: true })).toBeVisible(), { timeout: 10_000 });
    await expect(second.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    await expect(second.queryByRole('dialog')).toBeNull();
    await expect(first.getByRole('button', { name: 'Front', pressed: true })).toBeVisible();
    await waitFor(() => expect(parameterValue('second')).toBe('view:back~layer:areas~zoom:2,-150,-200'));
  },
};
