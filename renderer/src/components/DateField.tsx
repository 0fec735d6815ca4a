// A date typed as dd.mm.åååå whatever the browser's or the system's locale (a native date input showed
// mm/dd/yyyy in an English browser). Digits get their dots as they are typed (typedDate), ↑/↓ move a day, and an
// impossible date is named at the field in one sentence. The parent holds the ISO date; the field keeps what is being
// typed.
import { Textfield } from '@digdir/designsystemet-react';
import { forwardRef, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { addDaysIso, DATE_PATTERN_LABEL, formatDate, parseDateNb } from '../../../shared/format/nb.ts';
import '../styles/ds/validation-message.css';

export interface DateFieldProps {
  id?: string;
  label: ReactNode;
  /** Shown after the format hint. */
  description?: ReactNode;
  /** The ISO date (YYYY-MM-DD), or '' when the field is empty or what is typed is not a date. */
  value: string;
  /** The ISO date typed, or '' while the text is empty or not a date. */
  onChange(iso: string): void;
  /** A message from the parent or the core; the field's own format message is shown when there is none. */
  error?: ReactNode;
  disabled?: boolean;
  className?: string;
}

const SEPARATOR = /[./\-\s]/;

/**
 * What one typed character makes of the text, so that typing with or without the dots ends with the same date:
 * a digit after a whole day or month gets its dot first («15» + «0» → «15.0», «15.07» + «2» → «15.07.2»), and a
 * dot (or / - space) right after a dot, or first, is left out («15.» + «.» → «15.»). The dot comes with the digit
 * after it, never ahead of the user: a dot shown is one the user typed or one with a digit after it, so typing
 * «15.07.2026» as the hint says never doubles one (it gave «15..07.202»). Only a single character typed at the end is
 * touched: a paste, a deletion or an edit inside the text is kept as it is (parseDateNb reads it).
 */
function typedDate(prev: string, next: string, caretAtEnd: boolean): string {
  if (!caretAtEnd || next.length !== prev.length + 1 || !next.startsWith(prev)) return next;
  const c = next.slice(-1);
  // «2026-» typed key by key (an ISO date): the dot put in after «20» was inside a year, as month 26 says.
  const year = c === '-' ? /^(\d{2})\.(\d{2})$/.exec(prev) : null;
  if (year && Number(year[2]) > 12) return `${year[1]}${year[2]}-`;
  if (SEPARATOR.test(c)) return prev === '' || SEPARATOR.test(prev.slice(-1)) ? prev : next;
  if (!/\d/.test(c)) return next;
  if (/^\d{2}$/.test(prev)) return `${prev}.${c}`;
  const month = /^\d{1,2}([./\s-])\d{2}$/.exec(prev);
  return month ? `${prev}${month[1]}${c}` : next;
}

export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(
  { id, label, description, value, onChange, error, disabled, className },
  ref,
) {
  const [text, setText] = useState(() => formatDate(value));
  const [touched, setTouched] = useState(false);
  const parsed = text.trim() === '' ? null : parseDateNb(text);

  // A new value from outside (a reset, another default) replaces the text unless the text already says it.
  useEffect(() => {
    const mine = parsed?.ok ? parsed.iso : '';
    if (value !== mine && !(value === '' && parsed && !parsed.ok)) setText(formatDate(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const p = next.trim() === '' ? null : parseDateNb(next);
    onChange(p?.ok ? p.iso : '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') setTouched(true);
    if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return;
    if (!parsed?.ok) return;
    e.preventDefault();
    change(formatDate(addDaysIso(parsed.iso, e.key === 'ArrowUp' ? 1 : -1)));
  };

  // What is typed is judged when the user leaves the field (or presses Enter), not at every keystroke; then the
  // field's own sentence wins over a parent's generic one («Skriv en dato»). A message from the core about a
  // well-formed date (in the future, before the plan's start) is the parent's.
  const own = parsed && !parsed.ok ? parsed.message : undefined;
  const shown = own ? (touched ? own : undefined) : error;
  return (
    <Textfield
      ref={ref as never}
      id={id}
      className={className}
      label={label}
      description={
        <>
          {DATE_PATTERN_LABEL}
          {description ? <> · {description}</> : null}
        </>
      }
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={DATE_PATTERN_LABEL}
      value={text}
      disabled={disabled}
      onChange={(e) => {
        const el = e.target;
        change(typedDate(text, el.value, el.selectionStart === el.value.length));
      }}
      onBlur={() => {
        setTouched(true);
        if (parsed?.ok) setText(formatDate(parsed.iso));
      }}
      onKeyDown={onKeyDown}
      error={shown}
    />
  );
});
