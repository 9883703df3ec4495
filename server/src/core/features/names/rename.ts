import { field, type ParsedDocument } from '../../document/parse';
import { childUri, dirOf, nameOf, parentUri } from '../../files/uris';
import type { NameTarget } from '../../references/resolveNames';
import type { Range, TextEdit, WorkspaceEdit } from '../../types';
import { referencesIndexer } from '../../workspace/indexers/references';
import type { FeatureContext } from '../types';
import { nameSiteAt, targetsOf } from './locate';

/** Names an agent or skill may be renamed to: lowercase letters, digits and single hyphens. */
const NEW_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The one agent or skill a site renames, and the span of its own segment in the written name. */
function renameTarget(ctx: FeatureContext, offset: number): { target: NameTarget; start: number; end: number; placeholder: string } | undefined {
  const site = nameSiteAt(ctx, offset);
  if (!site || site.targets.length !== 1) return undefined;
  const target = site.targets[0]!;
  if (target.kind === 'command') return undefined;
  // `orch:reviewer`: only the last segment is the agent's own name.
  const colon = site.text.lastIndexOf(':');
  const start = colon >= 0 ? site.start + colon + 1 : site.start;
  return { target, start, end: site.end, placeholder: site.text.slice(colon + 1) };
}

export function prepareRenameName(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } | undefined {
  const at = renameTarget(ctx, offset);
  return at ? { range: ctx.doc.lines.range(at.start, at.end), placeholder: at.placeholder } : undefined;
}

/**
 * Renames an agent or skill as one workspace edit: its `name:`, its file (an agent file named
 * after the agent) or folder (a skill folder named so), and every reference to it, scoped
 * references keeping their plugin prefix.
 */
export function renameName(ctx: FeatureContext, offset: number, newName: string): WorkspaceEdit | undefined {
  const at = renameTarget(ctx, offset);
  if (!at || !NEW_NAME.test(newName)) return undefined;
  const { target } = at;
  // The identity being renamed, as written at the cursor: a skill's folder and its `name` may
  // differ, and each is renamed only where it is the one written (so a rename can be undone).
  const old = at.placeholder;
  const changes: Record<string, TextEdit[]> = {};
  const push = (uri: string, range: Range, newText: string) => {
    const list = (changes[uri] ??= []);
    if (!list.some((e) => sameRange(e.range, range))) list.push({ range, newText });
  };
  const own = ctx.document(target.entry.uri);
  const nameSpan = own ? nameValueSpan(own) : undefined;
  if (own && nameSpan && own.text.slice(nameSpan.start, nameSpan.end) === old) push(own.uri, own.lines.range(nameSpan.start, nameSpan.end), newName);
  const wanted = target.entry.uri;
  for (const { uri, value } of ctx.index.facts(referencesIndexer)) {
    for (const fact of value.names) {
      if (fact.kind === 'agent' ? target.kind !== 'agent' : target.kind === 'agent') continue;
      const colon = fact.name.lastIndexOf(':');
      if (fact.name.slice(colon + 1) !== old) continue;
      if (!targetsOf(ctx, fact, uri).some((t) => t.entry.uri === wanted)) continue;
      const range = colon < 0 ? fact.range : { start: { line: fact.range.start.line, character: fact.range.start.character + colon + 1 }, end: fact.range.end };
      push(uri, range, newName);
    }
  }
  const renames: { oldUri: string; newUri: string }[] = [];
  if (target.kind === 'agent') {
    const file = nameOf(wanted);
    const ext = /\.[^.]+$/.exec(file)?.[0] ?? '.md';
    if (file.slice(0, -ext.length) === old) {
      const newUri = childUri(dirOf(wanted), `${newName}${ext}`);
      if (newUri !== wanted && !ctx.files.kindOf(newUri)) renames.push({ oldUri: wanted, newUri });
    }
  } else {
    const folder = dirOf(wanted);
    const parent = parentUri(folder);
    // The folder is a skill's identity (its command, the portable spec's `name`): it moves with it.
    if (parent && target.kind === 'skill' && target.entry.folder === old) {
      const newUri = childUri(parent, newName);
      if (newUri !== folder && !ctx.files.kindOf(newUri)) renames.push({ oldUri: folder, newUri });
    }
  }
  return { changes, ...(renames.length ? { renames } : {}) };
}

/** Offsets of the `name:` value without quotes. */
function nameValueSpan(doc: ParsedDocument): { start: number; end: number } | undefined {
  const f = field(doc, 'name');
  if (!f?.value) return undefined;
  let start = f.valueStart;
  let end = f.valueEnd;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  if (/["']/.test(doc.text[start] ?? '') && doc.text[end - 1] === doc.text[start]) {
    start++;
    end--;
  }
  return end > start ? { start, end } : undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
