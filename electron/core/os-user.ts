// The default author of new entries: the operating-system user's name (TILTAK_USER overrides, e.g. in tests).
import { userInfo } from 'node:os';

export function osUserName(): string {
  try {
    return process.env.TILTAK_USER || userInfo().username || 'ukjent';
  } catch {
    return 'ukjent';
  }
}
