// Møtemodus' coverage slide: the coverage figure in large type, and the obligations that need attention (no measure, or
// a measure assessed gul or rød), with their ids and texts.
import type { CoverageResult } from '../../../../shared/api/obligations.contract.ts';
import { COVERAGE_LABELS, type CoverageClass } from '../../../../shared/domain/obligations.ts';
import { formatInteger } from '../../../../shared/format/nb.ts';
import { CoverageFigure, CoverageSwatch } from '../obligations/CoverageFigure.tsx';

/** The most the slide lists below the figure; the rest are on the Forpliktelser page. */
const LISTED = 3;
/** Gul or rød first (something to follow up now), then those without any measure. */
const ATTENTION: CoverageClass[] = ['gul-rod', 'ingen-tiltak'];

export function CoverageSlide({ coverage }: { coverage: CoverageResult }) {
  const attention = ATTENTION.flatMap((c) => coverage.obligations.filter((o) => !o.retiredAt && o.coverage === c));
  return (
    <>
      <p className="meeting__lead">{formatInteger(coverage.total)} forpliktelser</p>
      <CoverageFigure counts={coverage.counts} total={coverage.total} large />
      {attention.length > 0 && (
        <ul className="meeting-attention">
          {attention.slice(0, LISTED).map((o) => (
            <li key={o.id}>
              <CoverageSwatch cls={o.coverage} size={22} />
              <span>
                <strong>{o.code}</strong> ({COVERAGE_LABELS[o.coverage].toLowerCase()}): {o.text}
              </span>
            </li>
          ))}
        </ul>
      )}
      {attention.length > LISTED && (
        <p className="meeting__note">
          … og {attention.length - LISTED} til uten tiltak eller med gul eller rød vurdering (se Forpliktelser).
        </p>
      )}
    </>
  );
}
