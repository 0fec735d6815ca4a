// The obligations a measure serves (GRETA's recommendations and others), with the note on how; link another or unlink.
// Undone with the page's own Angre; a refusal (linked already, a retired obligation) is shown at the field.
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { MeasureObligation, Obligation } from '../../../../shared/domain/obligations.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { hrefFor, useUnsavedChanges } from '../../app/router.ts';
import type { Announcer } from '../useAnnouncer.ts';
import { useFocusWhenGone } from '../returnFocus.ts';
import '../../styles/ds/validation-message.css';

export function ObligationsSection({
  measureId,
  links,
  obligations,
  disabled,
  say,
}: {
  measureId: number;
  links: MeasureObligation[];
  obligations: Obligation[];
  disabled: boolean;
  say: Announcer;
}) {
  const [obligationId, setObligationId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // An obligation chosen or a note typed, not yet linked: leaving the page asks first.
  useUnsavedChanges(obligationId !== '' || note.trim() !== '');
  const linked = new Set(links.map((l) => l.obligation.id));
  const choices = obligations.filter((o) => o.retiredAt === null && !linked.has(o.id));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!obligationId) {
      setErrors({ obligationId: 'Velg en forpliktelse.' });
      document.getElementById('forpliktelse-velg')?.focus();
      return;
    }
    try {
      await send('obligations:link', { obligationId: Number(obligationId), measureId, note, on: 'measure' });
      setErrors({});
      setObligationId('');
      setNote('');
      say.announce('Forpliktelsen er koblet til tiltaket');
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(Object.keys(fields).length > 0 ? fields : { obligationId: errorMessage(err) });
    }
  };

  const whenGone = useFocusWhenGone();
  const removeId = (l: MeasureObligation) => `forpliktelse-fjern-${l.linkId}`;
  // «Fjern» takes its link away: focus goes to the next link's «Fjern», else the previous one's, else the select.
  const remove = async (l: MeasureObligation, at: number) => {
    const forget = whenGone(
      [links[at + 1], links[at - 1]]
        .filter((x) => x !== undefined)
        .map(removeId)
        .concat('forpliktelse-velg'),
    );
    try {
      await send('obligations:unlink', { linkId: l.linkId, on: 'measure' });
      say.announce(`Koblingen til ${l.obligation.code} er fjernet`);
    } catch (err) {
      forget();
      say.fail(err);
    }
  };

  return (
    <section aria-labelledby="forpliktelser" className="detail-section">
      <Heading level={2} data-size="sm" id="forpliktelser">
        Forpliktelser tiltaket svarer på
      </Heading>
      {links.length === 0 ? (
        <Paragraph data-size="sm">Tiltaket er ikke koblet til noen forpliktelse.</Paragraph>
      ) : (
        <ul className="obligation-list" data-testid="measure-obligations">
          {links.map((l, at) => (
            <li key={l.linkId}>
              <a href={hrefFor('/forpliktelser', { vis: l.obligation.code })}>
                <strong>{l.obligation.code}</strong>
              </a>
              {l.obligation.retiredAt && ' (avsluttet)'}: {l.obligation.text}
              {l.note && <div className="muted">Merknad: {l.note}</div>}
              {!disabled && (
                <Button id={removeId(l)} variant="tertiary" data-size="sm" onClick={() => void remove(l, at)}>
                  Fjern<span className="visually-hidden"> koblingen til {l.obligation.code}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && choices.length > 0 && (
        <form className="links-form" onSubmit={(e) => void add(e)} noValidate aria-label="Koble til forpliktelse">
          <Field>
            <Label htmlFor="forpliktelse-velg">Forpliktelse</Label>
            <Select
              id="forpliktelse-velg"
              value={obligationId}
              onChange={(e) => setObligationId(e.target.value)}
              aria-invalid={errors.obligationId ? true : undefined}
            >
              <Select.Option value="">Velg forpliktelse …</Select.Option>
              {choices.map((o) => (
                <Select.Option key={o.id} value={String(o.id)}>
                  {o.code}: {o.text.length > 90 ? `${o.text.slice(0, 89)}…` : o.text}
                </Select.Option>
              ))}
            </Select>
            {(errors.obligationId ?? errors.measureId) && (
              <ValidationMessage>{errors.obligationId ?? errors.measureId}</ValidationMessage>
            )}
          </Field>
          <Textfield
            label="Merknad (valgfritt)"
            description="Hvordan tiltaket svarer på forpliktelsen."
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={errors.note}
          />
          <Button type="submit" variant="secondary" data-size="sm">
            Koble til forpliktelse
          </Button>
        </form>
      )}
    </section>
  );
}
