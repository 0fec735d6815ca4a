// One Content-Security-Policy for the app (app:// protocol) and the preview: no inline script, no inline style but
// the stylesheets a page rendered on the server carries in its head, each allowed by the hash of its exact text.
import { createHash } from 'node:crypto';

export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The source a CSP allows one <style> element's text by (and nothing else). */
export const styleHash = (css: string): string =>
  `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
