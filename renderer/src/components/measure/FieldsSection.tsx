// The measure's fields (MeasureEditForm, from the field registry) with the conflict dialog: a stale save shows what
// changed since and lets the user reload or keep their changes.
import type { MeasureChanges } from '../../../../shared/api/measure-edit.contract.ts';
import type { Measure, Organisation, Plan } from '../../../../shared/domain/types.ts';
import { fieldErrors, refreshTopics, send } from '../../api/client.ts';
import { useConflictGuard } from './ConflictDialog.tsx';
import { formFieldErrors, MeasureEditForm } from './MeasureEditForm.tsx';
import type { Announcer } from '../useAnnouncer.ts';

interface Props {
  measure: Measure;
  plan: Plan | undefined;
  organisations: Organisation[];
  disabled: boolean;
  say: Announcer;
}

export function FieldsSection({ measure, plan, organisations, disabled, say }: Props) {
  const { guard, dialog } = useConflictGuard(() => refreshTopics(['measures', 'history']), plan);

  async function save(changes: MeasureChanges): Promise<Record<string, string> | null> {
    try {
      const r = await guard((v) => send('measures:update', { id: measure.id, version: v, changes }), measure.version);
      if (r) say.announce('Lagret');
      return null;
    } catch (err) {
      const f = formFieldErrors(fieldErrors(err));
      if (Object.keys(f).length === 0) say.fail(err);
      return f;
    }
  }

  return (
    <section aria-label="Opplysninger om tiltaket" className="detail-section">
      <MeasureEditForm
        key={`${measure.id}-v${measure.version}`}
        measure={measure}
        plan={plan}
        organisations={organisations}
        disabled={disabled}
        onSave={save}
      />
      {dialog}
    </section>
  );
}
