import { parseArgs } from 'node:util';
import type { UnresolvedLink } from '../core';
import { uriToPath } from '../host/files';
import { displayPath } from './collect';
import type { ConfigLoader } from './codesCommand';
import { indexFiles } from './indexFiles';

const PROBLEM: Record<UnresolvedLink['problem'], string> = {
  case: 'case only',
  missing: 'missing',
  anchor: 'no anchor',
};

/** One unresolved link with the file it is written in, as both formats report it. */
interface Row {
  file: string;
  line: number;
  column: number;
  link: UnresolvedLink;
}

/**
 * `agent-docs links [--format text|json] [--config FILE] [paths…]`: every link that does not
 * resolve (a target that exists only in other letter case, a missing target, a missing anchor),
 * with the fix when one is known. Exits 1 when there is any, so CI can fail on it.
 */
export async function linksCommand(args: string[], loadConfig: ConfigLoader): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' } },
  });
  if (values.format !== 'text' && values.format !== 'json')
    throw Object.assign(new Error(`unknown format "${values.format}" (text, json)`), { code: 'ERR_PARSE_ARGS_LINKS' });
  const { config, root } = loadConfig(values.config);
  const service = await indexFiles(positionals.length ? positionals : ['.'], config, root);
  if (!service) return 2;
  const rows: Row[] = [];
  for (const uri of [...service.index.uris()].sort()) {
    for (const link of service.unresolvedLinks(uri)) {
      rows.push({ file: displayPath(uriToPath(uri)), line: link.range.start.line + 1, column: link.range.start.character + 1, link });
    }
  }
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(rows.map(toJson), null, 2)}\n` : formatText(rows));
  return rows.length ? 1 : 0;
}

function toJson(r: Row) {
  return {
    file: r.file,
    line: r.line,
    column: r.column,
    form: r.link.form,
    target: r.link.target,
    problem: r.link.problem,
    ...(r.link.fix ? { fix: r.link.fix } : {}),
  };
}

/** One block per file, one line per link: where, what, and the fix; a count at the end. */
export function formatText(rows: readonly Row[]): string {
  if (!rows.length) return 'Every link resolves.\n';
  const out: string[] = [];
  let file: string | undefined;
  for (const r of rows) {
    if (r.file !== file) {
      if (file !== undefined) out.push('');
      out.push(r.file);
      file = r.file;
    }
    const fix = r.link.fix ? `  → ${r.link.problem === 'anchor' ? '#' : ''}${r.link.fix}` : '';
    out.push(`  ${`${r.line}:${r.column}`.padEnd(8)} ${PROBLEM[r.link.problem].padEnd(9)}  ${r.link.target}${fix}`);
  }
  const count = (p: UnresolvedLink['problem']) => rows.filter((r) => r.link.problem === p).length;
  const files = new Set(rows.map((r) => r.file)).size;
  out.push(
    '',
    `${rows.length} unresolved link${rows.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: ${count('case')} only in other letter case, ${count('missing')} missing, ${count('anchor')} with a missing anchor.`,
  );
  return `${out.join('\n')}\n`;
}
