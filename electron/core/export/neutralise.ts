// Spreadsheet formula injection: text that starts with = + - @ tab or CR may run as a formula when a
// CSV or XLSX is opened (OWASP "CSV injection"). Such text gets a leading apostrophe and stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Characters XML 1.0 cannot hold (control characters) would make Word and Excel refuse the file. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}
