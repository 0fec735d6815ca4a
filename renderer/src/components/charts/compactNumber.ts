// Large NOK sums for cards and axes: "423,3 mill." and "100,1 mrd." (nb-NO, decimal comma, thin-space thousands).
import { formatInteger } from '../../../../shared/format/nb.ts';

function oneDecimal(n: number): string {
  const tenths = Math.round(n * 10);
  const whole = formatInteger(Math.trunc(tenths / 10));
  const frac = Math.abs(tenths % 10);
  return frac === 0 ? whole : `${whole},${frac}`;
}

/** Whole numbers below 10 million as they are; above in millions or billions with one decimal. */
export function compactAmount(n: number): string {
  if (Math.abs(n) >= 1e9) return `${oneDecimal(n / 1e9)} mrd.`;
  if (Math.abs(n) >= 1e7) return `${oneDecimal(n / 1e6)} mill.`;
  return formatInteger(n);
}
