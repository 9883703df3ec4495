import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { agentCandidateFolders, CONFIG_FILE_NAMES, folderGlob } from '../core';
import { pathToUri, uriToPath } from '../host/files';
import { DocumentLocationsRequest, type DocumentLocations, type DocumentLocationsParams } from '../protocol';
import type { Session } from './session';

/**
 * Answers where agents and the task plan are looked for, and which folders look like agents but
 * are not read as such: for the "Configure Agent Locations…" and "Use Another Folder…" commands of
 * the views' empty states. The client writes the proposed globs where the user chooses.
 */
export function registerLocations(session: Session): void {
  const { connection, service } = session;
  connection.onRequest(DocumentLocationsRequest.method, ({ folder, kind, add }: DocumentLocationsParams): DocumentLocations => {
    const globs = [...service.configFor(folder).documents[kind]];
    const recursive = kind === 'task';
    const proposed = add
      ? withGlobs(
          globs,
          add.map((f) => folderGlob(f, recursive)),
        )
      : undefined;
    const root = uriToPath(folder);
    const configFile = CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
    return {
      globs,
      ...(proposed ? { proposed } : {}),
      candidates: kind === 'agent' ? agentCandidateFolders(service.index, folder, (uri) => service.document(uri)) : [],
      ...(configFile ? { configFile: pathToUri(configFile) } : {}),
    };
  });
}

/** The globs with new ones added before the exclusions, which must still exclude from them (READMEs). */
function withGlobs(globs: readonly string[], added: readonly string[]): string[] {
  const fresh = added.filter((g, i) => !globs.includes(g) && added.indexOf(g) === i);
  const at = globs.findIndex((g) => g.startsWith('!'));
  return at < 0 ? [...globs, ...fresh] : [...globs.slice(0, at), ...fresh, ...globs.slice(at)];
}
