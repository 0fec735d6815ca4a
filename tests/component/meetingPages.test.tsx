// Møtemodus' next page must not style every slide again: the invisible copy the pages are measured in (a row per
// measure in the status grid) is in the page only while it is measured, and comes back when the slides change.
import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useSlidePages, type SlideSpec } from '../../renderer/src/components/meeting/pages.tsx';

const spec = (key: string, n: number): SlideSpec => ({
  key,
  title: key,
  head: [],
  items: Array.from({ length: n }, (_, i) => i),
  renderItems: (items) => (
    <ul>
      {items.map((i) => (
        <li key={String(i)} data-item="">
          {String(i)}
        </li>
      ))}
    </ul>
  ),
});

function Pages({ specs }: { specs: SlideSpec[] }) {
  const footer = useRef<HTMLElement>(null);
  const { pages, measurer } = useSlidePages(specs, footer);
  return (
    <div>
      {measurer}
      <p data-testid="pages">{pages?.map((p) => `${p.key}:${p.items.length}`).join(' ')}</p>
    </div>
  );
}

describe('Møtemodus pages', () => {
  it('takes the measured copy of the slides out once the pages are made, and measures again for new slides', () => {
    const { rerender } = render(<Pages specs={[spec('a', 3), spec('b-', 1000)]} />);
    // jsdom lays nothing out: every item has no height, so each slide is one page.
    expect(screen.getByTestId('pages').textContent).toBe('a:3 b-1:1000');
    expect(document.querySelector('.meeting__measure')).toBeNull();
    expect(document.querySelectorAll('[data-item]')).toHaveLength(0);
    rerender(<Pages specs={[spec('c', 2)]} />);
    expect(screen.getByTestId('pages').textContent).toBe('c:2');
    expect(document.querySelector('.meeting__measure')).toBeNull();
  });
});
