// The FLOOR a full lint is measured against: list every Markdown file, read it, split off the
// frontmatter and run `yaml.parseDocument` on it — the least any linter of these files must do.
// Usage: node scripts/bench/floor.mjs WORKSPACE   (prints a one-line JSON summary on stdout)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const root = process.argv[2];
if (!root) {
  console.error('usage: floor.mjs WORKSPACE');
  process.exit(2);
}

const SKIP = new Set(['node_modules', '.git']);
function* markdownFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) yield* markdownFiles(p);
    } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) yield p;
  }
}

/** The YAML between a `---` first line and the next `---` line, or undefined. */
function frontmatter(text) {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = /^---[ \t]*\r?\n/.exec(text.slice(start, start + 8));
  if (!first) return undefined;
  const from = start + first[0].length;
  const close = /^---[ \t]*$/m.exec(text.slice(from));
  return close ? text.slice(from, from + close.index) : undefined;
}

let files = 0;
let withYaml = 0;
let bytes = 0;
let errors = 0;
for (const path of markdownFiles(root)) {
  const text = readFileSync(path, 'utf8');
  files++;
  bytes += text.length;
  const yaml = frontmatter(text);
  if (yaml === undefined) continue;
  withYaml++;
  errors += parseDocument(yaml, { uniqueKeys: false }).errors.length;
}
process.stdout.write(`${JSON.stringify({ files, withYaml, bytes, errors })}\n`);
