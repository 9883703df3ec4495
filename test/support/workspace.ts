import { AgentDocsService, mergeConfig, type ConfigLayer } from '../../server/src/core';

/** An in-memory workspace for core tests: files keyed by workspace-relative path. */
export function memoryService(files: Record<string, string>, layer?: ConfigLayer): { service: AgentDocsService; uri: (path: string) => string } {
  const root = 'file:///ws';
  const uri = (p: string) => `${root}/${p.split('/').map(encodeURIComponent).join('/')}`;
  const byUri = new Map(Object.entries(files).map(([p, t]) => [uri(p), t]));
  const service = new AgentDocsService({
    host: { readFile: (u) => byUri.get(u), log: () => {} },
    config: mergeConfig(layer),
    roots: [root],
  });
  for (const [u, t] of byUri) service.indexFile(u, t);
  return { service, uri };
}
