import type { PanelContent, PartialContentPack } from '@bodymap/core';
import * as BodyMap from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';

const clinicGuide = {
  title: 'Riverside Physio: our approach to manual therapy (example)',
  url: 'https://example.org/riverside-physio/manual-therapy',
  kind: 'practice',
} as const;

const panel = (summary: string, benefit: string): PanelContent => ({
  summary,
  reviewedBy: 'chartered physiotherapist',
  benefits: [{ text: benefit, evidence: 'mixed', sources: [clinicGuide] }],
  techniques: [{ technique: 'myofascial-release', fit: 'good', howTo: 'Slow, sustained pressure as part of a session with exercise.' }],
  cautions: [{ text: 'Tell your physiotherapist about any numbness, tingling or night pain before treatment.' }],
});

/**
 * A clinic's own pack for three regions. It has no `version`, so it is laid over the bundled
 * English pack: everything it does not say (interface strings, the glossary, the panel strings it
 * leaves out) comes from there, string by string. It records the clinic's own review: who reviewed
 * each panel, and when.
 */
const physiotherapyPack: PartialContentPack = {
  panelStrings: {
    reviewedBy: 'Written and reviewed by our {role}',
    techniqueNames: { 'myofascial-release': 'Myofascial release (hands-on)' },
  },
  provenance: {
    version: 'riverside-2027.1',
    reviewed: '2027-01-15',
    changelog: [{ version: 'riverside-2027.1', date: '2027-01-15', changes: ['Neck and lower-back panels written and reviewed by our physiotherapists.'] }],
  },
  labels: {
    'neck-left': 'Neck (left): desk posture clinic',
    'lower-back-left': 'Lower back (left): back class',
    'lower-back-right': 'Lower back (right): back class',
  },
  panels: {
    'neck-left': panel('Hands-on work paired with posture exercises.', 'Our patients often report easier turning of the head after a course.'),
    'lower-back-left': panel('Part of our six-week back class.', 'Manual therapy helps some people start exercising sooner.'),
    'lower-back-right': panel('Part of our six-week back class.', 'Manual therapy helps some people start exercising sooner.'),
  },
};

const meta = {
  title: 'BodyMap/Custom content',
  component: BodyMap.Root,
} satisfies Meta<typeof BodyMap.Root>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A physiotherapy clinic's pack with three regions, drawn with the primitives over the plain figure. */
export const PhysiotherapyPack: Story = {
  args: { content: physiotherapyPack, defaultView: 'back' },
  render: (args) => (
    <BodyMap.Root {...args}>
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <g>
          {(['neck-left', 'lower-back-left', 'lower-back-right'] as const).map((id) => (
            <BodyMap.Region key={id} region={id} />
          ))}
        </g>
        <BodyMap.Details />
      </BodyMap.Viewport>
      <BodyMap.Panel />
      <BodyMap.Announcer />
    </BodyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findAllByRole('button')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Lower back (right): back class' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Lower back (right): back class' });
    await expect(await within(dialog).findByText('Part of our six-week back class.')).toBeVisible();
    await expect(within(dialog).getByText('Written and reviewed by our chartered physiotherapist')).toBeVisible();
    await expect(within(dialog).getByText('Myofascial release (hands-on)')).toBeVisible();
    // What the clinic's panel strings leave out is the bundled English pack's.
    await expect(within(dialog).getByRole('heading', { name: 'Benefits' })).toBeVisible();
  },
};

/** Hostile strings in content are shown as text, never run as markup. */
export const HostileStrings: Story = {
  args: {
    defaultSelectedRegion: 'shoulder-left',
    content: {
      labels: { 'shoulder-left': '<img src=x onerror="document.body.dataset.pwned=1">Left shoulder' },
      panels: { 'shoulder-left': panel('<script>document.body.dataset.pwned = 1</script>', '<b>not bold</b>') },
    },
  },
  render: (args) => (
    <BodyMap.Root {...args}>
      <BodyMap.Viewport>
        <BodyMap.Silhouette />
        <BodyMap.Regions />
        <BodyMap.Details />
      </BodyMap.Viewport>
      <BodyMap.Panel />
    </BodyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const body = canvasElement.ownerDocument.body;
    const dialog = await within(body).findByRole('dialog');
    await expect(await within(dialog).findByText('<b>not bold</b>')).toBeVisible();
    await expect(dialog.querySelector('img, script, b')).toBeNull();
    await expect(body.dataset.pwned).toBeUndefined();
  },
};
