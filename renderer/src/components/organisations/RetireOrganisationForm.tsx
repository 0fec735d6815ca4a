// «Avvikle» from a date, and its way back: «Gjenåpne» once the date has come, «Opphev avvikling» while it lies
// ahead. Ministries are reorganised on a date (often 1 January), announced ahead or registered afterwards, so the
// date may be back to the organisation's «gyldig fra» or up to a year ahead; the core judges it and says why at the
// field.
import { useState } from 'react';
import { retiredOn } from '../../../../shared/domain/organisations.ts';
import type { Organisation } from '../../../../shared/domain/types.ts';
import { formatDate, todayIso } from '../../../../shared/format/nb.ts';
import { fieldErrors } from '../../api/client.ts';
import { useOrganisationChange } from '../../hooks/useOrganisations.ts';
import { DateField } from '../DateField.tsx';
import { DialogForm, fieldId } from './OrgDialogForm.tsx';

interface Props {
  org: Organisation;
  onClose(): void;
  onDone(message: string): void;
}

export function RetireOrganisationForm({ org, onClose, onDone }: Props) {
  return org.retiredFrom === null ? (
    <RetireForm org={org} onClose={onClose} onDone={onDone} />
  ) : (
    <ReopenForm org={org} retiredFrom={org.retiredFrom} onClose={onClose} onDone={onDone} />
  );
}

function RetireForm({ org, onClose, onDone }: Props) {
  const retire = useOrganisationChange('organisations:retire');
  const today = todayIso();
  // Today, unless its name only starts later (a rename dated ahead): a retirement cannot come before that.
  const [retiredFrom, setRetiredFrom] = useState(org.validFrom && org.validFrom > today ? org.validFrom : today);
  const fields = fieldErrors(retire.error);
  const earliest = org.validFrom ? `tidligst ${formatDate(org.validFrom)} (gyldig fra), ` : '';
  return (
    <DialogForm
      title={`Avvikle ${org.abbrev}?`}
      intro={
        `${org.name} kan velges på tiltak til og med dagen før datoen under, og står fortsatt på tiltak og i ` +
        'historikk der den er brukt.'
      }
      refusal={retire.error}
      fieldOrder={['retiredFrom']}
      submitLabel="Avvikle"
      busy={retire.isPending}
      onClose={onClose}
      onSubmit={() =>
        retire.mutate(
          { id: org.id, expectedVersion: org.version, retiredFrom },
          {
            onSuccess: (o) =>
              onDone(
                retiredOn(o, todayIso())
                  ? `${o.name} er avviklet fra ${formatDate(o.retiredFrom)}.`
                  : `${o.name} avvikles fra ${formatDate(o.retiredFrom)}. Til da kan den velges som før.`,
              ),
          },
        )
      }
    >
      <DateField
        id={fieldId('retiredFrom')}
        label="Avviklet fra"
        value={retiredFrom}
        onChange={setRetiredFrom}
        error={fields.retiredFrom}
        description={`Første dag den er avviklet: ${earliest}høyst ett år frem i tid.`}
      />
    </DialogForm>
  );
}

function ReopenForm({ org, retiredFrom, onClose, onDone }: Props & { retiredFrom: string }) {
  const retire = useOrganisationChange('organisations:retire');
  const ahead = !retiredOn(org, todayIso());
  const date = formatDate(retiredFrom);
  return (
    <DialogForm
      title={ahead ? `Oppheve avviklingen av ${org.abbrev}?` : `Gjenåpne ${org.abbrev}?`}
      intro={
        ahead
          ? `${org.name} avvikles fra ${date}. Opphever du avviklingen, kan den velges på tiltak også etter datoen.`
          : `${org.name} er avviklet fra ${date}. Gjenåpnet blir den igjen et valg når du registrerer tiltak.`
      }
      refusal={retire.error}
      submitLabel={ahead ? 'Opphev avvikling' : 'Gjenåpne'}
      busy={retire.isPending}
      onClose={onClose}
      onSubmit={() =>
        retire.mutate(
          { id: org.id, expectedVersion: org.version, retiredFrom: null },
          {
            onSuccess: (o) => onDone(ahead ? `Avviklingen av ${o.name} er opphevet.` : `${o.name} er gjenåpnet.`),
          },
        )
      }
    />
  );
}
