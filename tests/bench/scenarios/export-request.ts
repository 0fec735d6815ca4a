// The export the bench times and measures: every status as of 31.12.2025 (after the newest plan's start, so every
// measure of the file is written), made on a fixed day.
export const EXPORT_AS_OF = '2025-12-31';
export const EXPORT_NOW = new Date('2026-01-15T09:00:00Z');
