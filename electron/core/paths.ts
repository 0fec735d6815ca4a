// Where resources/ is when running from the source tree (CLI, preview, tests). The packaged app passes its own.
import { fileURLToPath } from 'node:url';

export function sourceResourcesDir(): string {
  return fileURLToPath(new URL('../../resources', import.meta.url));
}
