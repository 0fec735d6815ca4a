// A compact multi-choice filter: a button that opens a list of checkboxes. Native <details>, so it works
// with the keyboard and screen readers without extra wiring; Escape and a click outside close it.
// The checkboxes exist only while it is open: seven closed filters with every ministry, agency and obligation
// were most of the register's elements before its first rows showed.
import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';

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
  order,
}: {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  allLabel?: string;
  /** A sentence on what choosing means, shown in the panel. */
  note?: string;
  /** The order of the list, applied when it opens (a Norwegian collator is costly to make before first paint). */
  order?: (a: Option, b: Option) => number;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
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
      onToggle={(e) => setOpen(e.currentTarget.open)}
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
      {open && (
        <div className="filter-multi__panel">
          <Fieldset data-size="sm">
            <Fieldset.Legend className="visually-hidden">{label}</Fieldset.Legend>
            {note && <Fieldset.Description>{note}</Fieldset.Description>}
            {(order ? [...options].sort(order) : options).map((o) => (
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
      )}
    </details>
  );
}
