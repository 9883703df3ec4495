import { ALL_RULE_META as RULES } from '../../core';
import type { Formatter } from './types';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 for code-scanning tools: 1-based regions with end line and end column. */
export function sarif(version: string): Formatter {
  return (results) => {
    const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
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
                    artifactLocation: { uri: r.path.split('\\').join('/') },
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
