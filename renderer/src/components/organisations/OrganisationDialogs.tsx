// Add / rename / retire / delete an organisation, each in an accessible modal dialog. The core's refusal
// comes back as a sentence (shown at the top) and field messages (shown at each field); nothing is saved then.
import { Button, Dialog, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import {
  ORG_KINDS,
  ORG_KIND_LABELS,
  isSelectable,
  orgDisplayName,
  parentRule,
  type OrgKind,
} from '../../../../shared/domain/organisations.ts';
import type { Organisation } from '../../../../shared/domain/types.ts';
import { formatDate, todayIso } from '../../../../shared/format/nb.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { useOrganisationChange } from '../../hooks/useOrganisations.ts';
import '../../styles/ds/dialog.css';
import '../../styles/ds/validation-message.css';
import '../../styles/settings.css';
import { DateField } from '../DateField.tsx';
import { DIALOG_CLOSE_LABEL } from '../dialogClose.ts';
import { DialogForm, fieldId } from './OrgDialogForm.tsx';
import { RetireOrganisationForm } from './RetireOrganisationForm.tsx';

export type OrgAction =
  | { type: 'add' }
  | { type: 'rename'; org: Organisation }
  | { type: 'retire'; org: Organisation }
  | { type: 'delete'; org: Organisation };

interface Props {
  action: OrgAction | null;
  organisations: readonly Organisation[];
  onClose(): void;
  onDone(message: string): void;
  onRetireInstead(org: Organisation): void;
}

export function OrganisationDialog({ action, organisations, onClose, onDone, onRetireInstead }: Props) {
  return (
    <Dialog
      open={action !== null}
      onClose={onClose}
      closedby="any"
      closeButton={DIALOG_CLOSE_LABEL}
      aria-labelledby="org-dialog-title"
      className="org-dialog"
    >
      {/* Keyed so each opening starts with a fresh form. */}
      {action?.type === 'add' && <AddForm key="add" organisations={organisations} onClose={onClose} onDone={onDone} />}
      {action?.type === 'rename' && (
        <RenameForm key={`r${action.org.id}`} org={action.org} onClose={onClose} onDone={onDone} />
      )}
      {action?.type === 'retire' && (
        <RetireOrganisationForm key={`t${action.org.id}`} org={action.org} onClose={onClose} onDone={onDone} />
      )}
      {action?.type === 'delete' && (
        <DeleteForm
          key={`d${action.org.id}`}
          org={action.org}
          onClose={onClose}
          onDone={onDone}
          onRetireInstead={onRetireInstead}
        />
      )}
    </Dialog>
  );
}

function AddForm({
  organisations,
  onClose,
  onDone,
}: {
  organisations: readonly Organisation[];
  onClose(): void;
  onDone(m: string): void;
}) {
  const add = useOrganisationChange('organisations:add');
  const [abbrev, setAbbrev] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgKind | ''>('');
  const [parentId, setParentId] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const fields = fieldErrors(add.error);
  // Until a type is chosen the parent is asked for as if required (most kinds are), without "(valgfritt)".
  const rule = kind ? parentRule(kind) : 'required';
  // The ministries in force on the day the new organisation starts: one that starts later may be its parent from then.
  const today = todayIso();
  const startsOn = validFrom > today ? validFrom : today;
  const ministries = organisations.filter((o) => o.kind === 'departement' && isSelectable(o, startsOn));
  return (
    <DialogForm
      title="Legg til organisasjon"
      refusal={add.error}
      fieldOrder={['abbrev', 'name', 'kind', 'parentId', 'validFrom']}
      submitLabel="Legg til"
      busy={add.isPending}
      onClose={onClose}
      onSubmit={() =>
        add.mutate(
          {
            abbrev,
            name,
            kind: kind as OrgKind,
            parentId: rule === 'forbidden' || parentId === '' ? null : Number(parentId),
            validFrom: validFrom === '' ? null : validFrom,
          },
          { onSuccess: (o) => onDone(`${orgDisplayName(o)} er lagt til.`) },
        )
      }
    >
      <Textfield
        id={fieldId('abbrev')}
        label="Forkortelse"
        value={abbrev}
        onChange={(e) => setAbbrev(e.target.value)}
        error={fields.abbrev}
        description="For eksempel UDI eller HDIR. Må være unik. Lagres med store bokstaver."
        autoComplete="off"
      />
      <Textfield
        id={fieldId('name')}
        label="Navn"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fields.name}
        autoComplete="off"
      />
      <Field>
        <Label>Type</Label>
        <Select
          id={fieldId('kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as OrgKind | '')}
          aria-invalid={fields.kind ? true : undefined}
        >
          <Select.Option value="">Velg type …</Select.Option>
          {ORG_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {ORG_KIND_LABELS[k]}
            </Select.Option>
          ))}
        </Select>
        {fields.kind && <ValidationMessage>{fields.kind}</ValidationMessage>}
      </Field>
      {rule !== 'forbidden' && (
        <Field>
          <Label>Ligger under departement{rule === 'optional' ? ' (valgfritt)' : ''}</Label>
          <Select
            id={fieldId('parentId')}
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            aria-invalid={fields.parentId ? true : undefined}
          >
            <Select.Option value="">{rule === 'optional' ? 'Ingen' : 'Velg departement …'}</Select.Option>
            {ministries.map((m) => (
              <Select.Option key={m.id} value={String(m.id)}>
                {m.abbrev} – {m.name}
              </Select.Option>
            ))}
          </Select>
          {fields.parentId && <ValidationMessage>{fields.parentId}</ValidationMessage>}
        </Field>
      )}
      <DateField
        id={fieldId('validFrom')}
        label="Gyldig fra (valgfritt)"
        value={validFrom}
        onChange={setValidFrom}
        error={fields.validFrom}
        description="Første dag organisasjonen finnes, høyst ett år frem i tid."
      />
    </DialogForm>
  );
}

