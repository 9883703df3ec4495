import { isAbsolute, relative } from 'node:path';
import type { Severity } from '../../core';
import type { Formatter } from './types';

/**
 * Information and hints become notices: GitHub has no fourth level, and a notice is shown without
 * marking the run as failed, as an information diagnostic is in the editor.
 */
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped, as GitHub's runner reads them back. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on
 * the pull request's diff: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 * Positions are 1-based; `endColumn` is the column after the last character, as in SARIF. Paths are
 * relative to `workspace` (GITHUB_WORKSPACE, the checkout, which annotations are resolved against)
 * when the file is inside it, else as shown to people.
 */
export function github(workspace: string | undefined): Formatter {
  return (results) => {
    const lines: string[] = [];
    for (const r of results) {
      const rel = workspace ? relative(workspace, r.file) : '';
      const path = (workspace && rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : r.path).split('\\').join('/');
      for (const f of r.findings) {
        const { start, end } = f.range;
        const props = [
          `file=${escapeProperty(path)}`,
          `line=${start.line + 1}`,
          `col=${start.character + 1}`,
          `endLine=${end.line + 1}`,
          `endColumn=${end.character + 1}`,
          `title=${escapeProperty(f.ruleId)}`,
        ];
        lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
      }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  };
}
