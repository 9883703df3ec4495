import { AgentDocsService, type AgentDocsConfig, type DocumentKind } from '../core';
import { claudeMpmMarkerAt, pathToUri, readDirectoryUri, isExecutableUri, readTextSync, uriToPath } from '../host/files';
import { collectFiles } from './collect';
import { indexSkillFolders } from './lint';

/**
 * Reads the files under `paths` into a service's index, for commands that report on the whole
 * workspace (`codes`, `tasks`) rather than lint it. Reports missing paths on stderr; undefined then
 * (a usage error, exit 2).
 */
export async function indexFiles(
  paths: readonly string[],
  config: AgentDocsConfig,
  root: string,
  kinds?: readonly DocumentKind[],
): Promise<AgentDocsService | undefined> {
  const { files, missing, projects } = await collectFiles(paths, config.followSymlinks);
  for (const m of missing) process.stderr.write(`agent-docs: no such file or directory: ${m}\n`);
  if (missing.length) return undefined;
  const service = new AgentDocsService({
    host: {
      readFile: (uri) => readTextSync(uriToPath(uri), config.maxFileSize),
      readDirectory: readDirectoryUri,
      isExecutable: isExecutableUri,
      log: (m) => process.stderr.write(`${m}\n`),
    },
    config,
    roots: [pathToUri(root)],
    frameworkProjects: [...[claudeMpmMarkerAt(root)].filter((p): p is string => !!p), ...projects],
  });
  indexSkillFolders(service, config, new Set(files));
  for (const path of files) {
    const uri = pathToUri(path);
    const kind = service.kindOf(uri);
    if (!kind || (kinds && !kinds.includes(kind))) continue;
    const text = readTextSync(path, config.maxFileSize);
    if (text !== undefined) service.indexFile(uri, text);
  }
  return service;
}
