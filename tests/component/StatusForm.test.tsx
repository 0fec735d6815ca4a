import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusForm, type StatusFormProps } from '../../renderer/src/components/measure/StatusForm.tsx';

function setup(
  fetchImpl: typeof fetch,
  current: StatusFormProps['current'] = { status: 'pagar', assessment: 'gronn' },
) {
  vi.stubGlobal('fetch', fetchImpl);
  const onSaved = vi.fn();
  render(
    <StatusForm
      measureId={16}
      current={current}
      planStart="2016-11-01"
      defaultAuthor="kari"
      today="2026-11-23"
      onSaved={onSaved}
    />,
  );
  return onSaved;
}

const ok = (value: unknown) => Promise.resolve(new Response(JSON.stringify({ ok: true, value })));

afterEach(() => vi.unstubAllGlobals());

describe('Registrer status', () => {
  it('refuses rød without a comment at the comment field, sending nothing', async () => {
    const fetchMock = vi.fn(() => ok({}));
    const onSaved = setup(fetchMock as unknown as typeof fetch);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Vurdering'), 'rod');
    await user.click(screen.getByRole('button', { name: 'Registrer status' }));
    const comment = screen.getByLabelText(/Kommentar/);
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Gul og rød vurdering må begrunnes: skriv en kommentar.')).toBeTruthy();
    expect(document.activeElement).toBe(comment);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends status, assessment, comment, date and the default author, then clears the comment', async () => {
    const update = {
      id: 9,
      measureId: 16,
      status: 'pagar',
      assessment: 'rod',
      comment: 'Forsinket',
      author: 'kari',
      effectiveDate: '2026-11-23',
      recordedAt: '2026-11-23T09:00:00Z',
    };
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => ok(update));
    const onSaved = setup(fetchMock as unknown as typeof fetch);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Vurdering'), 'rod');
    await user.type(screen.getByLabelText(/Kommentar/), 'Forsinket');
    await user.click(screen.getByRole('button', { name: 'Registrer status' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(fetchMock.mock.calls[0][1].body))).toEqual({
      measureId: 16,
      status: 'pagar',
      assessment: 'rod',
      comment: 'Forsinket',
      effectiveDate: '2026-11-23',
      author: 'kari',
    });
    expect(onSaved).toHaveBeenCalledWith(update);
    expect((screen.getByLabelText(/Kommentar/) as HTMLTextAreaElement).value).toBe('');
  });

  it('says who signs the update when «Registrert av» is left empty', () => {
    setup(vi.fn(() => ok({})) as unknown as typeof fetch);
    const author = screen.getByLabelText('Registrert av');
    expect(author.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(author.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(hint.textContent).toBe('Navnet som står i historikken (tomt felt: kari).');
  });

  it('shows the core’s field message at the field it names', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            ok: false,
            error: {
              code: 'invalid',
              message: 'Datoen kan ikke være frem i tid.',
              fields: { effectiveDate: 'Datoen kan ikke være frem i tid.' },
            },
          }),
        ),
      ),
    );
    setup(fetchMock as unknown as typeof fetch);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Registrer status' }));
    expect(screen.getByLabelText('Dato').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Datoen kan ikke være frem i tid.')).toBeTruthy();
  });

  it('refuses a date before the plan’s start at the date field, sending nothing', async () => {
    const fetchMock = vi.fn(() => ok({}));
    const onSaved = setup(fetchMock as unknown as typeof fetch);
    const date = screen.getByLabelText('Dato');
    fireEvent.change(date, { target: { value: '01.03.2010' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Registrer status' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Datoen kan ikke være før planen startet (01.11.2016).')).toBeTruthy();
    expect(document.activeElement).toBe(date);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('starts at «Ikke startet» for a measure with no status registered (never offered as a status)', () => {
    setup(vi.fn() as unknown as typeof fetch, { status: 'ingen-status', assessment: 'ikke-vurdert' });
    const status = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(status.value).toBe('ikke-startet');
    expect([...status.options].map((o) => o.value)).not.toContain('ingen-status');
  });

  it('asks why when the date is inside a closed period, and sends the reason with the update', async () => {
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => ok({}));
    vi.stubGlobal('fetch', fetchMock);
    render(
      <StatusForm
        measureId={16}
        current={{ status: 'pagar', assessment: 'gronn' }}
        planStart="2016-11-01"
        defaultAuthor="kari"
        today="2026-11-23"
        closedPeriods={[{ label: 'T2 2025', start: '2025-05-01', end: '2025-08-31' }]}
        onSaved={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    expect(screen.queryByLabelText(/Begrunnelse for korrigering/)).toBeNull();
    const date = screen.getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '15062025'); // the field puts in the dots: 15.06.2025
    const reason = screen.getByLabelText(/Begrunnelse for korrigering/);
    expect(screen.getByText(/Datoen er i en lukket periode \(T2 2025\)/)).toBeTruthy();
    await user.type(reason, 'Meldt for sent');
    await user.click(screen.getByRole('button', { name: 'Registrer status' }));
    expect(JSON.parse(String(fetchMock.mock.calls[0][1].body))).toMatchObject({
      effectiveDate: '2025-06-15',
      correctionReason: 'Meldt for sent',
    });
  });

  it('asks why as soon as a date before a closed period sets its end, and not when a newer update does', async () => {
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => ok({}));
    vi.stubGlobal('fetch', fetchMock);
    const form = (updateDates: string[]) => (
      <StatusForm
        measureId={5}
        current={{ status: 'pagar', assessment: 'gronn', date: updateDates[0] }}
        planStart="2016-11-01"
        defaultAuthor="kari"
        today="2026-11-23"
        closedPeriods={[{ label: 'T2 2026', start: '2026-05-01', end: '2026-08-31' }]}
        updateDates={updateDates}
        onSaved={vi.fn()}
      />
    );
    const { rerender } = render(form(['2023-12-10']));
    const user = userEvent.setup();
    const date = screen.getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '01032026');
    const reason = screen.getByLabelText(/Begrunnelse for korrigering/);
    expect(
      screen.getByText('Datoen endrer statusen ved slutten av den lukkede perioden T2 2026.', { exact: false }),
    ).toBeTruthy();
    await user.type(reason, 'Meldt etter lukking');
    await user.click(screen.getByRole('button', { name: 'Registrer status' }));
    expect(JSON.parse(String(fetchMock.mock.calls[0][1].body))).toMatchObject({
      effectiveDate: '2026-03-01',
      correctionReason: 'Meldt etter lukking',
    });
    // A newer update on T2's last day sets its end: the same date corrects nothing.
    rerender(form(['2026-08-31', '2023-12-10']));
    await user.clear(date);
    await user.type(date, '01032026');
    expect(screen.queryByLabelText(/Begrunnelse for korrigering/)).toBeNull();
  });
});
