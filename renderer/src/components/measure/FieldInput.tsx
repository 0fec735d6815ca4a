// One field of the measure form, by its kind in the field registry: text, long text, year, e-mail, the plan's
// part, the owner ministry, co-owner ministries or agencies (from the organisation registry).
import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { MAX_TITLE_LENGTH } from '../../../../shared/api/view-params.ts';
import { fieldDef, type MeasureFieldKey } from '../../../../shared/domain/measure-fields.ts';
import { orgDisplayName } from '../../../../shared/domain/organisations.ts';
import { partWordTitle } from '../../../../shared/domain/plans.ts';
import type { Organisation, Plan } from '../../../../shared/domain/types.ts';
import '../../styles/ds/validation-message.css';
import { OrgPicker } from './OrgPicker.tsx';

interface Props {
  field: MeasureFieldKey;
  value: string | string[];
  onChange(v: string | string[]): void;
  error?: string;
  disabled?: boolean;
  plan: Plan | undefined;
  /** Organisations that may be chosen (current names, plus those already on the measure). */
  organisations: Organisation[];
  /** Every organisation, renamed rows too: the pickers search former names. */
  allOrganisations?: Organisation[];
  /** The chosen owner, left out of the co-owner choices. */
  owner: string;
  /** A title not filled in yet (the plan's text has not given it): said at the field. */
  pending?: boolean;
}

/**
 * Chosen organisations of the wrong kind for the field (a ministry as agency, an agency as owner or co-owner; `check`
 * reports such rows). They stay visible as options, since Designsystemet's Combobox throws on a value without one,
 * and the field says what to do.
 */
function misplacedIn(chosen: string[], organisations: Organisation[], wantMinistry: boolean): Organisation[] {
  return chosen
    .map((a) => organisations.find((o) => o.abbrev === a))
    .filter((o): o is Organisation => o !== undefined && (o.kind === 'departement') !== wantMinistry);
}

function misplacedWarning(kind: 'ministry' | 'ministries' | 'agencies', bad: Organisation[]): string | undefined {
  if (bad.length === 0) return undefined;
  const names = bad.map((o) => `«${o.abbrev}»`).join(', ');
  const plural = bad.length > 1 ? 'er' : '';
  if (kind === 'ministry') return `${names} er ikke et departement. Velg ansvarlig departement.`;
  if (kind === 'ministries') return `${names} er ikke departement${plural}. Fjern det her før du lagrer.`;
  return `${names} er departement${plural}, ikke etat. Fjern det her, og velg det som ansvarlig eller medansvarlig.`;
}

export function FieldInput(props: Props) {
  const { field, value, onChange, error, disabled, plan, organisations, allOrganisations, owner } = props;
  const def = fieldDef(field);
  const id = `felt-${field}`;
  const text = value as string;
  const orgKind = def.kind === 'ministry' || def.kind === 'ministries' || def.kind === 'agencies' ? def.kind : null;
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  const misplaced = orgKind ? misplacedIn(chosen, organisations, orgKind !== 'agencies') : [];
  const shownError = error ?? (orgKind ? misplacedWarning(orgKind, misplaced) : undefined);
  switch (def.kind) {
    case 'part':
    case 'ministry': {
      const isPart = def.kind === 'part';
      return (
        <Field>
          <Label htmlFor={id}>{isPart ? partWordTitle(plan) : def.label}</Label>
          <Select
            id={id}
            value={text}
            onChange={(e) => onChange(e.target.value)}
            disabled={disabled}
            aria-invalid={shownError ? true : undefined}
          >
            <Select.Option value="">{isPart ? 'Ikke plassert' : 'Ikke fylt inn'}</Select.Option>
            {isPart
              ? plan?.parts.map((p) => (
                  <Select.Option key={p.id} value={String(p.id)}>
                    {p.number}. {p.title}
                  </Select.Option>
                ))
              : [...organisations.filter((o) => o.kind === 'departement'), ...misplaced].map((o) => (
                  <Select.Option key={o.abbrev} value={o.abbrev}>
                    {orgDisplayName(o)}
                  </Select.Option>
                ))}
          </Select>
          {shownError && <ValidationMessage>{shownError}</ValidationMessage>}
        </Field>
      );
    }
    case 'ministries':
    case 'agencies': {
      const options = [
        ...organisations.filter((o) =>
          def.kind === 'ministries' ? o.kind === 'departement' && o.abbrev !== owner : o.kind !== 'departement',
        ),
        ...misplaced,
      ];
      return (
        <OrgPicker
          id={id}
          label={def.label}
          options={options}
          all={allOrganisations ?? organisations}
          value={value as string[]}
          onChange={(v) => onChange(v)}
          error={shownError}
          disabled={disabled}
          empty={def.kind === 'ministries' ? 'Fant ingen departementer' : 'Fant ingen etater'}
        />
      );
    }
    default: {
      const common = {
        id,
        label: def.label,
        description: props.pending ? 'Ikke fylt inn: skriv tittelen slik den står i planen.' : def.hint,
        value: text,
        error,
        disabled,
      };
      if (def.kind === 'longText')
        return <Textfield {...common} multiline rows={3} onChange={(e) => onChange(e.target.value)} />;
      return (
        <Textfield
          {...common}
          onChange={(e) => onChange(e.target.value)}
          inputMode={def.kind === 'year' ? 'numeric' : undefined}
          type={def.kind === 'email' ? 'email' : 'text'}
          counter={
            field === 'title' ? { limit: MAX_TITLE_LENGTH, over: '%d tegn for mye', under: '%d tegn igjen' } : undefined
          }
        />
      );
    }
  }
}
