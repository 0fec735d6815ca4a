// The measure's history reads as what a person did: «Fyll inn titler» logs the «tittel fylt inn» flag beside the
// title for undo, but the history shows the title's own line only (QA: «Endret tittel fylt inn: nei → ja» was noise).
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../renderer/src/components/measure/Timeline.tsx';
import type { TimelineEntry } from '../../shared/domain/types.ts';

const change = (id: number, field: string, oldValue: string, newValue: string, version: number): TimelineEntry => ({
  kind: 'change',
  id,
  at: '2026-11-28T12:00:00.000Z',
  author: 'Kari Koordinator',
  action: 'update',
  field,
  oldValue,
  newValue,
  version,
});

const items = () => within(screen.getByTestId('timeline')).getAllByRole('listitem');

describe('the history of a measure', () => {
  it('shows a filled-in title as one change, without the flag saved beside it', () => {
    render(
      <Timeline
        entries={[
          change(2, 'title_pending', '1', '0', 5),
          change(1, 'title', 'Tiltak 3', 'Styrke veiledningen til ofre', 5),
        ]}
      />,
    );
    expect(items()).toHaveLength(1);
    expect(items()[0].textContent).toContain('Endret tittel: Tiltak 3 → Styrke veiledningen til ofre');
    expect(screen.queryByText(/tittel fylt inn/)).toBeNull();
  });

  it('keeps a flag changed on its own, in words', () => {
    render(<Timeline entries={[change(3, 'title_pending', '0', '1', 6), change(1, 'title', 'A', 'B', 5)]} />);
    expect(items()).toHaveLength(2);
    expect(items()[0].textContent).toContain('Endret tittel fylt inn: ja → nei');
  });
});
