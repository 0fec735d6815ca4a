// The chart patterns (shared/charts/palette.ts) as SVG <pattern>s, once per page: every chart, swatch and coverage bar
// refers to them as url(#pat-<id>). Its own file, so a page can have them without loading recharts.
import { PATTERNS } from '../../../../shared/charts/palette.ts';

/** The pattern definitions once per page (from the shared chart definition); segments refer to them by url(#pat-…). */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {PATTERNS.map((p) => (
          <pattern
            key={p.id}
            id={`pat-${p.id}`}
            width={p.size}
            height={p.size}
            patternUnits="userSpaceOnUse"
            patternTransform={p.transform}
          >
            {p.marks.map(({ tag: Mark, attrs }, i) => (
              <Mark key={i} {...attrs} />
            ))}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
