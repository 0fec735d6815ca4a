// "Registrer status": status, vurdering, kommentar, dato (default today) and author (default the OS user).
// Gul or rød without a comment, and a date before the plan's start or in the future, are refused at their field,
// before and by the core. An unlikely pair (avbrutt with a colour, fullført with gul or rød) asks to be confirmed.
import { Button, Fieldset, Select, Field, Label, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { StatusUpdate } from '../../../../shared/domain/types.ts';
import {
  ASSESSMENT_CODES,
  ASSESSMENT_LABELS,
  assessmentNeedsComment,
  COMMENT_REQUIRED_MESSAGE,
  NO_STATUS,
  STATUS_CODES,
  STATUS_LABELS,
  type AsOfStatus,
  type AssessmentCode,
  type StatusCode,
} from '../../../../shared/domain/vocabulary.ts';
import { statusDateProblem, unlikelyPairWarning } from '../../../../shared/domain/status-rules.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';

export interface StatusFormProps {
  measureId: number;
  current: { status: AsOfStatus; assessment: AssessmentCode };
  /** The plan's start (ISO): no status may be dated before it. */
  planStart: string | null;
  defaultAuthor: string;
  today: string;
  disabled?: boolean;
  /** Reporting periods closed now: a date inside one corrects what was reported, and must say why. */
  closedPeriods?: readonly { label: string; start: string; end: string }[];
  onSaved(update: StatusUpdate): void;
}

export function StatusForm(props: StatusFormProps) {
  const { measureId, current, planStart, defaultAuthor, today, disabled, closedPeriods = [], onSaved } = props;
  // Nothing reported yet: the form starts at «Ikke startet», the first status one can record.
  const [status, setStatus] = useState<StatusCode>(current.status === NO_STATUS ? 'ikke-startet' : current.status);
  const [assessment, setAssessment] = useState<AssessmentCode>(current.assessment);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState(today);
  const [author, setAuthor] = useState(defaultAuthor);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const [unlikely, setUnlikely] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // A date inside a closed reporting period corrects what was reported: the form asks why (the core insists too).
  const closedHere = closedPeriods.filter((p) => date >= p.start && date <= p.end);
  const correcting = closedHere.length > 0 || errors.correctionReason !== undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setFormError('');
    if (assessmentNeedsComment(assessment) && comment.trim() === '') {
      setErrors({ comment: COMMENT_REQUIRED_MESSAGE });
      document.getElementById('status-kommentar')?.focus();
      return;
    }
    const dateProblem = date
      ? statusDateProblem(date, { startDate: planStart }, today)
      : 'Datoen er ikke en gyldig dato. Velg en dato, for eksempel i dag.';
    if (dateProblem) {
      setErrors({ effectiveDate: dateProblem });
      document.getElementById('status-dato')?.focus();
      return;
    }
    const warning = unlikelyPairWarning(status, assessment);
    if (warning) setUnlikely(warning);
    else void save();
  }

  async function save() {
    setUnlikely(null);
    setSaving(true);
    try {
      const update = await send('status:record', {
        measureId,
        status,
        assessment,
        comment,
        effectiveDate: date,
        author: author.trim() || undefined,
        correctionReason: correcting ? reason : undefined,
      });
      setErrors({});
      setComment('');
      setReason('');
      onSaved(update);
    } catch (err) {
      const f = fieldErrors(err);
      setErrors(f);
      if (Object.keys(f).length === 0) setFormError(errorMessage(err));
      const first = f.comment
        ? 'status-kommentar'
        : f.correctionReason
          ? 'status-begrunnelse'
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
          <Textfield
            id="status-dato"
            label="Dato"
            type="date"
            value={date}
            min={planStart ?? undefined}
            max={today}
            onChange={(e) => setDate(e.target.value)}
            error={errors.effectiveDate}
            disabled={disabled}
          />
          <Textfield
            id="status-forfatter"
            label="Registrert av"
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
        {correcting && (
          <Textfield
            id="status-begrunnelse"
            label="Begrunnelse for korrigering"
            description={
              `Datoen er i en lukket periode (${closedHere.map((p) => p.label).join(' og ') || 'lukket'}). ` +
              'Statusen blir merket «korrigert etter lukking».'
            }
            multiline
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.correctionReason}
            disabled={disabled}
          />
        )}
        {formError && <ValidationMessage>{formError}</ValidationMessage>}
        <div className="button-row">
          <Button type="submit" disabled={disabled || saving}>
            {saving ? 'Lagrer …' : 'Registrer status'}
          </Button>
        </div>
      </Fieldset>
      <ConfirmDialog
        text={unlikely}
        title="Uvanlig kombinasjon – vil du lagre likevel?"
        confirmLabel="Lagre likevel"
        cancelLabel="Endre statusen"
        testId="unlikely-pair"
        onConfirm={() => void save()}
        onCancel={() => {
          setUnlikely(null);
          document.getElementById('status-status')?.focus();
        }}
      />
    </form>
  );
}
