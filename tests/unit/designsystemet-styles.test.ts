// Designsystemet's CSS is imported per component (renderer/src/styles/designsystemet.css for the start page, and
// styles/ds/*.css beside the components the later pages use), so a component without its sheet would render
// unstyled. Every module that uses a Designsystemet component either has that component's sheet at start or
// imports it itself (a chunk that shares it by chance is not enough).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../renderer/src/', import.meta.url).pathname;
const CSS = new URL('../../node_modules/@digdir/designsystemet-css/dist/src/', import.meta.url).pathname;

/** The sheet each component needs, by its name in @digdir/designsystemet-react. */
const SHEET: Record<string, string> = {
  Alert: 'alert',
  Button: 'button',
  Checkbox: 'input',
  Details: 'details',
  Dialog: 'dialog',
  Dropdown: 'dropdown',
  EXPERIMENTAL_Suggestion: 'suggestion',
  Field: 'field',
  Fieldset: 'fieldset',
  Heading: 'heading',
  Label: 'label',
  Link: 'link',
  List: 'list',
  Paragraph: 'paragraph',
  Radio: 'input',
  Select: 'input',
  Spinner: 'spinner',
  Table: 'table',
  Tag: 'tag',
  Textfield: 'input',
  ToggleGroup: 'toggle-group',
  ValidationMessage: 'validation-message',
};

const importedSheets = (css: string) =>
  [...css.matchAll(/@import '@digdir\/designsystemet-css\/([a-z-]+)\.css'/g)].map((m) => m[1]);
const atStart = new Set(importedSheets(readFileSync(join(SRC, 'styles/designsystemet.css'), 'utf8')));
const modules = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));

/** The Designsystemet components a module imports, and the sheets it imports itself (through styles/ds/*.css). */
function usage(file: string): { components: string[]; sheets: Set<string>; fieldErrors: boolean } {
  const code = readFileSync(join(SRC, file), 'utf8');
  const components = [...code.matchAll(/import \{([^}]*)\} from '@digdir\/designsystemet-react'/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((c) => c.trim().split(' as ')[0].trim())
      .filter(Boolean),
  );
  const sheets = new Set<string>();
  for (const m of code.matchAll(/import '[./]*styles\/ds\/([a-z-]+)\.css'/g))
    for (const s of importedSheets(readFileSync(join(SRC, 'styles/ds', `${m[1]}.css`), 'utf8'))) sheets.add(s);
  const fields = ['Textfield', 'Field', 'Select', 'Fieldset', 'Checkbox', 'Radio'];
  const fieldErrors = /\berror=\{/.test(code) && components.some((c) => fields.includes(c));
  return { components, sheets, fieldErrors };
}

describe('Designsystemet styles per component', () => {
  it('knows the sheet of every component the app uses, and each sheet exists in the package', () => {
    const used = new Set(modules.flatMap((f) => usage(f).components));
    expect([...used].filter((c) => !(c in SHEET))).toEqual([]);
    for (const sheet of new Set([...Object.values(SHEET), ...atStart]))
      expect(() => readFileSync(join(CSS, `${sheet}.css`))).not.toThrow();
  });

  it.each(modules)('%s has the styles of the components it uses', (file) => {
    const { components, sheets, fieldErrors } = usage(file);
    const missing = components.filter((c) => c in SHEET && !atStart.has(SHEET[c]) && !sheets.has(SHEET[c]));
    // A field given an error shows it in Designsystemet's validation message.
    if (fieldErrors && !atStart.has('validation-message') && !sheets.has('validation-message'))
      missing.push('validation-message (a field with error=…)');
    expect(missing).toEqual([]);
  });
});
