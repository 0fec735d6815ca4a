import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TitlesEditor } from '../../renderer/src/components/titles/TitlesEditor.tsx';

const measures = Array.from({ length: 26 }, (_, i) => ({
  id: 100 + i,
  number: String(i + 1),
  title: i === 15 ? 'Veiledning til helsepersonell' : `Tiltak ${i + 1}`,
  titlePending: i !== 15,
  version: 1,
}));

function lines(n: number, overwrite16 = false): string {
  return Array.from({ length: n }, (_, i) =>
    i === 15 && !overwrite16 ? 'Veiledning til helsepersonell' : `${i + 1}. Tittel ${i + 1}`,
  ).join('\n');
}

function setup() {
  const onSave = vi.fn();
  render(<TitlesEditor measures={measures} saving={false} saveError={null} onSave={onSave} />);
  const box = screen.getByLabelText('Titler, én per linje i nummerrekkefølge');
  return { onSave, type: (text: string) => fireEvent.change(box, { target: { value: text } }) };
}

describe('Fyll inn titler: the preview', () => {
  it('says when more lines were pasted than the plan has measures, and does not save', () => {
    const { onSave, type } = setup();
    type(lines(27));
    expect(screen.getByTestId('line-count-message').textContent).toBe(
      'Du har limt inn 27 linjer, men planen har 26 tiltak. Skriv én tittel per linje, i nummerrekkefølge.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lagre titler' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves titles for the few measures the lines name by number; every other measure keeps its title', () => {
    const { onSave, type } = setup();
    type('21. Styrke samarbeidet\n3. Bedre informasjon til ofre');
    expect(screen.getByTestId('line-count').textContent).toBe(
      'Linjene er plassert etter nummeret foran tittelen. ' +
        'Tittel for 2 av 26 tiltak; de andre beholder tittelen de har.',
    );
    const rows = screen.getAllByTestId('preview-row');
    expect(rows[2].textContent).toBe('3Tiltak 3 (ikke fylt inn)Bedre informasjon til ofreNy');
    expect(rows[15].textContent).toBe('16Veiledning til helsepersonellIngen linjeBeholdes');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre titler' }));
    const [titles] = onSave.mock.calls[0];
    expect(titles.map((t: string, i: number) => (t ? `${i + 1}:${t}` : '')).filter(Boolean)).toEqual([
      '3:Bedre informasjon til ofre',
      '21:Styrke samarbeidet',
    ]);
  });

  it(
    'ignores blank lines at the end, strips numbering, ' +
      'and saves one title per measure with the previewed versions',
    () => {
      const { onSave, type } = setup();
      type(`${lines(26)}\n\n\n`);
      expect(screen.queryByTestId('line-count-message')).toBeNull();
      const rows = screen.getAllByTestId('preview-row');
      expect(rows).toHaveLength(26);
      expect(rows[0].textContent).toContain('Tittel 1');
      expect(rows[0].textContent).not.toContain('1. Tittel');
      fireEvent.click(screen.getByRole('button', { name: 'Lagre titler' }));
      expect(onSave).toHaveBeenCalledTimes(1);
      const [titles, versions] = onSave.mock.calls[0];
      expect(titles).toHaveLength(26);
      expect(titles[25]).toBe('Tittel 26');
      expect(versions).toEqual(Object.fromEntries(measures.map((m) => [String(m.id), 1])));
    },
  );

  it('marks a line that would overwrite a filled-in title in words, and asks before saving it', () => {
    const { onSave, type } = setup();
    type(lines(26, true));
    const row16 = screen.getAllByTestId('preview-row')[15];
    expect(row16.textContent).toContain('Overskriver utfylt tittel');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre titler' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/Kryss av for å bekrefte/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Ja, overskriv 1 tittel som allerede er fylt inn'));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre titler' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
