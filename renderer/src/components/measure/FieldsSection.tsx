// The measure's fields (MeasureEditForm, from the field registry) with the conflict dialog: a stale save shows what
// changed since and lets the user reload or keep their changes. A save gives the form anew (keyed by the version):
// focus, on «Lagre endringer» when it was sent from there, goes to the new form's button, not to <body>.
import type { MeasureChanges } from '../../../../shared/api/measure-edit.contract.ts';
import type { Measure, Organisation, Plan } from '../../../../shared/domain/types.ts';
import { useLayoutEffect, useRef } from 'react';
import { fieldErrors, refreshTopics, send } from '../../api/client.ts';
import { focusFirst } from '../returnFocus.ts';
import { useConflictGuard } from './ConflictDialog.tsx';
import { formFieldErrors, MeasureEditForm, SAVE_BUTTON_ID } from './MeasureEditForm.tsx';
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
  const saveButtonHadFocus = useRef(false);
  useLayoutEffect(() => {
    if (!saveButtonHadFocus.current) return;
    saveButtonHadFocus.current = false;
    focusFirst([SAVE_BUTTON_ID]);
  }, [measure.version]);

  async function save(changes: MeasureChanges): Promise<Record<string, string> | null> {
    saveButtonHadFocus.current = document.activeElement?.id === SAVE_BUTTON_ID;
    try {
      const r = await guard((v) => send('measures:update', { id: measure.id, version: v, changes }), measure.version);
      if (r) say.announce('Lagret');
      else saveButtonHadFocus.current = false;
      return null;
    } catch (err) {
      saveButtonHadFocus.current = false;
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
