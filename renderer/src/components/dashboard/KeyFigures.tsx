// Key figures; each that the register can show is a link to exactly those measures.
import type { KeyFigures as Figures } from '../../../../shared/api/dashboard.contract.ts';
import { DASHBOARD_STALE_MONTHS } from '../../../../shared/api/view-params.ts';
import { NO_STATUS, STATUS_LABELS } from '../../../../shared/domain/vocabulary.ts';
import { formatInteger, formatNok } from '../../../../shared/format/nb.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';
import { compactAmount } from '../charts/compactNumber.ts';
import { registerHref } from './registerLink.ts';

interface Figure {
  label: string;
  value: string;
  note?: string;
  href?: string;
}

function millions(n: number): string {
  return n < 10_000_000 ? formatNok(n) : `${compactAmount(n)} kr`;
}

export function keyFigureList(k: Figures, state: DashboardState, asOf: string): Figure[] {
  const share = k.shareFullfort === null ? '–' : `${Math.round(k.shareFullfort * 100)} %`;
  return [
    { label: 'Tiltak', value: formatInteger(k.measures), href: registerHref(state, {}, asOf) },
    {
      label: STATUS_LABELS[NO_STATUS],
      value: formatInteger(k.noStatus),
      note: 'ikke rapportert per datoen',
      href: registerHref(state, { statuses: [NO_STATUS] }, asOf),
    },
    {
      label: 'Andel fullført',
      value: share,
      note: `${formatInteger(k.fullfort)} fullført`,
      href: registerHref(state, { statuses: ['fullfort'] }, asOf),
    },
    {
      label: 'Gul vurdering',
      value: formatInteger(k.gul),
      note: 'risiko',
      href: registerHref(state, { assessments: ['gul'] }, asOf),
    },
    {
      label: 'Rød vurdering',
      value: formatInteger(k.rod),
      note: 'alvorlig forsinket',
      href: registerHref(state, { assessments: ['rod'] }, asOf),
    },
    {
      label: `Ikke oppdatert på ${DASHBOARD_STALE_MONTHS} mnd.`,
      value: formatInteger(k.stale),
      href: registerHref(state, { staleMonths: DASHBOARD_STALE_MONTHS }, asOf),
    },
    { label: 'Titler ikke fylt inn', value: formatInteger(k.pendingTitles) },
    {
      label: `Bevilget ${k.budgetYear}`,
      value: millions(k.allocatedNok),
      // «0 kr» alone reads as a budget of nothing; say that nothing is budgeted for the year (a later year, say).
      note:
        k.allocatedNok >= 10_000_000
          ? formatNok(k.allocatedNok)
          : k.allocatedNok === 0 && k.spentNok === 0
            ? `ingenting budsjettert for ${k.budgetYear}`
            : undefined,
    },
    {
      label: `Forbrukt ${k.budgetYear}`,
      value: millions(k.spentNok),
      note:
        [
          k.spentNok >= 10_000_000 ? formatNok(k.spentNok) : '',
          k.allocatedNok > 0 ? `${Math.round((k.spentNok / k.allocatedNok) * 100)} % av bevilget` : '',
        ]
          .filter(Boolean)
          .join(' · ') || undefined,
    },
  ];
}

export function KeyFigures({
  figures,
  state,
  asOf,
  large = false,
}: {
  figures: Figures;
  state: DashboardState;
  asOf: string;
  large?: boolean;
}) {
  return (
    <ul className={`kpi-grid${large ? ' kpi-grid--large' : ''}`} aria-label="Nøkkeltall">
      {keyFigureList(figures, state, asOf).map((f) => {
        const body = (
          <>
            <span className="kpi__label">{f.label}</span>
            <span className="kpi__value">{f.value}</span>
            {f.note && <span className="kpi__note">{f.note}</span>}
          </>
        );
        return (
          <li key={f.label} className="kpi">
            {f.href && !large ? (
              <a className="kpi__link" href={f.href}>
                {body}
              </a>
            ) : (
              <div className="kpi__link">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
