// Rapportpakken: the annual report pack for one period (a year or a tertial) and one or both plans, with its sections,
// columns, grouping, «as reported» or «as corrected», and bokmål or English chosen here and previewed live.
import { Alert, Button, Checkbox, Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { docTooWideMessage } from '../../../../shared/report/doc-layout.ts';
import type { Basis, PeriodInfo } from '../../../../shared/api/periods.contract.ts';
import { LANG_NAMES, LANGS, type Lang } from '../../../../shared/i18n/index.ts';
import { PACK_COLUMNS, PACK_SECTIONS, type PackColumn, type PackSection } from '../../../../shared/report/pack-data.ts';
import { partWordHeading } from '../../../../shared/domain/plans.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { usePersistentState } from '../../hooks/usePersistentState.ts';
import { usePlans } from '../../hooks/usePortfolio.ts';
import { useDocumentPreview, usePeriods } from '../../hooks/usePeriods.ts';
import { QueryState } from '../QueryState.tsx';
import { DocPreview } from './DocPreview.tsx';
import { DocumentDownloads } from './DocumentDownloads.tsx';
import { PeriodSelect, defaultReportPeriod } from './PeriodSelect.tsx';
import '../../styles/ds/validation-message.css';

interface Choices {
  period: string | null;
  planCodes: string[];
  basis: Basis;
  groupBy: 'part' | 'ministry';
  sections: PackSection[];
  columns: PackColumn[];
  lang: Lang;
  landscape: boolean;
}

const DEFAULTS: Choices = {
  period: null,
  planCodes: [],
  basis: 'reported',
  groupBy: 'part',
  sections: [...PACK_SECTIONS],
  columns: [],
  lang: 'nb',
  landscape: false,
};

const SECTION_LABELS: Record<PackSection, string> = {
  front: 'Forside',
  summary: 'Sammendrag: tiltak per status, departement og budsjett',
  figures: 'Figurer med nummererte figurtekster',
  deviations: 'Avvik: tiltak vurdert gul eller rød',
  changes: 'Endringer siden forrige periode',
  corrections: 'Korrigert etter lukking',
  tables: 'Statustabeller',
};

const COLUMN_LABELS: Record<PackColumn, string> = {
  description: 'Beskrivelse',
  implementation: 'Gjennomføringsperiode (start–slutt)',
};

function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}

