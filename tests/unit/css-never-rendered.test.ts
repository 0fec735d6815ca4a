// The first page's stylesheet leaves out Designsystemet's rules for read-only fields, switches and the outlined field
// variant (renderer/css-never-rendered.ts). That is only right while the app never renders them: this holds it to it,
// and checks the removal keeps every selector that can still match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutNeverRendered } from '../../renderer/css-never-rendered.ts';

const SRC = new URL('../../renderer/src/', import.meta.url).pathname;
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: f, code: readFileSync(join(SRC, f), 'utf8') }));

describe('Designsystemet rules for states the app never renders', () => {
  it('drops a selector only when every way it can match needs such an attribute', () => {
    expect(withoutNeverRendered('.ds-input[readonly]')).toBeNull();
    expect(withoutNeverRendered('.ds-input[aria-readonly=true],.ds-input[readonly]')).toBeNull();
    expect(withoutNeverRendered('.ds-input[role=switch]:is([type=radio],[type=checkbox])')).toBeNull();
    expect(withoutNeverRendered('.ds-field[data-variant=outline]:has(input[type=checkbox])')).toBeNull();
    expect(
      withoutNeverRendered(':is(.ds-field:where(:has(.ds-input[aria-readonly=true],.ds-input[readonly])) label)'),
    ).toBeNull();
    // What can match without it stays whole.
    expect(withoutNeverRendered('.ds-input:disabled,.ds-input[readonly]')).toBe('.ds-input:disabled');
    expect(withoutNeverRendered('.ds-input:not(:focus-visible,:disabled,[readonly])')).toBe(
      '.ds-input:not(:focus-visible,:disabled,[readonly])',
    );
    expect(withoutNeverRendered('.ds-button:is(:disabled,[readonly])')).toBe('.ds-button:is(:disabled,[readonly])');
    expect(withoutNeverRendered('.ds-input[role=checkbox]')).toBe('.ds-input[role=checkbox]');
    expect(withoutNeverRendered('.ds-field[data-variant=default]')).toBe('.ds-field[data-variant=default]');
    expect(withoutNeverRendered('.ds-input:read-only')).toBe('.ds-input:read-only');
  });

  it.each(sources)('$file renders no read-only field, switch or outlined field', ({ code }) => {
    // On a field (an input or Designsystemet's field components); the app's own «file opened read-only» flag is
    // passed around as a prop of its own components.
    const field = 'input|textarea|select|Textfield|Select|Checkbox|Radio|Input|Textarea|EXPERIMENTAL_Suggestion';
    expect(code).not.toMatch(new RegExp(`<(?:${field})\\b[^<>]*?\\breadOnly\\b|aria-readonly`, 's'));
    expect(code).not.toMatch(/role=["{']+switch|role:\s*'switch'|\bSwitch\b.*designsystemet-react/);
    expect(code).not.toMatch(/variant=["{']+outline|variant:\s*'outline'/);
  });
});
