// Choosing several organisations (co-owner ministries, agencies): Designsystemet's Suggestion, the successor of its
// deprecated Combobox, which added an option whenever the typed text equalled its abbreviation and let Enter toggle
// whatever was first in the list (BFD silently removed, Arbeidstilsynet added). Here typing only filters — by name,
// abbreviation and former names («Politi» finds Politidirektoratet, «BLD» finds BFD) — and only ↓/↑ then Enter (or
// a click) toggles the option highlighted. Each chosen one is a chip that Backspace or a click removes. After a choice
// the search text is emptied (Suggestion puts back what was typed: «bar» stayed after choosing BFD), so the field is
// ready for the next and the whole list is offered again.
import { EXPERIMENTAL_Suggestion as Suggestion, Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, useRef } from 'react';
import { orgDisplayName } from '../../../../shared/domain/organisations.ts';
import type { Organisation } from '../../../../shared/domain/types.ts';
import '../../styles/ds/validation-message.css';
import '../../styles/ds/suggestion.css';
import { COMBOBOX_TEXTS_NB, LIST_TEXTS_NB } from '../suggestionTexts.ts';

export interface OrgPickerProps {
  id: string;
  label: string;
  /** The organisations offered, in order. */
  options: Organisation[];
  /** Every organisation (with renamed rows), for the former names searched. */
  all: Organisation[];
  /** Chosen abbreviations. */
  value: string[];
  onChange(abbrevs: string[]): void;
  error?: string;
  disabled?: boolean;
  empty: string;
}

/** The names an organisation has had before (its rename chain back from the current row), oldest last. */
export function formerNames(org: Organisation, all: Organisation[]): Organisation[] {
  const byId = new Map(all.map((o) => [o.id, o]));
  const out: Organisation[] = [];
  for (let at = org.renamedFromId; at !== null && out.length < 20;) {
    const prev = byId.get(at);
    if (!prev) break;
    out.push(prev);
    at = prev.renamedFromId;
  }
  return out;
}

/** Every word a coordinator may type to find an organisation, in lower case. */
export function searchText(org: Organisation, all: Organisation[]): string {
  return [org, ...formerNames(org, all)]
    .flatMap((o) => [o.name, o.abbrev])
    .join(' ')
    .toLocaleLowerCase('nb');
}

export function OrgPicker({ id, label, options, all, value, onChange, error, disabled, empty }: OrgPickerProps) {
  const haystack = useMemo(() => new Map(options.map((o) => [o.abbrev, searchText(o, all)])), [options, all]);
  const selected = value.map((a) => ({ value: a, label: a }));
  const input = useRef<HTMLInputElement>(null);
  /** Empties the search text after a choice, and tells Suggestion's filter (it listens for input) to show all again. */
  const clearSearch = () => {
    const el = input.current;
    if (!el || el.value === '') return;
    el.value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const descriptionId = `${id}-beskrivelse`;
  const errorId = `${id}-feil`;
  return (
    <Field className="org-picker">
      <Label htmlFor={id}>{label}</Label>
      <Field.Description id={descriptionId}>
        Søk på navn, forkortelse eller tidligere navn. Pil ned og Enter velger eller fjerner.
      </Field.Description>
      <Suggestion
        {...COMBOBOX_TEXTS_NB}
        multiple
        selected={selected}
        // Enter on typed text that names no option «selects» the list's empty-state row (value ''): never a choice.
        onSelectedChange={(items) => {
          const next = items.map((i) => i.value).filter((v) => v !== '');
          if (next.length === value.length && next.every((v, i) => v === value[i])) return;
          onChange(next);
          clearSearch();
        }}
        filter={({ value: abbrev, input }) => {
          const words = input.value.trim().toLocaleLowerCase('nb').split(/\s+/);
          const text = haystack.get(abbrev) ?? '';
          return words.every((w) => text.includes(w));
        }}
        renderSelected={({ value: abbrev }) => abbrev}
      >
        <Suggestion.Input
          ref={input}
          id={id}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
        />
        <Suggestion.Clear aria-label={`Fjern alle valgte i ${label.toLowerCase()}`} />
        <Suggestion.List {...LIST_TEXTS_NB}>
          <Suggestion.Empty>{empty}</Suggestion.Empty>
          {options.map((o) => {
            const former = formerNames(o, all);
            return (
              <Suggestion.Option key={o.abbrev} value={o.abbrev} label={orgDisplayName(o)}>
                {orgDisplayName(o)}
                {former.length > 0 && (
                  <span className="org-picker__former"> – tidligere {former.map(orgDisplayName).join(', ')}</span>
                )}
              </Suggestion.Option>
            );
          })}
        </Suggestion.List>
      </Suggestion>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
