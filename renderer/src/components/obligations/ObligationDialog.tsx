// Add or edit an obligation in a modal dialog. An obligation from the reference data shows its source's own words
// beside the text being edited, so a change is never silent. The core's refusal comes back at each field; nothing is
// saved then.
import {
  Alert,
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import type { ObligationFields } from '../../../../shared/api/obligations.contract.ts';
import {
  OBLIGATION_SOURCE_LABELS,
  OBLIGATION_SOURCES,
  STRENGTH_CODES,
  STRENGTH_LABELS,
  STRENGTH_UNKNOWN,
  type Obligation,
  type ObligationSource,
  type StrengthCode,
} from '../../../../shared/domain/obligations.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { useUnsavedChanges } from '../../app/router.ts';
import '../../styles/ds/dialog.css';
import '../../styles/ds/validation-message.css';
import { DIALOG_CLOSE_LABEL, useFirstFieldFocus } from '../dialogClose.ts';

export type ObligationAction = { type: 'add' } | { type: 'edit'; obligation: Obligation };

/** Empty is «not given»; a whole number is a number; anything else goes as typed, so the core's message says why. */
const numberOrNull = (s: string): number | string | null =>
  s.trim() === '' ? null : /^\d+$/.test(s.trim()) ? Number(s) : s;

/** The form's fields top to bottom, by the names the core gives its messages. */
const FIELD_ORDER = ['code', 'source', 'round', 'year', 'text', 'strength', 'sourceRef', 'verificationNote'];

function ObligationForm({
  obligation,
  onClose,
  onDone,
}: {
  obligation: Obligation | null;
  onClose(): void;
  onDone(message: string): void;
}) {
  const [code, setCode] = useState(obligation?.code ?? '');
  const [source, setSource] = useState<ObligationSource>(obligation?.source ?? 'greta');
  const [round, setRound] = useState(obligation?.round?.toString() ?? '');
  const [year, setYear] = useState(obligation?.year?.toString() ?? '');
  const [text, setText] = useState(obligation?.text ?? '');
  const [strength, setStrength] = useState<StrengthCode | ''>(obligation?.strength ?? '');
  const [sourceRef, setSourceRef] = useState(obligation?.sourceRef ?? '');
  const [note, setNote] = useState(obligation?.verificationNote ?? '');
  // Anything typed or chosen and not yet saved: leaving the page (Back, the Arkiv menu) asks first.
  useUnsavedChanges(
    code !== (obligation?.code ?? '') ||
      source !== (obligation?.source ?? 'greta') ||
      round !== (obligation?.round?.toString() ?? '') ||
      year !== (obligation?.year?.toString() ?? '') ||
      text !== (obligation?.text ?? '') ||
      strength !== (obligation?.strength ?? '') ||
      sourceRef !== (obligation?.sourceRef ?? '') ||
      note !== (obligation?.verificationNote ?? ''),
  );
  const save = useMutation({
    mutationFn: (fields: ObligationFields) =>
      obligation
        ? send('obligations:update', { id: obligation.id, version: obligation.version, changes: fields })
        : send('obligations:add', fields),
  });
  const errors = fieldErrors(save.error);
  const topError = save.error
    ? Object.keys(errors).length > 0
      ? 'Rett opp feltene som er merket. Ingenting er lagret.'
      : errorMessage(save.error)
    : null;

  // A refusal sends focus to the first field named (the top message when none is): the button keeps focus while
  // saving (aria-disabled, not disabled), so the keyboard is never thrown to <body>.
  useEffect(() => {
    if (!save.error) return;
    const first = FIELD_ORDER.find((f) => errors[f] && document.getElementById(`forpliktelse-${f}`));
    document.getElementById(first ? `forpliktelse-${first}` : 'forpliktelse-feil')?.focus();
  }, [save.error]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const fields = {
      code,
      source,
      round: source === 'greta' ? numberOrNull(round) : null,
      year: numberOrNull(year),
      text,
      strength: source === 'greta' && strength !== '' ? strength : null,
      sourceRef,
      verificationNote: note,
    } as ObligationFields;
    save.mutate(fields, {
      onSuccess: (o) =>
        onDone(obligation ? `Forpliktelse ${o.code} er endret.` : `Forpliktelse ${o.code} er lagt til.`),
    });
  };

  useFirstFieldFocus('forpliktelse-code');
  return (
    <form onSubmit={submit} noValidate className="org-form">
      <Heading level={2} data-size="sm" id="obligation-dialog-title">
        {obligation ? `Endre forpliktelse ${obligation.code}` : 'Ny forpliktelse'}
      </Heading>
      {topError && (
        <Alert data-color="danger" data-size="sm" role="alert" id="forpliktelse-feil" tabIndex={-1}>
          {topError}
        </Alert>
      )}
      <Textfield
        id="forpliktelse-code"
        label="Id"
        description="Kildens egen id, for eksempel G4-01. Må være unik."
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.code}
        autoComplete="off"
      />
      <Field>
        <Label>Kilde</Label>
        <Select
          id="forpliktelse-source"
          value={source}
          onChange={(e) => setSource(e.target.value as ObligationSource)}
          aria-invalid={errors.source ? true : undefined}
        >
          {OBLIGATION_SOURCES.map((s) => (
            <Select.Option key={s} value={s}>
              {OBLIGATION_SOURCE_LABELS[s]}
            </Select.Option>
          ))}
        </Select>
        {errors.source && <ValidationMessage>{errors.source}</ValidationMessage>}
      </Field>
      <div className="form-pair">
        {source === 'greta' && (
          <Textfield
            id="forpliktelse-round"
            label="Evalueringsrunde"
            inputMode="numeric"
            value={round}
            onChange={(e) => setRound(e.target.value)}
            error={errors.round}
          />
        )}
        <Textfield
          id="forpliktelse-year"
          label="År"
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={errors.year}
        />
      </div>
      {obligation?.sourceText && (
        <div className="source-text">
          <Paragraph data-size="sm">
            <strong>Kildens tekst</strong> (fra referansedataene, endres ikke):
          </Paragraph>
          <blockquote>{obligation.sourceText}</blockquote>
        </div>
      )}
      <Textfield
        id="forpliktelse-text"
        label="Tekst"
        description="Kort, på bokmål. En endring vises i historikken, og kildens tekst står ved siden av."
        multiline
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.text}
      />
      {/* GRETA's own word for how strongly it asks; other sources have none. */}
      {source === 'greta' && (
        <Field>
          <Label>Styrke (GRETAs ord)</Label>
          <Select
            id="forpliktelse-strength"
            value={strength}
            onChange={(e) => setStrength(e.target.value as StrengthCode | '')}
            aria-invalid={errors.strength ? true : undefined}
          >
            <Select.Option value="">{STRENGTH_UNKNOWN}</Select.Option>
            {STRENGTH_CODES.map((s) => (
              <Select.Option key={s} value={s}>
                {STRENGTH_LABELS[s]}
              </Select.Option>
            ))}
          </Select>
          {errors.strength && <ValidationMessage>{errors.strength}</ValidationMessage>}
        </Field>
      )}
      <Textfield
        id="forpliktelse-sourceRef"
        label="Kildehenvisning (valgfritt)"
        description="Hvor forpliktelsen står, for eksempel rapportens navn og avsnitt."
        value={sourceRef}
        onChange={(e) => setSourceRef(e.target.value)}
        error={errors.sourceRef}
      />
      <Textfield
        id="forpliktelse-verificationNote"
        label="Merknad om teksten (valgfritt)"
        description="For eksempel «tekst ikke verifisert»."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.verificationNote}
      />
      <div className="dialog-actions">
        <Button type="submit" aria-disabled={save.isPending || undefined}>
          {save.isPending ? 'Lagrer …' : obligation ? 'Lagre endringene' : 'Legg til'}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

export function ObligationDialog({
  action,
  onClose,
  onDone,
}: {
  action: ObligationAction | null;
  onClose(): void;
  onDone(message: string): void;
}) {
  return (
    <Dialog
      open={action !== null}
      onClose={onClose}
      closedby="any"
      closeButton={DIALOG_CLOSE_LABEL}
      aria-labelledby="obligation-dialog-title"
      className="org-dialog"
    >
      {/* Keyed so each opening starts with a fresh form. */}
      {action && (
        <ObligationForm
          key={action.type === 'edit' ? `e${action.obligation.id}-${action.obligation.version}` : 'add'}
          obligation={action.type === 'edit' ? action.obligation : null}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}
