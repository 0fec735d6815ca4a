// "Registrer status": status, vurdering, kommentar, dato (default today) and author (default the OS user).
// Gul or rød without a comment is refused at the comment field, before and by the core. Status and vurdering
// start from the measure's current ones and follow them: after an undo, or after an entry dated before the newest,
// the form shows what is current, not what was last chosen.
import { Button, Fieldset, Select, Field, Label, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { StatusUpdate } from '../../../../shared/domain/types.ts';
import {
  ASSESSMENT_CODES,
  ASSESSMENT_LABELS,
  assessmentNeedsComment,
  COMMENT_REQUIRED_MESSAGE,
  STATUS_CODES,
  STATUS_LABELS,
  type AssessmentCode,
  type StatusCode,
} from '../../../../shared/domain/vocabulary.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { DateField } from '../DateField.tsx';

export interface StatusFormProps {
  measureId: number;
  /** The status in force now; `date` is its effective date (null when there is none). */
  current: { status: StatusCode; assessment: AssessmentCode; date?: string | null };
  defaultAuthor: string;
  today: string;
  disabled?: boolean;
  onSaved(update: StatusUpdate): void;
}

export function StatusForm({ measureId, current, defaultAuthor, today, disabled, onSaved }: StatusFormProps) {
  const [status, setStatus] = useState<StatusCode>(current.status);
  const [assessment, setAssessment] = useState<AssessmentCode>(current.assessment);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState(today);
  const [author, setAuthor] = useState(defaultAuthor);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);

  // The current status changed (an undo, a redo, a save here or in another window): show it. Adjusted while
  // rendering, not in an effect, so a choice made the moment the new status is shown is never overwritten after it.
  const currentKey = `${current.status}|${current.assessment}|${current.date ?? ''}`;
  const [shownFor, setShownFor] = useState(currentKey);
  if (shownFor !== currentKey) {
    setShownFor(currentKey);
    setStatus(current.status);
    setAssessment(current.assessment);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError('');
    if (assessmentNeedsComment(assessment) && comment.trim() === '') {
      setErrors({ comment: COMMENT_REQUIRED_MESSAGE });
      document.getElementById('status-kommentar')?.focus();
      return;
    }
    if (!date) {
      setErrors({ effectiveDate: 'Skriv datoen som dd.mm.åååå, for eksempel dagens dato.' });
      document.getElementById('status-dato')?.focus();
      return;
    }
    setSaving(true);
    const sent = { status, assessment };
    try {
      const update = await send('status:record', {
        measureId,
        status,
        assessment,
        comment,
        effectiveDate: date,
        author: author.trim() || undefined,
      });
      setErrors({});
      setComment('');
      setDate(today);
      // An entry dated before the current one does not change what is current: the form goes back to it. Only a
      // choice still as it was sent is reset; one made while the page refreshed is the user's and stays.
      const newest = !current.date || update.effectiveDate >= current.date;
      setStatus((s) => (s === sent.status ? (newest ? update.status : current.status) : s));
      setAssessment((a) => (a === sent.assessment ? (newest ? update.assessment : current.assessment) : a));
      onSaved(update);
    } catch (err) {
      const f = fieldErrors(err);
      setErrors(f);
      if (Object.keys(f).length === 0) setFormError(errorMessage(err));
      const first = f.comment
        ? 'status-kommentar'
        : f.effectiveDate
          ? 'status-dato'
          : f.author
            ? 'status-forfatter'
            : null;
      if (first) document.getElementById(first)?.focus();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="registrer-status" className="status-form">
      <Fieldset>
        <Fieldset.Legend id="registrer-status">Registrer status</Fieldset.Legend>
        <div className="form-grid">
          <Field>
            <Label htmlFor="status-status">Status</Label>
            <Select
              id="status-status"
              value={status}
              onChange={(e) => setStatus(e.target.value as StatusCode)}
              disabled={disabled}
            >
              {STATUS_CODES.map((s) => (
                <Select.Option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </Select.Option>
              ))}
            </Select>
            {errors.status && <ValidationMessage>{errors.status}</ValidationMessage>}
          </Field>
          <Field>
            <Label htmlFor="status-vurdering">Vurdering</Label>
            <Select
              id="status-vurdering"
              value={assessment}
              onChange={(e) => setAssessment(e.target.value as AssessmentCode)}
              disabled={disabled}
            >
              {ASSESSMENT_CODES.map((a) => (
                <Select.Option key={a} value={a}>
                  {ASSESSMENT_LABELS[a]}
                </Select.Option>
              ))}
            </Select>
            {errors.assessment && <ValidationMessage>{errors.assessment}</ValidationMessage>}
          </Field>
          <DateField
            id="status-dato"
            label="Dato"
            value={date}
            onChange={setDate}
            error={errors.effectiveDate}
            disabled={disabled}
          />
          <Textfield
            id="status-forfatter"
            label="Registrert av"
            // A hint under the label as the date has one, so the two fields line up.
            description="Navnet som står i historikken."
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
            error={errors.author}
            disabled={disabled}
          />
        </div>
        <Textfield
          id="status-kommentar"
          label="Kommentar"
          description={
            assessmentNeedsComment(assessment)
              ? 'Påkrevd for gul og rød vurdering.'
              : 'Valgfri for grønn og ikke vurdert.'
          }
          multiline
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={errors.comment}
          disabled={disabled}
        />
        {formError && <ValidationMessage>{formError}</ValidationMessage>}
        <div className="button-row">
          <Button type="submit" disabled={disabled || saving}>
            {saving ? 'Lagrer …' : 'Registrer status'}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}
