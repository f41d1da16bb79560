import { act, render, screen } from '@testing-library/react';
import { BodyMap } from './body-map.js';

// The bundled atlas and packs: laterality is checked on the real figure.
const markX = (text: string) => {
  const mark = screen.getByText(text);
  const [, x] = /translate\(([-\d.]+),/.exec(mark.parentElement?.getAttribute('transform') ?? '') ?? [];
  return Number(x);
};
const middle = 150;

describe('side cues', () => {
  it('marks the person’s right on the viewer’s left in front, and the other way round in back', async () => {
    const { rerender } = render(<BodyMap view="front" />);
    expect(markX('R')).toBeLessThan(middle);
    expect(markX('L')).toBeGreaterThan(middle);
    rerender(<BodyMap view="back" />);
    await screen.findByRole('button', { name: 'Left upper back' });
    expect(markX('L')).toBeLessThan(middle);
    expect(markX('R')).toBeGreaterThan(middle);
  });

  it('follows the language, and is hidden from screen readers', async () => {
    render(<BodyMap locale="es" />);
    await screen.findByRole('button', { name: /hombro izquierdo/i });
    expect(markX('D')).toBeLessThan(middle);
    expect(markX('I')).toBeGreaterThan(middle);
    expect(screen.getByText('I').closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('leaves the soles without marks, since each foot is named there', async () => {
    render(<BodyMap view="soles" />);
    await screen.findByRole('button', { name: 'Left sole: toes' });
    await act(() => Promise.resolve());
    expect(screen.queryByText('L')).not.toBeInTheDocument();
    expect(screen.queryByText('R')).not.toBeInTheDocument();
  });
});
