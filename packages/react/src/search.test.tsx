import type { MockInstance } from 'vitest';
import type { ContentPack, SymptomPack } from '@bodymap/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { armPanel, fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { BodyMap, type BodyMapProps } from './body-map.js';

const reason = (region: string, text: string) => ({ region, reason: text, evidence: 'mixed', sources: [{ title: 'A review', url: 'https://example.org/review', kind: 'systematic-review' }] }) as const;
const symptoms: SymptomPack = {
  strings: { options: 'Symptoms', noMatch: 'Nothing found for “{query}”', matched: '{symptom}: {count} areas shown', cleared: 'Symptom cleared', clear: 'Clear the symptom' },
  symptoms: [
    {
      id: 'tension-headache',
      name: 'Tension headache',
      synonyms: ['headache', 'head pressure'],
      shows: 'Head and arms',
      noteHeading: 'For headaches',
      finding: { text: 'Massage did not beat a sham for how often headaches come.', evidence: 'mixed', sources: [{ title: 'A trial', url: 'https://example.org/trial', kind: 'trial' }] },
      regions: [reason('arm-left', 'Tight arms are said to feed head tension.'), reason('head', 'Where the ache is felt.')],
    },
    { id: 'migraine', name: 'Migraine', synonyms: ['sick headache'], shows: 'Head', noteHeading: 'For migraine', regions: [reason('head', 'Gentle pressure may soothe.')] },
    { id: 'tummy-ache', name: 'Tummy ache', synonyms: ['bellyache'], shows: 'Belly', noteHeading: 'For a tummy ache', regions: [reason('belly', 'Slow circles.')] },
  ],
};

function renderMap(props: Partial<BodyMapProps> = {}, pack: ContentPack['symptoms'] = () => Promise.resolve(symptoms)) {
  const user = userEvent.setup();
  const content: ContentPack = { ...fixtureContent, symptoms: pack, panels: { ...fixtureContent.panels, 'arm-left': armPanel, head: armPanel } };
  const view = render(<BodyMap atlas={fixtureAtlas} content={content} search {...props} />);
  return { user, ...view };
}

