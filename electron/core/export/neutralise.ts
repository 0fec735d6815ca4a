// Spreadsheet formula injection: text that starts with = + - @ tab or CR may run as a formula when a
// CSV is opened (OWASP "CSV injection"). CSV has no cell types or styles, so such text gets a leading
// apostrophe there. XLSX keeps the text as written and marks the cell as text instead (xlsx.ts).
export const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Characters XML 1.0 cannot hold (control characters) would make Word and Excel refuse the file. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}
