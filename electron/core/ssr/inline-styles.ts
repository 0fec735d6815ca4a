// The CSP refuses style attributes in HTML (no 'unsafe-inline'), and a server render has them (a chart's height, a
// virtual row's place). Each one becomes a data attribute, and its declarations a rule in a stylesheet of its own,
// in the page's head (the CSP allows it by its hash): the first paint is laid out as the browser's own render would
// be. The start puts the styles back on the elements through the CSSOM (which the CSP allows) before React takes the
// HTML over (firstView.ts).
export const STYLE_ATTRIBUTE = 'data-ssr-style';

export interface MovedStyles {
  html: string;
  /** The declarations of each style attribute, by its number. */
  styles: string[];
  /** The stylesheet that applies them, as the attribute would. */
  css: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (s: string) => s.replace(/&(amp|quot|#x27|lt|gt);/g, (e) => ENTITIES[e]);

/** `html` as React renders it (attribute values quoted with ", text never holding a raw "). */
export function moveInlineStyles(html: string): MovedStyles {
  const styles: string[] = [];
  const rules: string[] = [];
  const out = html.replace(/ style="([^"]*)"/g, (_, value: string) => {
    const declarations = decode(value);
    const i = styles.push(declarations) - 1;
    // Our own components' styles; anything that could end the rule is left out of the sheet (the start still sets it).
    if (!/[{}<\\]/.test(declarations)) {
      const important = declarations
        .split(';')
        .filter((d) => d.trim() !== '')
        .map((d) => `${d} !important`)
        .join(';');
      rules.push(`[${STYLE_ATTRIBUTE}="${i}"]{${important}}`);
    }
    return ` ${STYLE_ATTRIBUTE}="${i}"`;
  });
  return { html: out, styles, css: rules.join('\n') };
}
