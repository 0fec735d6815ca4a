// Sammenlign perioder: per measure what changed between two periods (status, assessment, comment, budget), with the
// counts per field; the same document as Excel, Word and PDF.
import { Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { Basis } from '../../../../shared/api/periods.contract.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { usePersistentState } from '../../hooks/usePersistentState.ts';
import { useDocumentPreview, usePeriods } from '../../hooks/usePeriods.ts';
import { QueryState } from '../QueryState.tsx';
import { DocPreview } from './DocPreview.tsx';
import { DocumentDownloads } from './DocumentDownloads.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import '../../styles/ds/validation-message.css';

interface Choices {
  from: string | null;
  to: string | null;
  basis: Basis;
}

export function ComparePanel() {
  const periods = usePeriods();
  const [stored, setChoices] = usePersistentState<Choices>('sammenlign:valg', {
    from: null,
    to: null,
    basis: 'corrected',
  });
  const set = (patch: Partial<Choices>) => setChoices({ ...stored, ...patch });
  const over = periods.data?.tertials.filter((p) => p.over) ?? [];
  const to = stored.to ?? over[0]?.key ?? null;
  const from = stored.from ?? over[1]?.key ?? null;
  const request = { kind: 'compare' as const, from: from ?? '', to: to ?? '', basis: stored.basis };
  const ready = from !== null && to !== null;
  const preview = useDocumentPreview(request, ready);
  const errors = fieldErrors(preview.error);
  return (
    <>
      <Paragraph>
        Hva som er endret for hvert tiltak mellom to perioder: status, vurdering, kommentar og budsjett.
      </Paragraph>
      <QueryState query={periods}>
        {(list) => (
          <form className="report-form" onSubmit={(e) => e.preventDefault()} aria-label="Valg for sammenligningen">
            <PeriodSelect
              id="sammenlign-fra"
              label="Fra periode"
              list={list}
              value={from}
              onChange={(k) => set({ from: k })}
              error={errors.from}
            />
            <PeriodSelect
              id="sammenlign-til"
              label="Til periode"
              list={list}
              value={to}
              onChange={(k) => set({ to: k })}
              error={errors.to}
            />
            <Fieldset>
              <Fieldset.Legend>Lukkede perioder</Fieldset.Legend>
              <Radio
                label="Som korrigert"
                name="sammenlign-grunnlag"
                checked={stored.basis === 'corrected'}
                onChange={() => set({ basis: 'corrected' })}
              />
              <Radio
                label="Som rapportert"
                name="sammenlign-grunnlag"
                checked={stored.basis === 'reported'}
                onChange={() => set({ basis: 'reported' })}
              />
            </Fieldset>
          </form>
        )}
      </QueryState>
      <DocumentDownloads document={request} ready={ready && !preview.isError} id="sammenlign-last-ned" />
      {preview.isError && !errors.from && !errors.to && (
        <Paragraph role="alert">{errorMessage(preview.error)}</Paragraph>
      )}
      {preview.data && ready && !preview.isError && <DocPreview doc={preview.data} label="Sammenligning av perioder" />}
    </>
  );
}
