// "Registrer status": status, vurdering, kommentar, dato (default today) and author (default the OS user).
// Gul or rød without a comment, and a date before the plan's start or in the future, are refused at their field,
// before and by the core. An unlikely pair (avbrutt with a colour, fullført with gul or rød) asks to be confirmed.
// Status and vurdering start from the measure's current ones and follow them: after an undo, or after an entry
// dated before the newest, the form shows what is current, not what was last chosen.
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
import { useUnsavedChanges } from '../../app/router.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import '../../styles/ds/validation-message.css';
import { DateField } from '../DateField.tsx';
import {
  correctedLabels,
  correctionSentence,
  periodsCorrectedBy,
  type DatedPeriod,
} from '../../../../shared/domain/corrections.ts';

export interface StatusFormProps {
  measureId: number;
  /** The status in force now; `date` is its effective date (null when there is none). */
  current: { status: AsOfStatus; assessment: AssessmentCode; date?: string | null };
  /** The plan's start (ISO): no status may be dated before it. */
  planStart: string | null;
  defaultAuthor: string;
  today: string;
  disabled?: boolean;
  /** Reporting periods closed now: an update dated inside one, or setting the status at the end of one, corrects
   * what was reported, and must say why (shared/domain/corrections.ts). */
  closedPeriods?: readonly DatedPeriod[];
  /** The effective dates of the measure's status updates: an update is in force until the next. */
  updateDates?: readonly string[];
  onSaved(update: StatusUpdate): void;
}

const CORRECTION_MARK_NOTE = 'Statusen blir merket «korrigert etter lukking».';

/** Nothing reported yet: the form starts at «Ikke startet», the first status one can record. */
const formStatus = (s: AsOfStatus): StatusCode => (s === NO_STATUS ? 'ikke-startet' : s);

export function StatusForm(props: StatusFormProps) {
  const { measureId, current, planStart, defaultAuthor, today, disabled, onSaved } = props;
  const { closedPeriods = [], updateDates = [] } = props;
  const [status, setStatus] = useState<StatusCode>(formStatus(current.status));
  const [assessment, setAssessment] = useState<AssessmentCode>(current.assessment);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState(today);
  const [author, setAuthor] = useState(defaultAuthor);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const [unlikely, setUnlikely] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // A comment (or a reason) typed and not yet recorded is not left behind without a question.
  useUnsavedChanges(comment.trim() !== '' || reason.trim() !== '');
  // A date inside a closed reporting period, or before one with no newer update by its end, corrects what was
  // reported: the form asks why as soon as the date is chosen (the core insists too).
  const corrected = correctedLabels(
    date ? periodsCorrectedBy(date, updateDates, closedPeriods) : { inside: [], later: [] },
  );
  const why = correctionSentence('Datoen', corrected.inside, corrected.later);
  const correcting = why !== '' || errors.correctionReason !== undefined;

  // The current status changed (an undo, a redo, a save here or in another window): show it. Adjusted while
  // rendering, not in an effect, so a choice made the moment the new status is shown is never overwritten after it.
  const currentKey = `${current.status}|${current.assessment}|${current.date ?? ''}`;
  const [shownFor, setShownFor] = useState(currentKey);
  if (shownFor !== currentKey) {
    setShownFor(currentKey);
    setStatus(formStatus(current.status));
    setAssessment(current.assessment);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setFormError('');
    if (assessmentNeedsComment(assessment) && comment.trim() === '') {
      setErrors({ comment: COMMENT_REQUIRED_MESSAGE });
      document.getElementById('status-kommentar')?.focus();
      return;
    }
    const dateProblem = date
      ? statusDateProblem(date, { startDate: planStart }, today)
      : 'Skriv datoen som dd.mm.åååå, for eksempel dagens dato.';
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
    const sent = { status, assessment };
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
      setDate(today);
      // An entry dated before the current one does not change what is current: the form goes back to it. Only a
      // choice still as it was sent is reset; one made while the page refreshed is the user's and stays.
      const newest = !current.date || update.effectiveDate >= current.date;
      setStatus((s) => (s === sent.status ? (newest ? update.status : formStatus(current.status)) : s));
      setAssessment((a) => (a === sent.assessment ? (newest ? update.assessment : current.assessment) : a));
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
            // An empty field is signed with the name the app knows the user by: said, not done silently.
            description={`Navnet som står i historikken${defaultAuthor ? ` (tomt felt: ${defaultAuthor})` : ''}.`}
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
            description={`${why || 'Datoen endrer statusen i en lukket periode'}. ${CORRECTION_MARK_NOTE}`}
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
          {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
          <Button type="submit" id="status-lagre" disabled={disabled} aria-disabled={saving || undefined}>
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
        // «Endre statusen» leads to the status to change; «Lagre likevel» back to what sent the form.
        cancelFocus="status-status"
        returnFocus="status-lagre"
        onConfirm={() => void save()}
        onCancel={() => setUnlikely(null)}
      />
    </form>
  );
}
