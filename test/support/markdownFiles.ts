import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every Markdown file (`.md`, `.markdown`) under `dir`, depth first in directory order; `.git` and
 * `node_modules` are left out, and an entry that vanishes while listed is skipped.
 */
export function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      if (name !== '.git' && name !== 'node_modules') markdownFiles(p, out);
    } else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}
