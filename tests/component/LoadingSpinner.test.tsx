// The loading spinner waits a moment: a quick load flashes nothing, a slow one says «Laster …».
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadingSpinner, SPINNER_DELAY_MS } from '../../renderer/src/components/LoadingSpinner.tsx';

describe('LoadingSpinner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows nothing for a quick load and the labelled spinner once the wait is noticeable', () => {
    const { unmount } = render(<LoadingSpinner aria-label="Laster tiltak …" data-size="md" />);
    expect(screen.queryByLabelText('Laster tiltak …')).toBeNull();
    act(() => vi.advanceTimersByTime(SPINNER_DELAY_MS - 1));
    expect(screen.queryByLabelText('Laster tiltak …')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByLabelText('Laster tiltak …')).toBeTruthy();
    unmount();
  });

  it('never appears when the load finishes first', () => {
    const { unmount } = render(<LoadingSpinner aria-label="Laster …" />);
    unmount();
    act(() => vi.advanceTimersByTime(SPINNER_DELAY_MS * 2));
    expect(screen.queryByLabelText('Laster …')).toBeNull();
  });
});
