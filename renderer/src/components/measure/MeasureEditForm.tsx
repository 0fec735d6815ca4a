// The measure's own fields: title, description, part, owner, co-owners, agencies (from the organisation
// registry), start and end year. Only changed fields are sent, with the version the form was opened at.
import {
  Button,
  Combobox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { MeasureChanges } from '../../../../shared/api/measure-edit.contract.ts';
import type { Measure, Organisation, Plan } from '../../../../shared/domain/types.ts';
import { MAX_TITLE_LENGTH } from '../../../../shared/api/schemas.ts';
import { partWordTitle } from '../../../../shared/domain/plans.ts';

interface Draft {
  title: string;
  description: string;
  partId: string;
  ownerAbbrev: string;
  coOwnerAbbrevs: string[];
  agencyAbbrevs: string[];
  startYear: string;
  endYear: string;
}

export function draftOf(m: Measure, plan: Plan | undefined): Draft {
  const part = plan?.parts.find((p) => p.number === m.partNumber);
  return {
    title: m.title,
    description: m.description,
    partId: part ? String(part.id) : '',
    ownerAbbrev: m.owner?.abbrev ?? '',
    coOwnerAbbrevs: m.coOwners.map((o) => o.abbrev),
    agencyAbbrevs: m.agencies.map((o) => o.abbrev),
    startYear: m.startYear === null ? '' : String(m.startYear),
    endYear: m.endYear === null ? '' : String(m.endYear),
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function yearValue(s: string): number | null | 'bad' {
  if (s.trim() === '') return null;
  return /^\d{4}$/.test(s.trim()) ? Number(s.trim()) : 'bad';
}

/** Changed fields only, as the API takes them; with errors for what cannot be sent at all. */
export function changesOf(before: Draft, after: Draft): { changes: MeasureChanges; errors: Record<string, string> } {
  const changes: MeasureChanges = {};
  const errors: Record<string, string> = {};
  if (after.title !== before.title) changes.title = after.title;
  if (after.description !== before.description) changes.description = after.description;
  if (after.partId !== before.partId) changes.partId = after.partId === '' ? null : Number(after.partId);
  if (after.ownerAbbrev !== before.ownerAbbrev)
    changes.ownerAbbrev = after.ownerAbbrev === '' ? null : after.ownerAbbrev;
  if (!sameList(after.coOwnerAbbrevs, before.coOwnerAbbrevs)) changes.coOwnerAbbrevs = after.coOwnerAbbrevs;
  if (!sameList(after.agencyAbbrevs, before.agencyAbbrevs)) changes.agencyAbbrevs = after.agencyAbbrevs;
  for (const key of ['startYear', 'endYear'] as const) {
    if (after[key] === before[key]) continue;
    const v = yearValue(after[key]);
    if (v === 'bad') errors[key] = 'Skriv året med fire sifre, for eksempel 2025.';
    else changes[key] = v;
  }
  return { changes, errors };
}

/** The API names a field `changes.title`; the form names it `title`. */
export function formFieldErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.replace(/^changes\./, '').split('.')[0]] ??= v;
  return out;
}

export interface MeasureEditFormProps {
  measure: Measure;
  plan: Plan | undefined;
  organisations: Organisation[];
  disabled?: boolean;
  /** Returns field errors when refused, or null when saved. */
  onSave(changes: MeasureChanges, before: Draft): Promise<Record<string, string> | null>;
}

export function MeasureEditForm({ measure, plan, organisations, disabled, onSave }: MeasureEditFormProps) {
  const initial = draftOf(measure, plan);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  // Current names only; an organisation already on the measure stays selectable even if renamed or retired.
  const inUse = new Set([initial.ownerAbbrev, ...initial.coOwnerAbbrevs, ...initial.agencyAbbrevs]);
  const current = organisations.filter((o) => (!o.retired && !o.renamedToAbbrev) || inUse.has(o.abbrev));
  const ministries = current.filter((o) => o.kind === 'departement');
  const agencies = current.filter((o) => o.kind !== 'departement');
  const dirty = Object.keys(changesOf(initial, draft).changes).length > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { changes, errors: local } = changesOf(initial, draft);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      document.getElementById(`felt-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    if (Object.keys(changes).length === 0) return;
    setSaving(true);
    try {
      const refused = await onSave(changes, initial);
      setErrors(refused ?? {});
      const first = refused && Object.keys(refused)[0];
      if (first) document.getElementById(`felt-${first}`)?.focus();
    } finally {
      setSaving(false);
    }
  }

  const orgFilter = (input: string, option: { label: string; value: string }) =>
    option.label.toLowerCase().includes(input.toLowerCase()) ||
    option.value.toLowerCase().includes(input.toLowerCase());

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rediger-tiltak" className="edit-form">
      <Fieldset>
        <Fieldset.Legend id="rediger-tiltak">Opplysninger om tiltaket</Fieldset.Legend>
        <Textfield
          id="felt-title"
          label="Tittel"
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
          counter={{ limit: MAX_TITLE_LENGTH, over: '%d tegn for mye', under: '%d tegn igjen' }}
          disabled={disabled}
        />
        <Textfield
          id="felt-description"
          label="Beskrivelse"
          multiline
          rows={3}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
          disabled={disabled}
        />
        <div className="form-grid">
          <Field>
            <Label htmlFor="felt-partId">{partWordTitle(plan)}</Label>
            <Select
              id="felt-partId"
              value={draft.partId}
              onChange={(e) => set('partId', e.target.value)}
              disabled={disabled}
              aria-invalid={errors.partId ? true : undefined}
            >
              <Select.Option value="">Ikke plassert</Select.Option>
              {plan?.parts.map((p) => (
                <Select.Option key={p.id} value={String(p.id)}>
                  {p.number}. {p.title}
                </Select.Option>
              ))}
            </Select>
            {errors.partId && <ValidationMessage>{errors.partId}</ValidationMessage>}
          </Field>
          <Field>
            <Label htmlFor="felt-ownerAbbrev">Ansvarlig departement</Label>
            <Select
              id="felt-ownerAbbrev"
              value={draft.ownerAbbrev}
              onChange={(e) => set('ownerAbbrev', e.target.value)}
              disabled={disabled}
              aria-invalid={errors.ownerAbbrev ? true : undefined}
            >
              <Select.Option value="">Ikke fylt inn</Select.Option>
              {ministries.map((o) => (
                <Select.Option key={o.abbrev} value={o.abbrev}>
                  {o.name} ({o.abbrev})
                </Select.Option>
              ))}
            </Select>
            {errors.ownerAbbrev && <ValidationMessage>{errors.ownerAbbrev}</ValidationMessage>}
          </Field>
          <Textfield
            id="felt-startYear"
            label="Startår"
            inputMode="numeric"
            value={draft.startYear}
            onChange={(e) => set('startYear', e.target.value)}
            error={errors.startYear}
            disabled={disabled}
          />
          <Textfield
            id="felt-endYear"
            label="Sluttår"
            inputMode="numeric"
            value={draft.endYear}
            onChange={(e) => set('endYear', e.target.value)}
            error={errors.endYear}
            disabled={disabled}
          />
        </div>
        <Combobox
          id="felt-coOwnerAbbrevs"
          label="Medansvarlige departementer"
          multiple
          value={draft.coOwnerAbbrevs}
          onValueChange={(v) => set('coOwnerAbbrevs', v)}
          filter={orgFilter}
          error={errors.coOwnerAbbrevs}
          chipSrLabel={(o) => `Fjern ${o.label}`}
          disabled={disabled}
        >
          {ministries
            .filter((o) => o.abbrev !== draft.ownerAbbrev)
            .map((o) => (
              <Combobox.Option key={o.abbrev} value={o.abbrev} displayValue={o.abbrev}>
                {o.name} ({o.abbrev})
              </Combobox.Option>
            ))}
          <Combobox.Empty>Fant ingen departementer</Combobox.Empty>
        </Combobox>
        <Combobox
          id="felt-agencyAbbrevs"
          label="Etater og direktorater"
          multiple
          value={draft.agencyAbbrevs}
          onValueChange={(v) => set('agencyAbbrevs', v)}
          filter={orgFilter}
          error={errors.agencyAbbrevs}
          chipSrLabel={(o) => `Fjern ${o.label}`}
          disabled={disabled}
        >
          {agencies.map((o) => (
            <Combobox.Option key={o.abbrev} value={o.abbrev} displayValue={o.abbrev}>
              {o.name} ({o.abbrev})
            </Combobox.Option>
          ))}
          <Combobox.Empty>Fant ingen etater</Combobox.Empty>
        </Combobox>
        <div className="button-row">
          <Button type="submit" disabled={disabled || saving || !dirty}>
            {saving ? 'Lagrer …' : 'Lagre endringer'}
          </Button>
          {dirty && (
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setDraft(initial);
                setErrors({});
              }}
            >
              Forkast endringene
            </Button>
          )}
        </div>
      </Fieldset>
    </form>
  );
}
