import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Hint } from '../hint';

afterEach(cleanup);

describe('Hint', () => {
  it('names an unnamed child by its title, as MUI Tooltip does, without loading the popup', () => {
    render(
      <Hint title="Clear recent calls">
        <button type="button">x</button>
      </Hint>,
    );
    expect(screen.getByRole('button', { name: 'Clear recent calls' })).toBeInTheDocument();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('keeps a name the child already has', () => {
    render(
      <Hint title="Longer explanation">
        <button type="button" aria-label="Redial">
          x
        </button>
      </Hint>,
    );
    expect(screen.getByRole('button', { name: 'Redial' })).toBeInTheDocument();
  });

  it('shows the hint on hover and hides it when the pointer leaves, keeping the child mounted', async () => {
    let hovered = 0;
    render(
      <Hint title="Show dial pad">
        <button type="button" aria-label="Dial pad" onMouseEnter={() => (hovered += 1)}>
          x
        </button>
      </Hint>,
    );
    const button = screen.getByRole('button', { name: 'Dial pad' });
    fireEvent.mouseEnter(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Show dial pad');
    expect(hovered).toBe(1);
    expect(screen.getByRole('button', { name: 'Dial pad' })).toBe(button);
    fireEvent.mouseLeave(button);
    // Closed: gone, or (jsdom runs no CSS transitions) left in its closed, non-interactive state.
    await waitFor(() => {
      const tip = screen.queryByRole('tooltip');
      expect(tip === null || tip.classList.contains('MuiTooltip-popperClose')).toBe(true);
    });
  });
});
