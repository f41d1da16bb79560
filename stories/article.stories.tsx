import { BodyMap } from '@bodymap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

const meta = {
  title: 'BodyMap/In an article',
  component: BodyMap,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof BodyMap>;

export default meta;
type Story = StoryObj<typeof meta>;

const articleStyle = {
  maxWidth: '40rem',
  margin: '0 auto',
  padding: '1.5rem 1.25rem 4rem',
  fontFamily: 'Georgia, serif',
  fontSize: '1.05rem',
  lineHeight: 1.6,
  color: '#1f2a30',
} as const;

/**
 * The ready-made map in the middle of a long article, as most readers meet it: on a phone, scrolling
 * past. A swipe that starts on the figure scrolls the page; a tap opens a region's panel; a pinch
 * zooms the map, and once it is zoomed one finger pans it. A tap among the crowded points on the
 * soles zooms in first, so that the second tap lands on the point meant.
 */
export const LongArticle: Story = {
  render: (args) => (
    <main style={articleStyle}>
      <article>
        <h1>Where massage helps, and where it is only tradition</h1>
        <p>
          Most of us reach for a sore spot without thinking: a hand on the neck after a long day at a desk, a thumb pressed into the
          arch of a foot after a walk. Massage turns that reflex into something done with care, and it helps to know what each
          part of the body can expect from it.
        </p>
        <p>
          Some of what is said about massage rests on trials with many people, some on a handful of small studies that disagree,
          and some on tradition alone. This article keeps the three apart. Each claim you meet below is marked with how well it is
          supported, and the sources are there for anyone who wants to read them.
        </p>
        <h2>The back and shoulders</h2>
        <p>
          Low-back pain is the reason most people book a first session. Studies comparing massage with no treatment find that it
          eases the pain for a while, days to weeks, especially alongside exercise. It is a good start, not a cure, and pain that
          spreads down a leg or comes with numbness is a reason to see a doctor first.
        </p>
        <p>
          Shoulders hold a lot of tension from screens and phones. Slow kneading across the top of the shoulder and firm, gliding
          strokes beside the shoulder blade are what most therapists begin with. Pressure should stay on the muscle, never on the
          bone, and it should never hurt sharply.
        </p>
        <h2>Explore the body</h2>
        <p>
          Tap a part of the body to read what massage offers there, how it is done, and what to be careful about. Pinch to look
          closer, and switch to the soles to see the points that reflexology charts name.
        </p>
        <BodyMap {...args} />
        <h2>The feet and reflexology</h2>
        <p>
          Reflexology presses points on the soles that its charts link to organs: the heart, the kidneys, the spine. Those links are
          a tradition of the charts, not anatomy, and research has not shown that pressing a point changes the organ it is named
          after. A foot massage can still feel good and help some people relax, which is reason enough for many.
        </p>
        <p>
          If you try it, work slowly from the heel to the toes with the thumbs, and ease off anywhere that is tender. People with
          diabetes, poor circulation or wounds on the feet should ask a health professional first.
        </p>
        <h2>How much, and how often</h2>
        <p>
          Short sessions of ten to twenty minutes on one area are enough to notice a difference. Longer is not always better: what
          matters more is that the pressure stays comfortable and that you breathe slowly while it lasts.
        </p>
        <p>
          Once or twice a week is what most studies used. Between sessions, gentle movement, such as a walk or a few stretches,
          keeps the benefit going longer than rest alone.
        </p>
        <h2>When to skip it</h2>
        <p>
          Skip massage over a fresh injury, a swollen or hot joint, a rash, or a vein that is painful or red, and after surgery until
          your care team says it is safe. If you are pregnant, look for a therapist trained in pregnancy massage.
        </p>
        <p>
          None of this replaces advice from someone who knows your health. It is meant to help you ask better questions, and to
          enjoy a kind of care that people have offered one another for a very long time.
        </p>
      </article>
    </main>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1 })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Left shoulder' }, { timeout: 10_000 })).toBeInTheDocument();
  },
};
