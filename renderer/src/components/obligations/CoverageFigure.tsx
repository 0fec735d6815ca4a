// The coverage figure: how many obligations are in each coverage class, as one bar of four parts (colour, pattern and
// a count on each) and a legend that says the same in words. Each class links on when `hrefOf` is given (the view
// filtered to that class), as the Oversikt charts link to the register.
import { COVERAGE_STYLE } from '../../../../shared/charts/palette.ts';
import {
  COVERAGE_CLASSES,
  COVERAGE_DESCRIPTIONS,
  COVERAGE_LABELS,
  type CoverageClass,
} from '../../../../shared/domain/obligations.ts';
import { formatInteger } from '../../../../shared/format/nb.ts';
import '../../styles/obligations.css';

export function CoverageSwatch({ cls, size = 16 }: { cls: CoverageClass; size?: number }) {
  const s = COVERAGE_STYLE[cls];
  return (
    <svg width={size} height={size} aria-hidden="true" className="coverage-swatch">
      <rect width={size} height={size} fill={s.color} stroke="#555" strokeWidth={1} />
      {s.pattern !== 'none' && <rect width={size} height={size} fill={`url(#pat-${s.pattern})`} />}
    </svg>
  );
}

export function CoverageFigure({
  counts,
  total,
  hrefOf,
  large = false,
  current,
}: {
  counts: Record<CoverageClass, number>;
  total: number;
  hrefOf?: (cls: CoverageClass) => string;
  large?: boolean;
  /** The class the view is filtered to, marked in the legend. */
  current?: CoverageClass | null;
}) {
  const words = COVERAGE_CLASSES.map((c) => `${COVERAGE_LABELS[c]}: ${counts[c]}`).join(', ');
  return (
    <div className={`coverage-figure${large ? ' coverage-figure--large' : ''}`}>
      {/* One part per class, as wide as its share; the patterns keep their scale whatever the width. */}
      <div className="coverage-figure__bar" role="img" aria-label={`Dekning av ${total} forpliktelser. ${words}.`}>
        {COVERAGE_CLASSES.filter((c) => counts[c] > 0).map((c) => {
          const s = COVERAGE_STYLE[c];
          return (
            <span key={c} className="coverage-figure__part" style={{ flexGrow: counts[c] }}>
              <svg width="100%" height="100%" aria-hidden="true">
                <rect width="100%" height="100%" fill={s.color} />
                {s.pattern !== 'none' && <rect width="100%" height="100%" fill={`url(#pat-${s.pattern})`} />}
              </svg>
              <span className="coverage-figure__count" aria-hidden="true">
                {formatInteger(counts[c])}
              </span>
            </span>
          );
        })}
      </div>
      <ul className="coverage-legend">
        {COVERAGE_CLASSES.map((c) => {
          const body = (
            <>
              <CoverageSwatch cls={c} size={large ? 28 : 18} />
              <span className="coverage-legend__n">{formatInteger(counts[c])}</span>
              <span className="coverage-legend__label">{COVERAGE_LABELS[c]}</span>
            </>
          );
          return (
            <li key={c} className={current === c ? 'is-current' : undefined}>
              {hrefOf && counts[c] > 0 ? (
                <a
                  href={hrefOf(c)}
                  className="coverage-legend__link"
                  title={COVERAGE_DESCRIPTIONS[c]}
                  aria-current={current === c ? 'true' : undefined}
                >
                  {body}
                </a>
              ) : (
                <span className="coverage-legend__link" title={COVERAGE_DESCRIPTIONS[c]}>
                  {body}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
