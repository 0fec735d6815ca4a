// Choosing one measure (a link to another plan, a measure for an obligation): Designsystemet's Suggestion, searched by
// the measure's number, words of its title or its plan's name. Only the first LIMIT matches are in the list: a native
// select of every measure put 10 000 options into the page at the stress size (the measure page took 627 ms instead of
// 120 ms to show); at the real size (≤ 26 measures per plan) every measure is in the list until one types.
import { EXPERIMENTAL_Suggestion as Suggestion, Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { MeasureName, Plan } from '../../../../shared/domain/types.ts';
import { formatInteger } from '../../../../shared/format/nb.ts';
import '../../styles/ds/validation-message.css';
import '../../styles/ds/suggestion.css';
import { COMBOBOX_TEXTS_NB, LIST_TEXTS_NB } from '../suggestionTexts.ts';

const LIMIT = 50;

/** «Handlingsplanen 2016, tiltak 16: Veilede …», or «…, tiltak 5 (tittel ikke fylt inn)». */
function measureOption(m: MeasureName, plan?: Plan): string {
  const name = `${plan?.shortName ?? m.planCode}, tiltak ${m.number}`;
  return m.titlePending ? `${name} (tittel ikke fylt inn)` : `${name}: ${m.title}`;
}

interface Candidate {
  measure: MeasureName;
  label: string;
  /** The label and the plan's title in lower case, and the whole words of it (for numbers). */
  text: string;
  words: Set<string>;
}

function candidate(measure: MeasureName, plan?: Plan): Candidate {
  const label = measureOption(measure, plan);
  const text = `${label} ${plan?.title ?? ''}`.toLocaleLowerCase('nb');
  return { measure, label, text, words: new Set(text.split(/[^\p{L}\p{N}]+/u)) };
}

/** The candidates that hold every typed word, in order. A typed number is a whole word: «5» finds tiltak 5 and not
 * every measure of «2025–2030»; «2016» finds the 2016 plan's. Other words are found inside words («menneske»). */
function matchMeasures(candidates: Candidate[], query: string): Candidate[] {
  const typed = query.trim().toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  if (typed.length === 0) return candidates;
  return candidates.filter(({ text, words }) =>
    typed.every((w) => (/^\d+$/.test(w) ? words.has(w) : text.includes(w))),
  );
}

export interface MeasurePickerProps {
  id: string;
  label: string;
  /** The measures offered, in order. */
  measures: MeasureName[];
  plan(code: string): Plan | undefined;
  /** The chosen measure's id, '' for none. */
  value: string;
  onChange(id: string): void;
  error?: string;
}

export function MeasurePicker({ id, label, measures, plan, value, onChange, error }: MeasurePickerProps) {
  const [query, setQuery] = useState('');
  const candidates = useMemo(() => measures.map((m) => candidate(m, plan(m.planCode))), [measures, plan]);
  const chosen = candidates.find((c) => String(c.measure.id) === value);
  // The Suggestion writes a chosen label into the input (an input event like typing): the list then offers every
  // measure again, not just that one.
  const matches = matchMeasures(candidates, query === chosen?.label ? '' : query);
  const shown = matches.slice(0, LIMIT);
  const descriptionId = `${id}-beskrivelse`;
  const errorId = `${id}-feil`;
  return (
    <Field className="measure-picker">
      <Label htmlFor={id}>{label}</Label>
      <Field.Description id={descriptionId}>
        Søk på nummer, ord i tittelen eller planens navn. Pil ned og Enter velger.
        {!chosen &&
          matches.length > LIMIT &&
          ` Listen viser de ${LIMIT} første av ${formatInteger(matches.length)}: skriv mer for å finne færre.`}
      </Field.Description>
      <Suggestion
        {...COMBOBOX_TEXTS_NB}
        filter={false}
        selected={chosen ? { value: String(chosen.measure.id), label: chosen.label } : null}
        // Enter on typed text that names no option «selects» the list's empty-state row (value ''): never a choice.
        onSelectedChange={(item) => onChange(item?.value ?? '')}
      >
        <Suggestion.Input
          id={id}
          onInput={(e) => setQuery(e.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
        />
        <Suggestion.Clear aria-label={`Tøm ${label.toLowerCase()}`} />
        <Suggestion.List {...LIST_TEXTS_NB}>
          <Suggestion.Empty>Ingen tiltak passer.</Suggestion.Empty>
          {shown.map((c) => (
            <Suggestion.Option key={c.measure.id} value={String(c.measure.id)} label={c.label}>
              {c.label}
            </Suggestion.Option>
          ))}
        </Suggestion.List>
      </Suggestion>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
