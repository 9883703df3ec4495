import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A workspace folder on disk for protocol tests, removed by `dispose`. */
export interface TempWorkspace {
  root: string;
  /** Writes (or overwrites) a workspace-relative file, creating folders. */
  write(relativePath: string, text: string): string;
  dispose(): void;
}

export function tempWorkspace(files: Record<string, string>): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'agent-docs-ws-'));
  const write = (relativePath: string, text: string) => {
    const path = join(root, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  for (const [p, t] of Object.entries(files)) write(p, t);
  return { root, write, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
