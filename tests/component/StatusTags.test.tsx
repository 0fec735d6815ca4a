import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeasureTitle } from '../../renderer/src/components/PendingTitle.tsx';
import { AssessmentTag, StatusTag } from '../../renderer/src/components/StatusTags.tsx';

describe('status, assessment and pending titles', () => {
  it('shows the assessment as a word, with colour only as an extra cue', () => {
    render(<AssessmentTag value="rod" />);
    const tag = screen.getByText('Rød');
    expect(tag.closest('[data-color]')?.getAttribute('data-color')).toBe('danger');
  });

  it('shows status in bokmål', () => {
    render(<StatusTag value="pagar" />);
    expect(screen.getByText('Pågår')).toBeTruthy();
  });

  it('marks a placeholder title as not filled in, and leaves a real title alone', () => {
    const { rerender } = render(<MeasureTitle title="Tiltak 7" pending />);
    expect(screen.getByText('Tittel ikke fylt inn')).toBeTruthy();
    rerender(<MeasureTitle title="Veiledning til helsepersonell" pending={false} />);
    expect(screen.queryByText('Tittel ikke fylt inn')).toBeNull();
  });
});
