// A measure's history: status updates and field changes, newest first. Nothing here is ever rewritten.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Plan, TimelineEntry } from '../../../../shared/domain/types.ts';
import { formatDate, formatDateTime } from '../../../../shared/format/nb.ts';
import { AssessmentTag, StatusTag } from '../StatusTags.tsx';
import { describeChange, replayNote, shown, withoutTitleFlags } from './labels.ts';

export function Timeline({ entries, plan }: { entries: TimelineEntry[]; plan?: Plan }) {
  return (
    <section aria-labelledby="historikk" className="detail-section">
      <Heading level={2} data-size="sm" id="historikk">
        Historikk
      </Heading>
      {entries.length === 0 ? (
        <Paragraph data-size="sm">Ingen statusoppdateringer eller endringer ennå.</Paragraph>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {withoutTitleFlags(entries).map((e) =>
            e.kind === 'status' ? (
              <li key={`s${e.id}`} className="timeline__item timeline__item--status">
                <div className="timeline__when">{formatDate(e.effectiveDate)}</div>
                <div>
                  <div className="timeline__tags">
                    <span className="visually-hidden">Statusoppdatering: </span>
                    <StatusTag value={e.status} /> <AssessmentTag value={e.assessment} />
                  </div>
                  {e.comment && <p className="timeline__comment">{e.comment}</p>}
                  {e.correctionReason && (
                    <p className="timeline__correction">
                      <strong>Korrigert etter lukking:</strong> {e.correctionReason}
                    </p>
                  )}
                  <p className="muted timeline__meta">
                    Registrert av {e.author}, {formatDateTime(e.recordedAt)}
                  </p>
                </div>
              </li>
            ) : (
              <li key={`c${e.id}`} className="timeline__item timeline__item--change">
                <div className="timeline__when">{formatDate(e.at)}</div>
                <div>
                  <p className="timeline__change">
                    <strong>{describeChange(e, plan)}</strong>
                    {(e.oldValue !== null || e.newValue !== null) && (
                      <>
                        {': '}
                        {e.action === 'update' || e.action === 'budget-update' ? (
                          <>
                            <span className="old-value">{shown(e.oldValue, e.field)}</span> →{' '}
                            <span>{shown(e.newValue, e.field)}</span>
                          </>
                        ) : (
                          <span>{e.newValue ?? e.oldValue}</span>
                        )}
                      </>
                    )}
                  </p>
                  <p className="muted timeline__meta">
                    {e.author}, {formatDateTime(e.at)}
                    {replayNote(e)}
                  </p>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
