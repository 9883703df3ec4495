import { LEVEL_NAMES, levelOf } from '../../tasks/ids';
import { percentDone, progressBar, progressCounts } from '../../tasks/progressText';
import { taskIdTable, type TaskNode } from '../../tasks/tree';
import { basename } from '../../text/names';
import type { FeatureContext, Hover } from '../types';
import { nodeFor, referenceAt } from './at';

/** Markdown describing a task, story or epic: title, statuses, a progress bar, counts and its file. */
export function describeTask(id: string, node: TaskNode | undefined, duplicates = 0): string {
  const what = LEVEL_NAMES[levelOf(id)];
  const lines = [`**${what} ${id}**${node?.title ? ` — ${node.title}` : ''}`];
  if (!node || node.missing) {
    lines.push('', 'No document has this ID.');
    return lines.join('\n');
  }
  const statuses = [node.status && `Status: \`${node.status}\``, node.qaStatus && `QA: \`${node.qaStatus}\``].filter(Boolean);
  if (statuses.length) lines.push('', statuses.join(' · '));
  lines.push('', `\`${progressBar(node.progress)}\` ${percentDone(node.progress)}% — ${progressCounts(node.progress)}`);
  if (node.tasksTotal > 0 && levelOf(id) < 3) lines.push('', `${node.tasksCompleted} of ${node.tasksTotal} tasks completed`);
  if (node.file) lines.push('', `[${basename(node.file)}](${node.file})`);
  if (duplicates > 1) lines.push('', `⚠ ${duplicates} files have this ID.`);
  return lines.join('\n');
}

/** Hover on a task, story or epic ID. */
export function taskHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const ref = referenceAt(ctx, offset);
  if (!ref) return undefined;
  const duplicates = taskIdTable(ctx.index).byId.get(ref.id)?.length ?? 0;
  return {
    contents: { kind: 'markdown', value: describeTask(ref.id, nodeFor(ctx.index, ref.id), duplicates) },
    range: ctx.doc.lines.range(ref.start, ref.end),
  };
}
