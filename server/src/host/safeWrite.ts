import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writing a user's file back without ever losing a byte. Used by `lint --fix`; anything else that
 * rewrites a file on disk (not through an editor, whose WorkspaceEdits are already safe) should use
 * it too. The steps:
 *  - the file is read once into a snapshot (bytes, size, mtime, mode), following a symbolic link
 *    to the real file so the link itself is never replaced by a copy;
 *  - the new content goes to a temporary file in the same folder (same file system, so the final
 *    rename is atomic), is flushed to disk, and gets the original's permission bits;
 *  - right before the rename the file is compared with the snapshot (size, mtime and bytes); if
 *    anything changed since it was read, the temporary file is removed and nothing is written.
 * A crash at any point leaves either the old file or the new one, never half of each.
 */

export interface FileSnapshot {
  /** The real path (symbolic links resolved): the file that will be replaced. */
  readonly path: string;
  readonly bytes: Buffer;
  readonly size: number;
  readonly mtimeMs: number;
  readonly mode: number;
}

export type WriteOutcome = { written: true } | { written: false; reason: 'changed' | 'failed'; message: string };

/** Reads a file for a later `writeIfUnchanged`. Throws like `readFileSync` when it cannot. */
export function readSnapshot(path: string): FileSnapshot {
  const real = realpathSync(path);
  const before = statSync(real);
  const bytes = readFileSync(real);
  return { path: real, bytes, size: bytes.length, mtimeMs: before.mtimeMs, mode: before.mode & 0o7777 };
}

/** Whether the file on disk is still exactly what the snapshot saw. */
export function unchangedSince(snapshot: FileSnapshot): boolean {
  try {
    const now = statSync(snapshot.path);
    if (now.size !== snapshot.size || now.mtimeMs !== snapshot.mtimeMs) return false;
    return readFileSync(snapshot.path).equals(snapshot.bytes);
  } catch {
    return false;
  }
}

export interface WriteOptions {
  /** Called after the temporary file is written and before the final check (tests use it to race). */
  beforeCommit?: () => void;
}

/** Atomically replaces the snapshot's file with `content`, unless the file changed since it was read. */
export function writeIfUnchanged(snapshot: FileSnapshot, content: string | Buffer, options: WriteOptions = {}): WriteOutcome {
  const temp = join(
    dirname(snapshot.path),
    `.${basename(snapshot.path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  let created = false;
  try {
    const fd = openSync(temp, 'wx', snapshot.mode);
    created = true;
    try {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, snapshot.mode); // openSync's mode is reduced by the umask; the original's is not
    options.beforeCommit?.();
    if (!unchangedSince(snapshot)) {
      unlinkSync(temp);
      created = false;
      return { written: false, reason: 'changed', message: `${snapshot.path} changed since it was read; nothing was written` };
    }
    renameSync(temp, snapshot.path);
    created = false;
    return { written: true };
  } catch (e) {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
    return { written: false, reason: 'failed', message: `cannot write ${snapshot.path}: ${(e as Error).message}` };
  }
}