const combobox = () => screen.findByRole('combobox', { name: 'Find by symptom' });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('BodyMap.Search', () => {
  it('is a labelled combobox wired to its listbox, collapsed until something is typed', async () => {
    renderMap();
    const input = await combobox();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const list = document.getElementById(input.getAttribute('aria-controls')!);
    expect(list).toHaveAttribute('role', 'listbox');
  });

  it('lists matching symptoms as options that say what the map will show', async () => {
    const { user } = renderMap();
    await user.type(await combobox(), 'headache');
    const listbox = await screen.findByRole('listbox', { name: 'Symptoms' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Tension headache Head and arms', 'Migraine Head']);
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
  });

  it('says when nothing matches', async () => {
    const { user } = renderMap();
    await user.type(await combobox(), 'toothache');
    expect(await screen.findByText('Nothing found for “toothache”')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  });

  it('chooses with the keyboard: marks the regions, announces them, opens and focuses the first with its note', async () => {
    const onSymptomChange = vi.fn();
    const { user } = renderMap({ onSymptomChange });
    const input = await combobox();
    await user.type(input, 'head');
    await screen.findByRole('option', { name: /Tension headache/ });
    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: /Tension headache/ });
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Migraine/ }).id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{Enter}');
    expect(onSymptomChange).toHaveBeenCalledExactlyOnceWith('tension-headache');
    expect(input).toHaveValue('Tension headache');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const arm = screen.getByRole('button', { name: 'Left arm' });
    expect(arm).toHaveAttribute('data-match', 'true');
    expect(screen.getByRole('button', { name: 'Head' })).toHaveAttribute('data-match', 'true');
    expect(screen.getByRole('button', { name: 'Belly' })).not.toHaveAttribute('data-match');
    expect(await screen.findByText('Tension headache: 2 areas shown')).toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Left arm' });
    await waitFor(() => expect(arm).toHaveFocus());
    const note = await within(dialog).findByRole('region', { name: 'For headaches' });
    expect(within(note).getByRole('heading', { name: 'For headaches' })).toBeInTheDocument();
    expect(note).toHaveTextContent('Mixed evidence');
    expect(note).toHaveTextContent('Tight arms are said to feed head tension.');
    expect(note).toHaveTextContent('Massage did not beat a sham for how often headaches come.');
    expect(within(note).getAllByText('Sources')).toHaveLength(2);
  });

  it('moves with Up, Home and End, and closes the list with Escape before clearing with it', async () => {
    const onSymptomChange = vi.fn();
    const { user } = renderMap({ onSymptomChange });
    const input = await combobox();
    await user.click(input);
    await user.keyboard('{ArrowUp}');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(3);
    expect(input).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await user.keyboard('{Home}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{End}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await user.keyboard('{Enter}');
    const belly = screen.getByRole('button', { name: 'Belly' });
    expect(belly).toHaveAttribute('data-match', 'true');
    await waitFor(() => expect(belly).toHaveFocus());
    await user.click(input);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Belly' })).toHaveAttribute('data-match', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Belly' })).not.toHaveAttribute('data-match');
    expect(onSymptomChange.mock.calls).toEqual([['tummy-ache'], [null]]);
    expect(await screen.findByText('Symptom cleared')).toBeInTheDocument();
  });

  it('clears with its own button, and when the query is emptied', async () => {
    const { user } = renderMap();
    const input = await combobox();
    await user.type(input, 'belly');
    await user.click(await screen.findByRole('option', { name: /Tummy ache/ }));
    expect(screen.getByRole('button', { name: 'Belly' })).toHaveAttribute('data-match', 'true');
    await user.click(screen.getByRole('button', { name: 'Clear the symptom' }));
    expect(input).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Belly' })).not.toHaveAttribute('data-match');
    await user.type(input, 'belly');
    await user.click(await screen.findByRole('option', { name: /Tummy ache/ }));
    await user.clear(input);
    expect(screen.getByRole('button', { name: 'Belly' })).not.toHaveAttribute('data-match');
  });

  it('loads the symptoms on first focus, not before', async () => {
    const loader = vi.fn(() => Promise.resolve(symptoms));
    const { user } = renderMap({}, loader);
    const input = await combobox();
    expect(loader).not.toHaveBeenCalled();
    await user.click(input);
    await waitFor(() => expect(loader).toHaveBeenCalledTimes(1));
  });

  it('shows a failed load with a retry that loads them', async () => {
    let fail = true;
    const { user } = renderMap({}, () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(symptoms)));
    await user.click(await combobox());
    const alert = await screen.findByRole('alert');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await user.type(screen.getByRole('combobox'), 'migraine');
    expect(await screen.findByRole('option', { name: /Migraine/ })).toBeInTheDocument();
  });

  it('takes the symptom from a host that controls it', async () => {
    const onSymptomChange = vi.fn();
    const { rerender, user } = renderMap({ symptom: 'migraine', onSymptomChange });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Head' })).toHaveAttribute('data-match', 'true'));
    expect(screen.getByRole('button', { name: 'Left arm' })).not.toHaveAttribute('data-match');
    const content: ContentPack = { ...fixtureContent, symptoms: () => Promise.resolve(symptoms) };
    rerender(<BodyMap atlas={fixtureAtlas} content={content} search symptom="tummy-ache" onSymptomChange={onSymptomChange} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Belly' })).toHaveAttribute('data-match', 'true'));
    expect(screen.getByRole('button', { name: 'Head' })).not.toHaveAttribute('data-match');
    await user.click(await combobox());
    await user.keyboard('{Escape}');
    expect(onSymptomChange).toHaveBeenCalledExactlyOnceWith(null);
    expect(screen.getByRole('button', { name: 'Belly' })).toHaveAttribute('data-match', 'true');
  });

  it('is not drawn without `search`', async () => {
    renderMap({ search: false });
    await screen.findAllByRole('button', { name: 'Head' });
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
