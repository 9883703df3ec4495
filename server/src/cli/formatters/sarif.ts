import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULE_META as RULES } from '../../core';
import type { Formatter } from './types';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/**
 * SARIF 2.1.0 for code-scanning tools: 1-based regions with end line and end column. Files inside
 * `base` (GITHUB_WORKSPACE in GitHub Actions, so that code scanning finds them in the repository;
 * else the working directory) are relative to `%SRCROOT%`, which `originalUriBaseIds` defines as
 * `base`; files outside it are absolute `file:` URIs.
 */
export function sarif(version: string, base: string = process.cwd()): Formatter {
  return (results) => {
    const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
    const root = pathToFileURL(base).href.replace(/\/?$/, '/');
    const location = (file: string) => {
      const rel = relative(base, file);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
      return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
    };
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          originalUriBaseIds: { '%SRCROOT%': { uri: root } },
          tool: {
            driver: {
              name: 'agent-docs',
              version,
              rules: RULES.map((r) => ({
                id: r.id,
                shortDescription: { text: r.description },
                fullDescription: { text: r.docs },
                defaultConfiguration: { level: LEVEL[r.severity] },
              })),
            },
          },
          results: results.flatMap((r) =>
            r.findings.map((f) => ({
              ruleId: f.ruleId,
              ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: location(r.file),
                    region: {
                      startLine: f.range.start.line + 1,
                      startColumn: f.range.start.character + 1,
                      endLine: f.range.end.line + 1,
                      endColumn: f.range.end.character + 1,
                    },
                  },
                },
              ],
            })),
          ),
        },
      ],
    };
    return JSON.stringify(log, null, 2) + '\n';
  };
}
