// The organisation registry on Innstillinger: each organisation by its current name, with its earlier names,
// and the actions Nytt navn / Avvikle / Slett. A rename or retirement never changes older records.
import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import {
  ORG_KINDS,
  orgDisplayName,
  orgKindLabel,
  retiredOn,
  startsLater,
} from '../../../../shared/domain/organisations.ts';
import type { Organisation } from '../../../../shared/domain/types.ts';
import { compareNb, formatDate, todayIso } from '../../../../shared/format/nb.ts';
import { UndoToolbar } from '../UndoToolbar.tsx';
import { useAnnouncer } from '../useAnnouncer.ts';
import { useOrganisations } from '../../hooks/usePortfolio.ts';
import { QueryState } from '../QueryState.tsx';
import { registryEntries, type RegistryEntry } from './history.ts';
import { OrganisationDialog, type OrgAction } from './OrganisationDialogs.tsx';
import '../../styles/ds/table.css';
import '../../styles/settings.css';
import { Announcements } from '../Announcements.tsx';
import { TableScroll } from '../TableScroll.tsx';

function validity(o: Organisation): string {
  if (!o.validFrom && !o.validTo) return '–';
  if (o.validFrom && !o.validTo) return `Fra ${formatDate(o.validFrom)}`;
  if (!o.validFrom) return `Til ${formatDate(o.validTo)}`;
  return `${formatDate(o.validFrom)}–${formatDate(o.validTo)}`;
}

/** Retired from its date on; a retirement ahead is shown with its date, as is a start ahead (not offered till then). */
function OrgStatus({ org: o, today }: { org: Organisation; today: string }) {
  if (retiredOn(o, today))
    return (
      <Tag data-color="neutral" data-size="sm">
        {/* «Avviklet fra» kept together when the tag wraps in a narrow column. */}
        Avviklet{'\u00a0'}fra {formatDate(o.retiredFrom)}
      </Tag>
    );
  const later = startsLater(o, today);
  if (!later && o.retiredFrom === null) return 'Aktiv';
  return (
    <span className="org-status-tags">
      {later && (
        <Tag data-color="info" data-size="sm">
          Fra {formatDate(o.validFrom)}
        </Tag>
      )}
      {o.retiredFrom !== null && (
        <Tag data-color="warning" data-size="sm">
          Avvikles {formatDate(o.retiredFrom)}
        </Tag>
      )}
    </span>
  );
}

/** The registry's retirement button: Avvikle, then Gjenåpne once the date has come, Opphev avvikling before. */
function retireAction(o: Organisation, today: string): string {
  if (o.retiredFrom === null) return 'Avvikle';
  return retiredOn(o, today) ? 'Gjenåpne' : 'Opphev avvikling';
}

function kindOrder(kind: string): number {
  const i = (ORG_KINDS as readonly string[]).indexOf(kind);
  return i === -1 ? ORG_KINDS.length : i;
}

function sortEntries(entries: RegistryEntry[]): RegistryEntry[] {
  return [...entries].sort(
    (a, b) => kindOrder(a.current.kind) - kindOrder(b.current.kind) || compareNb(a.current.abbrev, b.current.abbrev),
  );
}

const ORGANISATIONS = { kind: 'organisations' } as const;

export function OrganisationRegistry() {
  const orgs = useOrganisations();
  const [action, setAction] = useState<OrgAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const say = useAnnouncer();
  const today = todayIso();
  // After a change the row that opened the dialog may be gone (a rename makes a new row): focus the receipt.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const open = (a: OrgAction) => {
    setNotice(null);
    setAction(a);
  };
  return (
    <section aria-labelledby="org-registry-heading" className="org-registry">
      <div className="section-header">
        <Heading level={2} data-size="md" id="org-registry-heading">
          Organisasjoner
        </Heading>
        <Button onClick={() => open({ type: 'add' })}>Legg til organisasjon</Button>
      </div>
      <Paragraph data-size="sm">
        Departementer og etater som kan velges som ansvarlig, medansvarlig eller utførende på tiltak. Nytt navn gjelder
        fra en dato, så eldre registreringer beholder navnet som gjaldt da. En organisasjon som er i bruk kan ikke
        slettes, bare avvikles.
      </Paragraph>
      <UndoToolbar scope={ORGANISATIONS} say={say} label="Angre endringer i organisasjonsregisteret" />
      <Announcements say={say} />
      <div aria-live="polite" ref={noticeRef} tabIndex={-1} className="notice">
        {notice && (
          <Alert data-color="success" data-size="sm">
            {notice}
          </Alert>
        )}
      </div>
      <QueryState query={orgs}>
        {(list) => (
          <>
            <TableScroll label="Organisasjonsregisteret">
              <Table zebra data-size="sm" className="org-table">
                <caption className="visually-hidden">
                  Organisasjonsregisteret: departementer og etater med navnehistorikk
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>Forkortelse</Table.HeaderCell>
                    <Table.HeaderCell>Navn</Table.HeaderCell>
                    <Table.HeaderCell>Type</Table.HeaderCell>
                    <Table.HeaderCell>Under</Table.HeaderCell>
                    <Table.HeaderCell>Gyldig</Table.HeaderCell>
                    <Table.HeaderCell>Tidligere navn</Table.HeaderCell>
                    <Table.HeaderCell>Status</Table.HeaderCell>
                    <Table.HeaderCell>
                      <span className="visually-hidden">Handlinger</span>
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {sortEntries(registryEntries(list)).map(({ current: o, earlier }) => (
                    <Table.Row key={o.id} data-testid="org-row" data-abbrev={o.abbrev}>
                      <Table.Cell>
                        <strong>{o.abbrev}</strong>
                      </Table.Cell>
                      <Table.Cell>{o.name}</Table.Cell>
                      <Table.Cell>{orgKindLabel(o.kind)}</Table.Cell>
                      <Table.Cell>{o.parentAbbrev ?? ''}</Table.Cell>
                      <Table.Cell className="nowrap">{validity(o)}</Table.Cell>
                      <Table.Cell>
                        {earlier.length > 0 && (
                          <ul className="name-history">
                            {earlier.map((e) => (
                              <li key={e.id}>
                                {orgDisplayName(e)}
                                {e.validTo ? `, til ${formatDate(e.validTo)}` : ''}
                              </li>
                            ))}
                          </ul>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        <OrgStatus org={o} today={today} />
                      </Table.Cell>
                      <Table.Cell>
                        <div className="row-actions">
                          {o.retiredFrom === null && (
                            <Button
                              data-size="sm"
                              variant="tertiary"
                              aria-label={`Gi ${o.abbrev} nytt navn`}
                              onClick={() => open({ type: 'rename', org: o })}
                            >
                              Nytt navn
                            </Button>
                          )}
                          <Button
                            data-size="sm"
                            variant="tertiary"
                            aria-label={`${retireAction(o, today)} ${o.abbrev}`}
                            onClick={() => open({ type: 'retire', org: o })}
                          >
                            {retireAction(o, today)}
                          </Button>
                          <Button
                            data-size="sm"
                            variant="tertiary"
                            data-color="danger"
                            aria-label={`Slett ${o.abbrev}`}
                            onClick={() => open({ type: 'delete', org: o })}
                          >
                            Slett
                          </Button>
                        </div>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
            <OrganisationDialog
              action={action}
              organisations={list}
              onClose={() => setAction(null)}
              onDone={(message) => {
                setAction(null);
                setNotice(message);
              }}
              onRetireInstead={(org) => setAction({ type: 'retire', org })}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
