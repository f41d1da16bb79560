import type { Atlas, AtlasReferral, ReferralPack } from '@bodymap/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { armPanel, fixtureAtlas, fixtureContent } from '../../../tests/unit/fixture.ts';
import { BodyMap } from './body-map.js';
import * as BodyMapParts from './index.js';

// The left arm is drawn on the viewer's right in the fixture's front view; the pattern runs to the head.
const armToHead: AtlasReferral = {
  id: 'arm-to-head',
  view: 'front',
  sources: ['arm-left'],
  spot: [250, 150],
  area: [
    [
      [130, 20],
      [170, 20],
      [170, 60],
      [130, 60],
    ],
  ],
};
const notes: ReferralPack = {
  label: 'A pattern people report, not anatomy',
  notes: { 'arm-to-head': { text: 'Pressing here is reported to send pain to the head.', evidence: 'mixed', sources: [{ title: 'A study', url: 'https://example.org/study', kind: 'study' }] } },
};
const atlas: Atlas = { ...fixtureAtlas, referrals: () => Promise.resolve([armToHead]) };
const content = { ...fixtureContent, panels: { ...fixtureContent.panels, 'arm-left': armPanel }, referrals: () => Promise.resolve(notes) };

const drawing = (container: HTMLElement) => container.querySelector('[data-referral="arm-to-head"]');

describe('referral patterns', () => {
  it('are drawn only while their source region is open, hidden from assistive technology', async () => {
    const user = userEvent.setup();
    const { container } = render(<BodyMap atlas={atlas} content={content} />);
    expect(drawing(container)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Left arm' }));
    await screen.findByRole('dialog', { name: 'Left arm' });
    await waitFor(() => expect(drawing(container)).not.toBeNull());
    expect(drawing(container)?.closest('[aria-hidden="true"]')).not.toBeNull();
    // The hatch is the map's own, so two maps on a page never share one.
    const fill = drawing(container)?.querySelector('.bodymap-referral-area')?.getAttribute('fill');
    const hatch = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
    expect(container.querySelector(`pattern[id="${hatch}"]`)).not.toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(drawing(container)).toBeNull());
  });

  it('are told of in the source region’s panel, labelled, graded and sourced', async () => {
    const user = userEvent.setup();
    render(<BodyMap atlas={atlas} content={content} defaultSelectedRegion="arm-left" />);
    const dialog = await screen.findByRole('dialog', { name: 'Left arm' });
    const note = await within(dialog).findByRole('region', { name: 'A pattern people report, not anatomy' });
    expect(within(note).getByRole('heading', { name: 'A pattern people report, not anatomy' })).toBeInTheDocument();
    expect(note).toHaveTextContent('Pressing here is reported to send pain to the head.');
    expect(within(note).getByText('Mixed evidence')).toHaveAttribute('data-evidence', 'mixed');
    await user.click(within(note).getByText('Sources'));
    expect(await within(note).findByRole('link', { name: 'A study' })).toHaveAttribute('href', 'https://example.org/study');
  });

  it('leave a region without a pattern untouched', async () => {
    const { container } = render(<BodyMap atlas={atlas} content={content} defaultSelectedRegion="arm-right" />);
    await screen.findByRole('dialog', { name: 'Right arm' });
    expect(screen.queryByRole('region', { name: 'A pattern people report, not anatomy' })).not.toBeInTheDocument();
    expect(drawing(container)).toBeNull();
  });

  it('say once what two patterns from one region say alike, drawing both', async () => {
    const mirrored: AtlasReferral = { ...armToHead, id: 'arm-to-head-mirrored', spot: [240, 150] };
    const bothSides: Atlas = { ...fixtureAtlas, referrals: () => Promise.resolve([armToHead, mirrored]) };
    const alike = { ...content, referrals: () => Promise.resolve({ ...notes, notes: { ...notes.notes, 'arm-to-head-mirrored': { ...notes.notes['arm-to-head']! } } }) };
    const { container } = render(<BodyMap atlas={bothSides} content={alike} defaultSelectedRegion="arm-left" />);
    const note = await screen.findByRole('region', { name: 'A pattern people report, not anatomy' });
    await waitFor(() => expect(container.querySelectorAll('[data-referral]')).toHaveLength(2));
    expect(within(note).getAllByRole('listitem')).toHaveLength(1);
  });

  it('are a part of their own under both names', () => {
    expect(BodyMapParts.Referrals).toBe(BodyMapParts.BodyMapReferrals);
  });
});
