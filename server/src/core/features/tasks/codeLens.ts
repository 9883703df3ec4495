import { markdownOf } from '../../document/markdown';
import { LEVEL_NAMES, levelOf, parentId } from '../../tasks/ids';
import { taskModel } from '../../tasks/model';
import { percentDone, progressBar, progressCounts } from '../../tasks/progressText';
import { scanReferences } from '../../tasks/references';
import type { TaskNode } from '../../tasks/tree';
import type { CodeLens, FeatureContext } from '../types';
import { nodeFor } from './at';

function title(id: string, node: TaskNode): string {
  const tasks = levelOf(id) < 3 && node.tasksTotal ? ` · ${node.tasksCompleted}/${node.tasksTotal} tasks completed` : '';
  return `${LEVEL_NAMES[levelOf(id)]} ${id}: ${progressBar(node.progress)} ${percentDone(node.progress)}% — ${progressCounts(node.progress)}${tasks}`;
}

/** Progress above a task document's heading, and above each child entry heading in a story or epic. */
export function taskCodeLenses(ctx: FeatureContext): CodeLens[] | undefined {
  if (ctx.doc.kind !== 'task') return undefined;
  const m = taskModel(ctx.doc);
  if (!m.id || !m.heading) return undefined;
  const out: CodeLens[] = [];
  const own = nodeFor(ctx.index, m.id);
  if (own) out.push({ range: ctx.doc.lines.range(m.heading.start, m.heading.end), title: title(m.id, own) });
  if (m.level === 3) return out;
  const seen = new Set<number>();
  const md = markdownOf(ctx.doc);
  for (const ref of scanReferences(ctx.doc).references) {
    if (ref.inCode || parentId(ref.id) !== m.id || seen.has(ref.line)) continue;
    // Child entries are headings below the document's own (`### Task [0001.02.03] - …`).
    const heading = md.headings.find((h) => h.line === ref.line && !h.setext);
    if (!heading || heading.level < 2) continue;
    const node = nodeFor(ctx.index, ref.id);
    if (!node) continue;
    seen.add(ref.line);
    out.push({
      range: ctx.doc.lines.range(heading.start, heading.end),
      title: node.missing ? `${LEVEL_NAMES[levelOf(ref.id)]} ${ref.id}: no document` : title(ref.id, node),
    });
  }
  return out;
}
