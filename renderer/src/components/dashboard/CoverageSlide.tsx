// Møtemodus' coverage slide: the coverage figure in large type, then the obligations that need attention (a measure
// assessed gul or rød first, then those without any measure) with their ids and texts, over as many pages as they need.
import type { CoverageObligation, CoverageResult } from '../../../../shared/api/obligations.contract.ts';
import { COVERAGE_LABELS, type CoverageClass } from '../../../../shared/domain/obligations.ts';
import { formatInteger } from '../../../../shared/format/nb.ts';
import type { SlideSpec } from '../meeting/pages.tsx';
import { CoverageFigure, CoverageSwatch } from '../obligations/CoverageFigure.tsx';

/** Gul or rød first (something to follow up now), then those without any measure. */
const ATTENTION: CoverageClass[] = ['gul-rod', 'ingen-tiltak'];

export function coverageSlide(coverage: CoverageResult): SlideSpec {
  const attention = ATTENTION.flatMap((c) => coverage.obligations.filter((o) => !o.retiredAt && o.coverage === c));
  return {
    key: 'forpliktelser',
    title: 'Forpliktelser: dekning',
    head: [
      <p key="lead" className="meeting__lead">
        {formatInteger(coverage.total)} forpliktelser
      </p>,
      <CoverageFigure key="figure" counts={coverage.counts} total={coverage.total} large />,
    ],
    items: attention,
    renderItems: (items) =>
      items.length > 0 ? (
        <ul className="meeting-attention">
          {(items as CoverageObligation[]).map((o) => (
            <li key={o.id} data-item="">
              <CoverageSwatch cls={o.coverage} size={22} />
              <span>
                <strong>{o.code}</strong> ({COVERAGE_LABELS[o.coverage].toLowerCase()}): {o.text}
              </span>
            </li>
          ))}
        </ul>
      ) : null,
  };
}
