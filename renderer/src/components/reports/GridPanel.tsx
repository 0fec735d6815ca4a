// Statusrutenett: every measure × the last N tertials or years, each cell its status and assessment at the period's
// end (the assessment also as a pattern). The same document is written to Excel, Word and PDF, and shown in Møtemodus.
import { Alert, Field, Fieldset, Label, Paragraph, Radio, Select } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { docTooWideMessage } from '../../../../shared/report/doc-layout.ts';
import type { Basis } from '../../../../shared/api/periods.contract.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { usePersistentState } from '../../hooks/usePersistentState.ts';
import { useDocumentPreview, usePeriods } from '../../hooks/usePeriods.ts';
import { DocPreview } from './DocPreview.tsx';
import { DocumentDownloads } from './DocumentDownloads.tsx';

interface Choices {
  periodKind: 'tertial' | 'year';
  count: number;
  last: string | null;
  basis: Basis;
}

const DEFAULTS: Choices = { periodKind: 'tertial', count: 6, last: null, basis: 'corrected' };

export function GridPanel() {
  const periods = usePeriods();
  const [stored, setChoices] = usePersistentState<Choices>('statusrutenett:valg', DEFAULTS);
  const choices = { ...DEFAULTS, ...stored };
  const set = (patch: Partial<Choices>) => setChoices({ ...choices, ...patch });
  const options = (choices.periodKind === 'year' ? periods.data?.years : periods.data?.tertials) ?? [];
  const last = options.some((p) => p.key === choices.last) ? choices.last! : (options[0]?.key ?? null);
  const request = {
    kind: 'grid' as const,
    periodKind: choices.periodKind,
    count: choices.count,
    last: last ?? undefined,
    basis: choices.basis,
  };
  const preview = useDocumentPreview(request, last !== null);
  const errors = fieldErrors(preview.error);
  const doc = preview.data;
  const tooWide = useMemo(() => (doc ? docTooWideMessage(doc) : null), [doc]);
  return (
    <>
      <Paragraph>
        Hvert tiltak med status og vurdering ved slutten av hver periode. Vurderingen vises også med mønster, aldri bare
        med farge.
      </Paragraph>
      <form className="report-form" onSubmit={(e) => e.preventDefault()} aria-label="Valg for statusrutenettet">
        <Fieldset>
          <Fieldset.Legend>Perioder</Fieldset.Legend>
          <Radio
            label="Tertialer"
            name="rutenett-type"
            checked={choices.periodKind === 'tertial'}
            onChange={() => set({ periodKind: 'tertial', last: null })}
          />
          <Radio
            label="År"
            name="rutenett-type"
            checked={choices.periodKind === 'year'}
            onChange={() => set({ periodKind: 'year', last: null })}
          />
        </Fieldset>
        <div className="report-form__col">
          <Field>
            <Label htmlFor="rutenett-siste">Til og med</Label>
            <Select id="rutenett-siste" value={last ?? ''} onChange={(e) => set({ last: e.target.value })}>
              {options.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="rutenett-antall">Antall perioder</Label>
            <Select
              id="rutenett-antall"
              value={String(choices.count)}
              onChange={(e) => set({ count: Number(e.target.value) })}
            >
              {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          {errors.last && <Paragraph role="alert">{errors.last}</Paragraph>}
          {tooWide && (
            <Alert data-color="warning" data-testid="grid-too-wide">
              {`${tooWide} Excel har plass til alle.`}
            </Alert>
          )}
        </div>
        <Fieldset>
          <Fieldset.Legend>Lukkede perioder</Fieldset.Legend>
          <Radio
            label="Som korrigert (alt som er registrert i dag)"
            name="rutenett-grunnlag"
            checked={choices.basis === 'corrected'}
            onChange={() => set({ basis: 'corrected' })}
          />
          <Radio
            label="Som rapportert (øyeblikksbildet fra lukkingen)"
            name="rutenett-grunnlag"
            checked={choices.basis === 'reported'}
            onChange={() => set({ basis: 'reported' })}
          />
        </Fieldset>
      </form>
      <DocumentDownloads document={request} ready={last !== null && !preview.isError} id="rutenett-last-ned" />
      {preview.isError && !errors.last && <Paragraph role="alert">{errorMessage(preview.error)}</Paragraph>}
      {preview.data && !preview.isError && <DocPreview doc={preview.data} label="Statusrutenett" />}
    </>
  );
}
