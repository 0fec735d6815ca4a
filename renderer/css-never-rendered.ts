// Designsystemet's rules for states the app never puts an element in. PurgeCSS keeps a selector when the words in it
// occur anywhere in the scanned code, and `readonly` (a TypeScript keyword, and a module of Designsystemet's web
// components) or `switch` (a JavaScript keyword) always do; so the rules for read-only fields, switches and the
// outlined field variant (≈ 8 KB of the first page's stylesheet) stayed although nothing renders them. This removes a
// selector only when every way it can match needs such an attribute; a test holds the app to never setting them.
import type { AtRule, Root, Rule } from 'postcss';
import parser from 'postcss-selector-parser';

/** Attributes (with the value that matters, if any) that no element in the app ever has. */
export const NEVER_RENDERED: readonly { attribute: string; value?: string }[] = [
  { attribute: 'readonly' },
  { attribute: 'aria-readonly', value: 'true' },
  { attribute: 'role', value: 'switch' },
  { attribute: 'data-variant', value: 'outline' },
];

/** Custom properties that only the removed rules read. */
export const NEVER_RENDERED_VARIABLE = /readonly/;

type Node = parser.Node;

function needsNeverRendered(node: Node): boolean {
  if (node.type === 'attribute')
    return NEVER_RENDERED.some(
      (n) => n.attribute === node.attribute && (n.value === undefined || node.value === n.value),
    );
  if (node.type === 'pseudo') {
    // A negation never needs what it negates; an alternative list needs it only if every alternative does.
    if (node.value === ':not' || node.nodes.length === 0) return false;
    return node.nodes.every((alternative) => needsNeverRendered(alternative));
  }
  if (node.type === 'selector') return node.nodes.some((part) => needsNeverRendered(part));
  return false;
}

/** The rule's selectors without those that can never match; null when none is left. */
export function withoutNeverRendered(selector: string): string | null {
  const list = parser().astSync(selector);
  list.each((s) => {
    if (needsNeverRendered(s)) s.remove();
  });
  return list.nodes.length === 0 ? null : list.toString();
}

/** Removes, in a Designsystemet sheet, the rules (or the selectors of a rule) that can never match. */
export function dropNeverRendered(root: Root): void {
  root.walkRules((rule: Rule) => {
    // Keyframe steps (from, 50 %) are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    const kept = withoutNeverRendered(rule.selector);
    if (kept === null) rule.remove();
    else if (kept !== rule.selector) rule.selector = kept;
  });
}
