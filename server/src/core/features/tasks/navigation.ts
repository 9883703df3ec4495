import { TASK_REFS_KEY, taskRefsIndexer } from '../../workspace/indexers/tasks';
import { markdownLinks } from '../../tasks/links';
import { taskModel } from '../../tasks/model';
import { scanReferences } from '../../tasks/references';
import { taskFileFor, taskIdTable } from '../../tasks/tree';
import type { Location } from '../../types';
import type { DocumentLink, FeatureContext } from '../types';
import { countedReferences, referenceAt } from './at';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Go to definition on an ID: the file(s) with that ID. */
export function taskDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const ref = referenceAt(ctx, offset);
  if (!ref) return undefined;
  const entries = taskIdTable(ctx.index).byId.get(ref.id);
  if (!entries) return undefined;
  return entries.map((e) => ({ uri: e.uri, range: headingRange(ctx, e.uri) }));
}

function headingRange(ctx: FeatureContext, uri: string) {
  const doc = ctx.document(uri);
  const h = doc && taskModel(doc).heading;
  return doc && h ? doc.lines.range(h.start, h.end) : TOP;
}

/** Every ID with a file becomes a link to it (except inside Markdown links, which already link). */
export function taskDocumentLinks(ctx: FeatureContext): DocumentLink[] {
  const links = markdownLinks(ctx.doc);
  const own = ctx.doc.kind === 'task' ? taskModel(ctx.doc).id : undefined;
  const out: DocumentLink[] = [];
  for (const ref of countedReferences(ctx)) {
    if (ref.id === own) continue;
    if (links.some((l) => ref.start >= l.start && ref.end <= l.end)) continue;
    const file = taskFileFor(ctx.index, ref.id);
    if (file) out.push({ range: ctx.doc.lines.range(ref.start, ref.end), target: file.uri, tooltip: `Open ${file.fact.name || ref.id}` });
  }
  return out;
}

/** Every place in the workspace that names the ID under the cursor. */
export function taskReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const ref = referenceAt(ctx, offset);
  if (!ref) return undefined;
  const id = ref.id;
  const exists = taskIdTable(ctx.index).byId.has(id);
  const out: Location[] = [];
  const files = ctx.index.derived(`tasks.refFiles`, [TASK_REFS_KEY], () => {
    const byId = new Map<string, string[]>();
    for (const { uri, value } of ctx.index.facts(taskRefsIndexer)) for (const v of value) (byId.get(v) ?? byId.set(v, []).get(v)!).push(uri);
    return byId;
  });
  for (const uri of files.get(id) ?? []) {
    const doc = uri === ctx.doc.uri ? ctx.doc : ctx.document(uri);
    if (!doc) continue;
    const ownId = doc.kind === 'task' ? taskModel(doc).id : undefined;
    const headingLine = doc.kind === 'task' ? taskModel(doc).heading?.line : undefined;
    for (const r of scanReferences(doc).references) {
      if (r.id !== id || !(r.strong || exists)) continue;
      if (!includeDeclaration && ownId === id && r.line === headingLine) continue;
      out.push({ uri, range: doc.lines.range(r.start, r.end) });
    }
  }
  return out;
}
