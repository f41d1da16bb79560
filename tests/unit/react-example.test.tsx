import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../docs/examples/react-vite/src/App.tsx';

describe('the React (Vite) example of the embedding guide', () => {
  it('shows the back of the body and reports the selected region', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Left lower back' }));
    expect(await screen.findByRole('dialog', { name: 'Left lower back' })).toBeInTheDocument();
    expect(screen.getByText('Selected: lower-back-left')).toBeInTheDocument();
  });
});
