// Lays out Markdown files the way Claude Code loads them, in a temporary folder, for
// `claude plugin validate`: once as a plugin (a folder with `.claude-plugin/plugin.json` and
// `agents/`, `commands/`, `skills/<name>/SKILL.md`) and once as a project (`.claude/agents`, …).
// Files are hard links to the originals (read in place, never copied into the repository); where
// the temporary folder is on another file system they are copied there instead. The validator
// does not follow symbolic links, so links of that kind would not be read at all.
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';

/** The corpus files Claude Code would load, by the corpus' own path-based kind (MANIFEST.tsv). */
export function corpusEntries(corpus) {
  const rows = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  const out = [];
  for (const row of rows) {
    const [dir, path, kind] = row.split('\t');
    if (!['agent', 'command', 'skill'].includes(kind)) continue;
    if (!/\.md$/i.test(path)) continue;
    out.push({ source: join(corpus, dir, path), group: dir, path, kind });
  }
  return out;
}

/** Files a repository keeps for people, not for Claude Code (the corpus skips them too). */
const PROSE = /^(readme|changelog|contributing|license|code_of_conduct|security)\.md$/i;

/**
 * The agents, commands and skills of repository checkouts (`dir/<owner>__<repo>/…`), classified by
 * path as the corpus is (SOURCES.md): `SKILL.md` (any case) a skill; a file under a `commands` folder
 * a command; under an `agents` folder an agent, unless that folder sits in a skill's folder (a
 * document the skill reads). In a collection laid out in department folders (`engineering/*.md`),
 * a file whose frontmatter holds `name` and `description` is an agent when the folder has at least
 * two such files. Top-level `docs/` and `tests/` are skipped.
 */
export function checkoutEntries(dir) {
  const out = [];
  for (const group of readdirSync(dir).sort()) {
    const top = join(dir, group);
    if (!statSync(top).isDirectory()) continue;
    const files = [];
    const walk = (d) => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.md$/i.test(name) && !PROSE.test(name)) files.push(relative(top, p).split(sep).join('/'));
      }
    };
    walk(top);
    const heads = (rel) => {
      const text = readFileSync(join(top, rel), 'utf8').slice(0, 4000);
      return /^---\r?\n/.test(text) && /^name:/m.test(text) && /^description:/m.test(text);
    };
    const skillFolders = new Set(files.filter((rel) => /(^|\/)SKILL\.md$/i.test(rel)).map((rel) => dirname(rel)));
    const inSkill = (rel) => [...skillFolders].some((f) => f !== '.' && rel.startsWith(`${f}/`));
    const byFolder = new Map();
    for (const rel of files) byFolder.set(dirname(rel), [...(byFolder.get(dirname(rel)) ?? []), rel]);
    for (const rel of files) {
      if (/^(docs|tests?)\//i.test(rel)) continue;
      const segments = rel.split('/').slice(0, -1);
      let kind;
      if (/(^|\/)SKILL\.md$/i.test(rel)) kind = 'skill';
      else if (segments.includes('commands')) kind = 'command';
      else if (segments.includes('agents')) kind = inSkill(rel) ? undefined : 'agent';
      else if (segments.length === 1 && heads(rel) && (byFolder.get(dirname(rel)) ?? []).filter(heads).length >= 2) kind = 'agent';
      if (kind) out.push({ source: join(top, rel), group, path: rel, kind });
    }
  }
  return out;
}

/** The project's own rule fixtures that are agents, commands or skills, by where they sit. */
export function fixtureEntries(fixtures) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.md$/i.test(name) && !/\.fixed\.md$/i.test(name)) {
        const rel = relative(fixtures, p).split(sep).join('/');
        const kind = /(^|\/)SKILL\.md$/i.test(rel) ? 'skill' : /\/commands\//.test(rel) ? 'command' : /\/agents\//.test(rel) ? 'agent' : undefined;
        if (kind) out.push({ source: p, group: 'fixtures', path: rel, kind });
      }
    }
  };
  walk(fixtures);
  return out;
}

function place(source, target) {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/**
 * Lays `entries` out under a new temporary folder as `plugin/` and `project/`. Returns the two
 * roots and, per scope, a map from each laid-out path to its entry. With `crlf`, every file is a
 * copy whose line endings are CRLF; with `copy`, a plain copy (for tests that change the files).
 */
export function layOut(entries, { pluginName = 'conformance', crlf = false, copy = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'agent-docs-conformance-'));
  const plugin = join(root, 'plugin');
  const project = join(root, 'project');
  mkdirSync(join(plugin, '.claude-plugin'), { recursive: true });
  writeFileSync(
    join(plugin, '.claude-plugin', 'plugin.json'),
    `${JSON.stringify({ name: pluginName, version: '0.0.0', description: 'The shared corpus laid out as one plugin' })}\n`,
  );
  mkdirSync(join(project, '.claude'), { recursive: true });
  const files = { plugin: new Map(), project: new Map() };
  const skillFolders = new Set();
  for (const entry of entries) {
    let rel;
    if (entry.kind === 'skill') {
      // One folder level: skills/<name>/SKILL.md; the original folder's name when it is free.
      const folder = basename(dirname(entry.path)) || entry.group;
      let name = folder;
      for (let i = 2; skillFolders.has(name.toLowerCase()); i++) name = `${folder}-${i}`;
      skillFolders.add(name.toLowerCase());
      rel = `skills/${name}/SKILL.md`;
    } else {
      const folder = entry.kind === 'agent' ? 'agents' : 'commands';
      rel = `${folder}/${entry.group}/${entry.path}`;
    }
    const inPlugin = join(plugin, rel);
    const inProject = join(project, '.claude', rel);
    if (crlf) {
      // A copy with CRLF line endings, where Claude Code's fallback quoting never applies.
      const text = readFileSync(entry.source, 'utf8').replace(/\r?\n/g, '\r\n');
      for (const target of [inPlugin, inProject]) {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    } else if (copy) {
      // Copies, for tests that change the files (lint --fix).
      for (const target of [inPlugin, inProject]) {
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(entry.source, target);
      }
    } else {
      place(entry.source, inPlugin);
      place(entry.source, inProject);
    }
    files.plugin.set(inPlugin, entry);
    files.project.set(inProject, entry);
  }
  return { root, plugin, project, files };
}