export function PackReport() {
  const plans = usePlans();
  const periods = usePeriods();
  const [stored, setChoices] = usePersistentState<Choices>('rapportpakke:valg', DEFAULTS);
  const choices: Choices = { ...DEFAULTS, ...stored };
  const set = (patch: Partial<Choices>) => setChoices({ ...choices, ...patch });
  const period = choices.period ?? (periods.data ? defaultReportPeriod(periods.data) : null);
  const all: PeriodInfo[] = periods.data ? [...periods.data.years, ...periods.data.tertials] : [];
  const chosen = all.find((p) => p.key === period);
  const planCodes = choices.planCodes.length > 0 ? choices.planCodes : (plans.data?.map((p) => p.code) ?? []);
  const partHeading = partWordHeading(plans.data?.filter((p) => planCodes.includes(p.code)) ?? []);
  const request = {
    kind: 'pack' as const,
    period: period ?? '',
    planCodes,
    basis: choices.basis,
    groupBy: choices.groupBy,
    sections: choices.sections,
    columns: choices.columns,
    lang: choices.lang,
    landscape: choices.landscape,
  };
  const ready = period !== null && planCodes.length > 0 && choices.sections.length > 0;
  const preview = useDocumentPreview(request, ready);
  const errors = fieldErrors(preview.error);
  // Word and PDF never break a number or a word: when the tables do not fit, say so here, before exporting.
  const doc = ready ? preview.data : undefined;
  const tooWide = useMemo(() => (doc ? docTooWideMessage(doc) : null), [doc]);

  return (
    <>
      <Paragraph>
        Rapportpakken til tilstandsrapporten for et år eller et tertial: forside, sammendrag, figurer, avvik, endringer
        siden forrige periode og statustabeller, som Word og PDF. Forhåndsvisningen viser det som skrives til filen.
      </Paragraph>
      <form className="report-form" onSubmit={(e) => e.preventDefault()} aria-label="Valg for rapportpakken">
        <div className="report-form__col">
          <QueryState query={periods}>
            {(list) => (
              <PeriodSelect
                id="pakke-periode"
                label="Periode"
                list={list}
                value={period}
                onChange={(key) => set({ period: key })}
                error={errors.period}
              />
            )}
          </QueryState>
          {chosen && chosen.events.length > 0 ? (
            <Fieldset>
              <Fieldset.Legend>Grunnlag</Fieldset.Legend>
              <Fieldset.Description>
                {chosen.closed
                  ? `${chosen.label} er lukket. Som rapportert viser øyeblikksbildet fra lukkingen.`
                  : `${chosen.label} er gjenåpnet. Som rapportert viser øyeblikksbildet fra siste lukking.`}
              </Fieldset.Description>
              <Radio
                label="Som rapportert (øyeblikksbildet fra lukkingen)"
                name="pakke-grunnlag"
                checked={choices.basis === 'reported'}
                onChange={() => set({ basis: 'reported' })}
              />
              <Radio
                label="Som korrigert (alt som er registrert i dag)"
                name="pakke-grunnlag"
                checked={choices.basis === 'corrected'}
                onChange={() => set({ basis: 'corrected' })}
              />
            </Fieldset>
          ) : (
            <Paragraph data-size="sm">
              {chosen ? `${chosen.label} er ikke lukket: rapporten viser status slik den er registrert.` : ''}
            </Paragraph>
          )}
          <Fieldset>
            <Fieldset.Legend>Språk</Fieldset.Legend>
            <Fieldset.Description>Titler og kommentarer står som de er skrevet.</Fieldset.Description>
            {LANGS.map((l) => (
              <Radio
                key={l}
                label={LANG_NAMES[l]}
                name="pakke-sprak"
                checked={choices.lang === l}
                onChange={() => set({ lang: l })}
              />
            ))}
          </Fieldset>
        </div>
        <div className="report-form__col">
          <Fieldset>
            <Fieldset.Legend>Planer</Fieldset.Legend>
            {plans.data?.map((p) => (
              <Checkbox
                key={p.code}
                label={p.title}
                checked={planCodes.includes(p.code)}
                onChange={(e) =>
                  set({
                    planCodes: toggle(
                      planCodes,
                      p.code,
                      e.target.checked,
                      plans.data.map((x) => x.code),
                    ),
                  })
                }
              />
            ))}
            {plans.data && planCodes.length === 0 && <ValidationMessage>Velg minst én plan.</ValidationMessage>}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>Statustabeller gruppert etter</Fieldset.Legend>
            <Radio
              label={partHeading}
              name="pakke-gruppering"
              checked={choices.groupBy === 'part'}
              onChange={() => set({ groupBy: 'part' })}
            />
            <Radio
              label="Ansvarlig departement"
              name="pakke-gruppering"
              checked={choices.groupBy === 'ministry'}
              onChange={() => set({ groupBy: 'ministry' })}
            />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>Ekstra kolonner i statustabellene</Fieldset.Legend>
            {PACK_COLUMNS.map((c) => (
              <Checkbox
                key={c}
                label={COLUMN_LABELS[c]}
                checked={choices.columns.includes(c)}
                onChange={(e) => set({ columns: toggle(choices.columns, c, e.target.checked, PACK_COLUMNS) })}
              />
            ))}
          </Fieldset>
          <Checkbox
            label="Liggende sider"
            checked={choices.landscape}
            onChange={(e) => set({ landscape: e.target.checked })}
          />
          {tooWide && (
            <Alert data-color="warning" data-testid="pack-too-wide">
              <Paragraph data-size="sm">{tooWide}</Paragraph>
              {!choices.landscape && (
                <Button variant="secondary" data-size="sm" onClick={() => set({ landscape: true })}>
                  Bruk liggende sider
                </Button>
              )}
            </Alert>
          )}
        </div>
        <Fieldset>
          <Fieldset.Legend>Deler</Fieldset.Legend>
          {PACK_SECTIONS.map((s) => (
            <Checkbox
              key={s}
              label={SECTION_LABELS[s]}
              checked={choices.sections.includes(s)}
              onChange={(e) => set({ sections: toggle(choices.sections, s, e.target.checked, PACK_SECTIONS) })}
            />
          ))}
          {choices.sections.length === 0 && <ValidationMessage>Velg minst én del.</ValidationMessage>}
        </Fieldset>
      </form>
      <DocumentDownloads document={request} ready={ready && !preview.isError} id="pakke-last-ned" />
      {preview.isError && !errors.period && <Paragraph role="alert">{errorMessage(preview.error)}</Paragraph>}
      {preview.data && ready && !preview.isError && (
        <DocPreview doc={preview.data} label="Forhåndsvisning av rapportpakken" />
      )}
      {preview.isLoading && <Paragraph>Lager forhåndsvisning …</Paragraph>}
    </>
  );
}
