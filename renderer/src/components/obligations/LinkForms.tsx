// Linking a measure to an obligation (with an optional note on how it answers it), and editing a link's note, from the
// obligations register. The core's refusal (linked already, a measure in the recycle bin …) is shown at its field.
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { CoverageObligation } from '../../../../shared/api/obligations.contract.ts';
import type { CoveredMeasure } from '../../../../shared/domain/obligations.ts';
import type { MeasureName, Plan } from '../../../../shared/domain/types.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { useUnsavedChanges } from '../../app/router.ts';
import { MeasurePicker } from '../measure/MeasurePicker.tsx';
import type { Announcer } from '../useAnnouncer.ts';
import '../../styles/ds/validation-message.css';

export function LinkMeasureForm({
  obligation,
  measures,
  plan,
  say,
}: {
  obligation: CoverageObligation;
  measures: MeasureName[];
  plan: (code: string) => Plan | undefined;
  say: Announcer;
}) {
  const id = useId();
  const [measureId, setMeasureId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // A measure chosen or a note typed, not yet linked: leaving the page asks first.
  useUnsavedChanges(measureId !== '' || note.trim() !== '');
  // The form is made when its section is first opened and kept after: a closed one per obligation, each offering
  // every measure, cost Forpliktelser ≈ N × (measures) of work at start for forms nobody had opened.
  const [opened, setOpened] = useState(false);
  const offered = useMemo(() => {
    if (!opened) return [];
    const linked = new Set(obligation.measures.map((m) => m.measureId));
    return measures.filter((m) => !linked.has(m.id));
  }, [opened, measures, obligation.measures]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
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
    <details className="obligation__more" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Koble et tiltak til {obligation.code}</summary>
      {opened && (
        <form className="obligation-link-form" onSubmit={(e) => void submit(e)} noValidate>
          <MeasurePicker
            id={`${id}-measure`}
            label="Tiltak"
            measures={offered}
            plan={plan}
            value={measureId}
            onChange={setMeasureId}
            error={errors.measureId ?? errors.obligationId}
          />
          <Textfield
            label="Merknad (valgfritt)"
            description="Hvordan tiltaket svarer på forpliktelsen."
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={errors.note}
          />
          <Button type="submit" variant="secondary" data-size="sm" aria-disabled={busy || undefined}>
            Koble til {obligation.code}
          </Button>
        </form>
      )}
    </details>
  );
}

export function NoteEditor({ link, code, say }: { link: CoveredMeasure; code: string; say: Announcer }) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(link.note);
  const [error, setError] = useState<string | undefined>();
  // A note changed and not yet saved: leaving the page asks first.
  useUnsavedChanges(editing && note !== link.note);
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
