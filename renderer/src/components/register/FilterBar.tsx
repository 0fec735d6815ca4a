// The register's filters: plan, part, ministry (owner or co-owner), agency, obligation, status, assessment, stale,
// search.
import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MeasureFilter } from '../../../../shared/api/filter.ts';
import type { Obligation } from '../../../../shared/domain/obligations.ts';
import type { Organisation, Plan } from '../../../../shared/domain/types.ts';
import { nameInForce, orgDisplayName, retirementMark } from '../../../../shared/domain/organisations.ts';
import { partWordHeading } from '../../../../shared/domain/plans.ts';
import { compareNb, todayIso } from '../../../../shared/format/nb.ts';
import {
  AS_OF_STATUS_CODES,
  ASSESSMENT_CODES,
  ASSESSMENT_SHORT,
  STATUS_LABELS,
  type AsOfStatus,
  type AssessmentCode,
} from '../../../../shared/domain/vocabulary.ts';
import { MultiSelect, type Option } from './MultiSelect.tsx';

export const STALE_CHOICES = [3, 6, 12, 24] as const;
/** The part choice for measures not placed in a part. */
const UNPLACED = 'uten';
const SEARCH_DELAY_MS = 250;
const SEARCH_DESCRIPTION =
  'Søker i nummer, tittel, beskrivelse, kommentarer og organisasjonsnavn. Trykk skråstrek for å komme hit, ' +
  'og Enter eller pil ned for å gå til treffene.';

/** Ministries to offer: one per rename chain, under the name in force today (a rename dated ahead shows the old
 * name until its date); the filter covers the chain's other names too. A retired one is still offered (its measures
 * are found), marked «(avviklet)» from its date and «(avvikles dd.mm.åååå)» before it. */
function ministryOptions(orgs: Organisation[]) {
  const today = todayIso();
  return orgs
    .filter((o) => o.kind === 'departement' && nameInForce(o, today))
    .map((o) => ({ value: o.abbrev, label: `${o.abbrev} – ${o.name}${retirementMark(o, today)}` }));
}

function agencyOptions(orgs: Organisation[]) {
  const today = todayIso();
  return orgs
    .filter((o) => o.kind !== 'departement' && nameInForce(o, today))
    .map((o) => ({ value: o.abbrev, label: `${orgDisplayName(o)}${retirementMark(o, today)}` }));
}

const byValue = (a: Option, b: Option) => compareNb(a.value, b.value);
const byLabel = (a: Option, b: Option) => compareNb(a.label, b.label);

function SearchField({
  value,
  onSearch,
  onToResults,
  inputRef,
}: {
  value: string;
  onSearch: (q: string) => void;
  /** Enter or ↓: on to the measures found for `q` (the search as typed, sent at once). */
  onToResults?: (q: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  // Follow the URL when it changes from outside (reset, back), but never overwrite what is being typed.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === sent.current) return;
    const t = setTimeout(() => {
      // Sent at once meanwhile (Enter or ↓): sending it again would put the register back in the address, over a
      // measure opened since by Enter on a row (fresh-ci: ↓ ↓ ↑ Enter inside the pause left the user in the register).
      if (text === sent.current) return;
      sent.current = text;
      onSearch(text);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [text, onSearch]);
  return (
    <Textfield
      ref={inputRef}
      className="filter-search"
      type="search"
      data-size="sm"
      label={
        <>
          Søk{' '}
          <kbd aria-hidden="true" title="Trykk / for å søke">
            /
          </kbd>
        </>
      }
      placeholder="Nr., tittel, kommentar, etat …"
      aria-description={SEARCH_DESCRIPTION}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== 'ArrowDown') return;
        e.preventDefault();
        if (text !== sent.current) {
          sent.current = text;
          onSearch(text);
        }
        onToResults?.(text);
      }}
    />
  );
}

