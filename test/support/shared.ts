import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared folder with the real-file corpus and the seeds, read in place (never copied).
 * `AGENT_DOCS_SHARED` overrides the default location.
 */
export const SHARED = process.env['AGENT_DOCS_SHARED'] ?? '/work/shared';

/** An absolute path inside the shared folder, or undefined when that folder is absent here. */
export function sharedPath(...parts: string[]): string | undefined {
  const p = join(SHARED, ...parts);
  return existsSync(p) ? p : undefined;
}
