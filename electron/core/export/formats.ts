// Export formats by name. Each turns the portfolio as of a date into the bytes of one file.
import type { Database } from 'better-sqlite3';
import { exportJson } from '../services/export-json.service.ts';

export interface ExportRequest {
  planCode?: string;
  asOf: string;
  withHistory?: boolean;
  groupBy?: 'part' | 'ministry';
}

export type Exporter = (db: Database, req: ExportRequest) => Promise<Uint8Array | string>;

export const exporters: Record<string, Exporter> = {
  json: async (db, req) => `${JSON.stringify(exportJson(db, req), null, 2)}\n`,
};