function RenameForm({ org, onClose, onDone }: { org: Organisation; onClose(): void; onDone(m: string): void }) {
  const rename = useOrganisationChange('organisations:rename');
  const [abbrev, setAbbrev] = useState(org.abbrev);
  const [name, setName] = useState(org.name);
  const [fromDate, setFromDate] = useState(todayIso());
  const fields = fieldErrors(rename.error);
  return (
    <DialogForm
      title={`Nytt navn for ${org.abbrev}`}
      intro={
        <>
          Dagens navn: <strong>{org.name}</strong>
          {org.validFrom ? ` (fra ${formatDate(org.validFrom)})` : ''}. Tiltak og historikk før datoen under viser
          fortsatt det gamle navnet; fra datoen vises det nye.
        </>
      }
      refusal={rename.error}
      fieldOrder={['name', 'abbrev', 'fromDate']}
      submitLabel="Lagre nytt navn"
      busy={rename.isPending}
      onClose={onClose}
      onSubmit={() =>
        rename.mutate(
          { id: org.id, expectedVersion: org.version, abbrev, name, fromDate },
          { onSuccess: (o) => onDone(`${org.abbrev} heter ${orgDisplayName(o)} fra ${formatDate(o.validFrom)}.`) },
        )
      }
    >
      <Textfield
        id={fieldId('name')}
        label="Nytt navn"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fields.name}
        autoComplete="off"
      />
      <Textfield
        id={fieldId('abbrev')}
        label="Ny forkortelse"
        value={abbrev}
        onChange={(e) => setAbbrev(e.target.value)}
        error={fields.abbrev}
        description="La stå hvis bare navnet endres. Lagres med store bokstaver."
        autoComplete="off"
      />
      <DateField
        id={fieldId('fromDate')}
        label="Gjelder fra"
        value={fromDate}
        onChange={setFromDate}
        error={fields.fromDate}
        description="Første dag med det nye navnet, høyst ett år frem i tid."
      />
    </DialogForm>
  );
}

function DeleteForm({
  org,
  onClose,
  onDone,
  onRetireInstead,
}: {
  org: Organisation;
  onClose(): void;
  onDone(m: string): void;
  onRetireInstead(o: Organisation): void;
}) {
  const del = useOrganisationChange('organisations:delete');
  const inUse = del.error !== null && /avvikle den i stedet/.test(errorMessage(del.error));
  return (
    <DialogForm
      title={`Slette ${org.abbrev}?`}
      intro={
        `${org.name} fjernes fra registeret. ` +
        'Det går bare når ingen tiltak eller andre organisasjoner viser til den.'
      }
      refusal={del.error}
      submitLabel="Slett"
      danger
      busy={del.isPending}
      onClose={onClose}
      onSubmit={() =>
        del.mutate({ id: org.id, expectedVersion: org.version }, { onSuccess: () => onDone(`${org.name} er slettet.`) })
      }
    >
      {inUse && org.retiredFrom === null && (
        <Button type="button" variant="secondary" onClick={() => onRetireInstead(org)}>
          Avvikle {org.abbrev} i stedet
        </Button>
      )}
    </DialogForm>
  );
}
