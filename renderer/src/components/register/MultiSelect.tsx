// A compact multi-choice filter: a button that opens a list of checkboxes. Native <details>, so it works
// with the keyboard and screen readers without extra wiring; Escape and a click outside close it.
import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

export interface Option {
  value: string;
  label: string;
}

export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  allLabel = 'Alle',
  note,
}: {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  allLabel?: string;
  /** A sentence on what choosing means, shown in the panel. */
  note?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  const chosen = options.filter((o) => selected.includes(o.value));
  const summary = chosen.length === 0 ? allLabel : chosen.length === 1 ? chosen[0].label : `${chosen.length} valgt`;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <details
      ref={ref}
      className="filter-multi"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="filter-multi__summary">
        <span className="filter-multi__label">{label}</span>
        <span className="filter-multi__value" data-active={chosen.length > 0 || undefined}>
          {summary}
        </span>
      </summary>
      <div className="filter-multi__panel">
        <Fieldset data-size="sm">
          <Fieldset.Legend className="visually-hidden">{label}</Fieldset.Legend>
          {note && <Fieldset.Description>{note}</Fieldset.Description>}
          {options.map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
          ))}
        </Fieldset>
        {selected.length > 0 && (
          <button type="button" className="filter-multi__clear" onClick={() => onChange([])}>
            Fjern valgene
          </button>
        )}
      </div>
    </details>
  );
}
