// Linking a measure to an obligation (with an optional note on how it answers it), and editing a link's note, from the
// obligations register. The core's refusal (linked already, a measure in the recycle bin …) is shown at its field.
import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { CoverageObligation } from '../../../../shared/api/obligations.contract.ts';
import type { CoveredMeasure } from '../../../../shared/domain/obligations.ts';
import type { MeasureSummary, Plan } from '../../../../shared/domain/types.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import type { Announcer } from '../useAnnouncer.ts';

/** «Handlingsplanen 2016, tiltak 16: Veilede …», or «…, tiltak 5 (tittel ikke fylt inn)». */
export function measureOption(m: MeasureSummary, plan?: Plan): string {
  const name = `${plan?.shortName ?? m.planCode}, tiltak ${m.number}`;
  return m.titlePending ? `${name} (tittel ikke fylt inn)` : `${name}: ${m.title}`;
}

export function LinkMeasureForm({
  obligation,
  measures,
  plan,
  say,
}: {
  obligation: CoverageObligation;
  measures: MeasureSummary[];
  plan: (code: string) => Plan | undefined;
  say: Announcer;
}) {
  const id = useId();
  const [measureId, setMeasureId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const linked = new Set(obligation.measures.map((m) => m.measureId));
  const plans = [...new Set(measures.map((m) => m.planCode))];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!measureId) {
      setErrors({ measureId: 'Velg et tiltak å koble til.' });
      document.getElementById(`${id}-measure`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await send('obligations:link', {
        obligationId: obligation.id,
        measureId: Number(measureId),
        note,
        on: 'obligations',
      });
      setErrors({});
      setMeasureId('');
      setNote('');
      say.announce(`Tiltaket er koblet til ${obligation.code}`);
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(Object.keys(fields).length > 0 ? fields : { measureId: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="obligation__more">
      <summary>Koble et tiltak til {obligation.code}</summary>
      <form className="obligation-link-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field>
          <Label htmlFor={`${id}-measure`}>Tiltak</Label>
          <Select
            id={`${id}-measure`}
            value={measureId}
            onChange={(e) => setMeasureId(e.target.value)}
            aria-invalid={errors.measureId || errors.obligationId ? true : undefined}
          >
            <Select.Option value="">Velg tiltak …</Select.Option>
            {plans.map((code) => (
              <optgroup key={code} label={plan(code)?.shortName ?? code}>
                {measures
                  .filter((m) => m.planCode === code && !linked.has(m.id))
                  .map((m) => (
                    <Select.Option key={m.id} value={String(m.id)}>
                      {measureOption(m, plan(code))}
                    </Select.Option>
                  ))}
              </optgroup>
            ))}
          </Select>
          {(errors.measureId ?? errors.obligationId) && (
            <ValidationMessage>{errors.measureId ?? errors.obligationId}</ValidationMessage>
          )}
        </Field>
        <Textfield
          label="Merknad (valgfritt)"
          description="Hvordan tiltaket svarer på forpliktelsen."
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
        />
        <Button type="submit" variant="secondary" data-size="sm" disabled={busy}>
          Koble til {obligation.code}
        </Button>
      </form>
    </details>
  );
}

export function NoteEditor({ link, code, say }: { link: CoveredMeasure; code: string; say: Announcer }) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(link.note);
  const [error, setError] = useState<string | undefined>();
  if (!editing)
    return (
      <span className="note-editor">
        {link.note || <span className="muted">Ingen merknad</span>}{' '}
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            setNote(link.note);
            setError(undefined);
            setEditing(true);
          }}
        >
          Endre<span className="visually-hidden"> merknaden til tiltak {link.number}</span>
        </Button>
      </span>
    );
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await send('obligations:updateLink', { linkId: link.linkId, version: link.linkVersion, note, on: 'obligations' });
      setEditing(false);
      say.announce(`Merknaden til koblingen mellom ${code} og tiltak ${link.number} er lagret`);
    } catch (err) {
      setError(fieldErrors(err).note ?? errorMessage(err));
    }
  };
  return (
    <form className="note-editor" onSubmit={(e) => void save(e)} noValidate>
      <Textfield
        label={`Merknad til tiltak ${link.number}`}
        data-size="sm"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={error}
        autoFocus
      />
      <Button type="submit" data-size="sm">
        Lagre
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => setEditing(false)}>
        Avbryt
      </Button>
    </form>
  );
}
