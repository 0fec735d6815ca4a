// What a Norwegian user types and reads: dates as dd.mm.åååå whatever the locale, and organisation names without a
// second pair of parentheses.
import { describe, expect, it } from 'vitest';
import { orgDisplayName } from '../../shared/domain/organisations.ts';
import { addDaysIso, DATE_FORMAT_MESSAGE, parseDateNb } from '../../shared/format/nb.ts';

describe('parseDateNb', () => {
  it('takes the ways a date is typed or pasted in Norway', () => {
    for (const text of ['31.12.2024', '31.12.2024 ', '31/12/2024', '31-12-2024', '31122024', '2024-12-31'])
      expect(parseDateNb(text)).toEqual({ ok: true, iso: '2024-12-31' });
    expect(parseDateNb('1.2.2024')).toEqual({ ok: true, iso: '2024-02-01' });
    expect(parseDateNb('29.02.2024')).toEqual({ ok: true, iso: '2024-02-29' });
    // One dot deleted with Backspace inside the date: the eight digits still say it.
    for (const text of ['3112.2024', '31.122024']) expect(parseDateNb(text)).toEqual({ ok: true, iso: '2024-12-31' });
  });

  it('names an impossible date in one sentence, and asks for the format otherwise', () => {
    expect(parseDateNb('29.02.2023')).toEqual({
      ok: false,
      message: 'Datoen 29.02.2023 finnes ikke: måned 02 har 28 dager.',
    });
    expect(parseDateNb('31.04.2024')).toMatchObject({
      message: 'Datoen 31.04.2024 finnes ikke: måned 04 har 30 dager.',
    });
    expect(parseDateNb('12.13.2024')).toMatchObject({
      message: 'Datoen 12.13.2024 finnes ikke: måneden må være fra 01 til 12.',
    });
    // An American order from a browser in English is not guessed at: month 13+ is refused, the rest read as Norwegian.
    expect(parseDateNb('12/31/2024')).toMatchObject({ ok: false });
    for (const text of ['31.12.24', 'i går', '2024', '31.12', ''])
      expect(parseDateNb(text)).toEqual({ ok: false, message: DATE_FORMAT_MESSAGE });
  });

  it('moves a day at a time across months and leap years (↑/↓ in the field)', () => {
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('orgDisplayName', () => {
  it('adds the abbreviation once, never a second pair of parentheses', () => {
    expect(orgDisplayName({ name: 'Helsedirektoratet', abbrev: 'HDIR' })).toBe('Helsedirektoratet (HDIR)');
    expect(orgDisplayName({ name: 'Arbeids- og velferdsdirektoratet (Nav)', abbrev: 'AVDIR' })).toBe(
      'Arbeids- og velferdsdirektoratet (Nav) – AVDIR',
    );
    expect(orgDisplayName({ name: 'Riksadvokaten (påtalemyndigheten)', abbrev: 'RA' })).toBe(
      'Riksadvokaten (påtalemyndigheten) – RA',
    );
  });

  it('leaves a name that already is its abbreviation alone', () => {
    expect(orgDisplayName({ name: 'Kripos', abbrev: 'KRIPOS' })).toBe('Kripos');
    expect(orgDisplayName({ name: 'ROSA (Krisesentersekretariatet)', abbrev: 'ROSA' })).toBe(
      'ROSA (Krisesentersekretariatet)',
    );
    expect(orgDisplayName({ name: 'Pro Sentret (Oslo kommune)', abbrev: 'PROSENTRET' })).toBe(
      'Pro Sentret (Oslo kommune)',
    );
  });
});
