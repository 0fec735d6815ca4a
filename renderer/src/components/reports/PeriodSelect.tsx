// Choosing a reporting period: the years and tertials since the earliest plan's start, newest first, each saying
// whether it is closed or still running.
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { PeriodInfo, PeriodList } from '../../../../shared/api/periods.contract.ts';
import '../../styles/ds/validation-message.css';

export function periodOptionLabel(p: PeriodInfo): string {
  return `${p.label}${p.closed ? ' (lukket)' : p.over ? '' : ' (pågår)'}`;
}

/** The newest year that is over (the annual report's year), or the current one. */
export function defaultReportPeriod(list: PeriodList): string {
  return (list.years.find((y) => y.over) ?? list.years[0]).key;
}

export function PeriodSelect({
  id,
  label,
  list,
  value,
  onChange,
  error,
  kinds = ['year', 'tertial'],
}: {
  id: string;
  label: string;
  list: PeriodList;
  value: string | null;
  onChange(key: string): void;
  error?: string;
  kinds?: ('year' | 'tertial')[];
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      >
        {kinds.includes('year') && (
          <optgroup label="År">
            {list.years.map((p) => (
              <option key={p.key} value={p.key}>
                {periodOptionLabel(p)}
              </option>
            ))}
          </optgroup>
        )}
        {kinds.includes('tertial') && (
          <optgroup label="Tertialer">
            {list.tertials.map((p) => (
              <option key={p.key} value={p.key}>
                {periodOptionLabel(p)}
              </option>
            ))}
          </optgroup>
        )}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
