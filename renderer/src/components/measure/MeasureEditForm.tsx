// The measure's own fields, as the field registry lists them (shared/domain/measure-fields.ts): one input per
// field, chosen by its kind. Only changed fields are sent, with the version the form was opened at. A Startår or
// Sluttår far after the plan's period (shared/domain/measure-years.ts) is asked about before it is saved.
import { isSelectable } from '../../../../shared/domain/organisations.ts';
import { todayIso } from '../../../../shared/format/nb.ts';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { MeasureChanges } from '../../../../shared/api/measure-edit.contract.ts';
import { FIELD_KEYS, fieldDef } from '../../../../shared/domain/measure-fields.ts';
import { measureYearQuestion, measureYearWarnings } from '../../../../shared/domain/measure-years.ts';
import type { Measure, Organisation, Plan } from '../../../../shared/domain/types.ts';
import { useUnsavedChanges } from '../../app/router.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { focusFirst } from '../returnFocus.ts';
import { changesOf, draftOf, type Draft } from './fieldDraft.ts';
import { FieldInput } from './FieldInput.tsx';
import '../../styles/ds/validation-message.css';

export { draftOf, formFieldErrors } from './fieldDraft.ts';

export interface MeasureEditFormProps {
  measure: Measure;
  plan: Plan | undefined;
  organisations: Organisation[];
  disabled?: boolean;
  /** Returns field errors when refused, or null when saved. */
  onSave(changes: MeasureChanges): Promise<Record<string, string> | null>;
}

/** «Lagre endringer». */
export const SAVE_BUTTON_ID = 'tiltak-lagre';

export function MeasureEditForm({ measure, plan, organisations, disabled, onSave }: MeasureEditFormProps) {
  const initial = draftOf(measure, plan);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // A year far after the plan, asked about before the changes are sent.
  const [confirm, setConfirm] = useState<{
    changes: MeasureChanges;
    question: NonNullable<ReturnType<typeof measureYearQuestion>>;
  } | null>(null);

  // Today's names only; an organisation already on the measure stays selectable even if renamed, retired or not
  // started yet.
  const inUse = new Set([initial.owner, initial.coOwners, initial.agencies].flat());
  const today = todayIso();
  const current = organisations.filter((o) => isSelectable(o, today) || inUse.has(o.abbrev));
  const dirty = Object.keys(changesOf(initial, draft).changes).length > 0;
  // Leaving the page (a link, Forrige/Neste, closing the window) with changes not saved asks first.
  useUnsavedChanges(dirty);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    const { changes, errors: local } = changesOf(initial, draft);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      document.getElementById(`felt-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    if (Object.keys(changes).length === 0) return;
    const question = measureYearQuestion(measureYearWarnings(changes, plan, new Date().getFullYear()));
    if (question) {
      setConfirm({ changes, question });
      return;
    }
    await save(changes);
  }

  async function save(changes: MeasureChanges) {
    setConfirm(null);
    setSaving(true);
    try {
      const refused = await onSave(changes);
      setErrors(refused ?? {});
      const first = refused && Object.keys(refused)[0];
      if (first) document.getElementById(`felt-${first}`)?.focus();
    } finally {
      setSaving(false);
    }
  }

  // Consecutive half-width fields share a grid row.
  const blocks: ReactNode[] = [];
  let half: ReactNode[] = [];
  const flush = () => {
    if (half.length > 0)
      blocks.push(
        <div key={`grid-${blocks.length}`} className="form-grid">
          {half}
        </div>,
      );
    half = [];
  };
  for (const key of FIELD_KEYS) {
    const input = (
      <FieldInput
        key={key}
        field={key}
        value={draft[key]}
        onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))}
        error={errors[key]}
        disabled={disabled}
        plan={plan}
        organisations={current}
        allOrganisations={organisations}
        owner={draft.owner as string}
        pending={key === 'title' && measure.titlePending}
      />
    );
    if (fieldDef(key).layout === 'half') half.push(input);
    else {
      flush();
      blocks.push(input);
    }
  }
  flush();

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rediger-tiltak" className="edit-form">
      <Fieldset>
        <Fieldset.Legend id="rediger-tiltak">Opplysninger om tiltaket</Fieldset.Legend>
        {blocks}
        <div className="button-row">
          {/* Saving, or nothing to save (just saved, or changes discarded): aria-disabled, not disabled, so the button
              keeps focus and the keyboard its place. */}
          <Button type="submit" id={SAVE_BUTTON_ID} disabled={disabled} aria-disabled={saving || !dirty || undefined}>
            {saving ? 'Lagrer …' : 'Lagre endringer'}
          </Button>
          {dirty && (
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setDraft(initial);
                setErrors({});
                // This button goes with the changes: focus goes to «Lagre endringer», beside it.
                focusFirst([SAVE_BUTTON_ID]);
              }}
            >
              Forkast endringene
            </Button>
          )}
        </div>
      </Fieldset>
      <ConfirmDialog
        text={confirm?.question.text ?? null}
        title={confirm?.question.title ?? ''}
        confirmLabel="Lagre likevel"
        cancelLabel="Endre året"
        testId="measure-year-confirm"
        cancelFocus={`felt-${confirm?.question.field ?? 'endYear'}`}
        onConfirm={() => confirm && void save(confirm.changes)}
        onCancel={() => setConfirm(null)}
      />
    </form>
  );
}
