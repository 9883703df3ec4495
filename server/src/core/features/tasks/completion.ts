import { markdownOf } from '../../document/markdown';
import { levelOf, type TaskLevel } from '../../tasks/ids';
import { taskModel } from '../../tasks/model';
import { findTaskNode, taskIdTable, taskTree } from '../../tasks/tree';
import type { CompletionItem, FeatureContext } from '../types';
import { describeTask } from './hover';

const KEYWORD = /\b(Epic|Story|Task)\s*\[?\s*([0-9.]*)$/i;
const PREFIX = /(?:^|[^\p{L}\p{N}_.])([0-9]{4}\.[0-9.]{0,4})$/u;
const LEVELS: Record<string, TaskLevel> = { epic: 1, story: 2, task: 3 };
const MAX_ITEMS = 500;

/**
 * IDs offered after `Task [`, `Story `, `Epic [`, on a dependency line (`**Required Completion**:`,
 * `Depends on`, or under `### Dependencies`), or after a typed prefix such as `0001.`.
 */
export function taskCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const lineNo = ctx.doc.lines.positionAt(offset).line;
  const lineStart = ctx.doc.lines.lineStart(lineNo);
  const before = ctx.doc.text.slice(lineStart, offset);
  let typed: string;
  let level: TaskLevel | undefined;
  const k = KEYWORD.exec(before);
  const p = PREFIX.exec(before);
  if (k) {
    typed = k[2]!;
    level = LEVELS[k[1]!.toLowerCase()];
  } else if (p) {
    typed = p[1]!;
  } else if (inDependencies(ctx, lineNo, before)) {
    const m = /([0-9.]*)$/.exec(before)!;
    typed = m[1]!;
    level = 3;
  } else return undefined;
  const table = taskIdTable(ctx.index);
  if (table.byId.size === 0) return undefined;
  // IDs near the document's own (same story, then same epic) sort first, and survive the cap.
  const own = ctx.doc.kind === 'task' ? taskModel(ctx.doc).id : undefined;
  const rank = (id: string) => (own && id.slice(0, 7) === own.slice(0, 7) ? 0 : own && id.slice(0, 4) === own.slice(0, 4) ? 1 : 2);
  const tree = taskTree(ctx.index);
  const range = ctx.doc.lines.range(offset - typed.length, offset);
  const items: CompletionItem[] = [];
  for (const [id] of table.byId) {
    if (id === own || !id.startsWith(typed) || (level !== undefined && levelOf(id) !== level)) continue;
    const node = findTaskNode(tree, id);
    items.push({
      label: id,
      kind: 'task',
      ...(node?.title || node?.status ? { detail: [node?.title, node?.status].filter(Boolean).join(' — ') } : {}),
      documentation: { kind: 'markdown', value: describeTask(id, node) },
      range,
      sortText: `${rank(id)}${id}`,
      filterText: id,
    });
  }
  items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
  return items.slice(0, MAX_ITEMS);
}

function inDependencies(ctx: FeatureContext, line: number, before: string): boolean {
  if (/\*\*(?:Required Completion|Depends On|Dependencies|Blocked By)\*\*\s*:|\b(?:depends on|blocked by|after)\b/i.test(before)) return true;
  if (!/^\s*[-*+]\s+[^:]*$|^\s*[-*+]\s*$/.test(before)) return false;
  // A list item under a `Dependencies` heading.
  const heading = markdownOf(ctx.doc).headingAbove(line);
  if (heading && heading.line !== line) return /^Dependencies\b/i.test(heading.text);
  return false;
}