export function FilterBar({
  filter,
  plans,
  organisations,
  onChange,
  searchRef,
  onToResults,
  obligations = [],
}: {
  filter: MeasureFilter;
  plans: Plan[];
  organisations: Organisation[];
  /** The obligations to filter by (the measures linked to any of those chosen). */
  obligations?: Obligation[];
  onChange: (f: MeasureFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Enter or ↓ in the search field: on to the measures found for `q`. */
  onToResults?: (q: string) => void;
}) {
  const set = (patch: Partial<MeasureFilter>) => onChange({ ...filter, ...patch });
  const chosenPlans = filter.plans?.length ? plans.filter((p) => filter.plans!.includes(p.code)) : plans;
  const partOptions = [
    ...chosenPlans.flatMap((p) =>
      p.parts.map((part) => ({
        value: String(part.id),
        label: `${chosenPlans.length > 1 ? `${p.shortName}: ` : ''}${part.number}. ${part.title}`,
      })),
    ),
    // The measures a chart counts as «Uten hoveddel»: its segments lead here.
    { value: UNPLACED, label: 'Ikke plassert' },
  ];
  const onSearch = useRef((q: string) => onChange({ ...filter, q: q.trim() === '' ? undefined : q }));
  onSearch.current = (q: string) => onChange({ ...filter, q: q.trim() === '' ? undefined : q });
  const [stableSearch] = useState(() => (q: string) => onSearch.current(q));

  return (
    <div role="search" className="filter-bar" aria-label="Filtrer tiltak">
      <SearchField value={filter.q ?? ''} onSearch={stableSearch} onToResults={onToResults} inputRef={searchRef} />
      <MultiSelect
        label="Plan"
        options={plans.map((p) => ({ value: p.code, label: p.title }))}
        selected={filter.plans ?? []}
        onChange={(v) => {
          // Parts of a plan no longer chosen would silently hide everything: drop them.
          const keep = v.length === 0 ? plans : plans.filter((p) => v.includes(p.code));
          const partIds = new Set(keep.flatMap((p) => p.parts.map((x) => x.id)));
          set({ plans: v as MeasureFilter['plans'], parts: filter.parts?.filter((id) => partIds.has(id)) });
        }}
      />
      <MultiSelect
        label={partWordHeading(chosenPlans)}
        options={partOptions}
        selected={[...(filter.parts ?? []).map(String), ...(filter.unplaced ? [UNPLACED] : [])]}
        onChange={(v) =>
          set({
            parts: v.filter((x) => x !== UNPLACED).map(Number),
            unplaced: v.includes(UNPLACED) || undefined,
          })
        }
      />
      <MultiSelect
        label="Departement"
        note="Treffer både ansvarlig og medansvarlig departement, også under tidligere navn."
        options={ministryOptions(organisations)}
        order={byValue}
        selected={filter.ministries ?? []}
        onChange={(v) => set({ ministries: v })}
      />
      <MultiSelect
        label="Etat"
        options={agencyOptions(organisations)}
        order={byLabel}
        selected={filter.agencies ?? []}
        onChange={(v) => set({ agencies: v })}
      />
      <MultiSelect
        label="Forpliktelse"
        note="Tiltak som er koblet til en av forpliktelsene."
        options={obligations.map((o) => ({
          value: o.code,
          label: `${o.code}: ${o.text.length > 70 ? `${o.text.slice(0, 69)}…` : o.text}`,
        }))}
        selected={filter.obligations ?? []}
        onChange={(v) => set({ obligations: v })}
      />
      <MultiSelect
        label="Status"
        options={AS_OF_STATUS_CODES.map((c) => ({ value: c, label: STATUS_LABELS[c] }))}
        selected={filter.statuses ?? []}
        onChange={(v) => set({ statuses: v as AsOfStatus[] })}
      />
      <MultiSelect
        label="Vurdering"
        options={ASSESSMENT_CODES.map((c) => ({ value: c, label: ASSESSMENT_SHORT[c] }))}
        selected={filter.assessments ?? []}
        onChange={(v) => set({ assessments: v as AssessmentCode[] })}
      />
      <Field data-size="sm" className="filter-stale">
        <Label className="filter-label">Ikke oppdatert på</Label>
        <Select
          value={filter.staleMonths ? String(filter.staleMonths) : ''}
          onChange={(e) => set({ staleMonths: e.target.value ? Number(e.target.value) : undefined })}
        >
          <Select.Option value="">Vis alle</Select.Option>
          {[...new Set([...STALE_CHOICES, ...(filter.staleMonths ? [filter.staleMonths] : [])])]
            .sort((a, b) => a - b)
            .map((n) => (
              <Select.Option key={n} value={String(n)}>
                {n} måneder
              </Select.Option>
            ))}
        </Select>
      </Field>
    </div>
  );
}
