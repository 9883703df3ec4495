import type { LineIndex } from './lineIndex';
import type { TextEdit } from '../types';

/**
 * Chooses which fixes one fix-all pass applies together. A fix is taken whole or not at all:
 * applying part of a multi-edit fix could leave the text half changed. A fix whose edits are all
 * identical to edits already taken is a duplicate (two findings offering the same repair) and is
 * skipped, or it would be applied twice (`]` becoming `]]`). A fix that overlaps a taken edit waits
 * for the next pass, when it is computed again on the changed text.
 */
export class FixSelection {
  private readonly taken: { start: number; end: number; newText: string }[] = [];
  readonly edits: TextEdit[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** Takes the fix's edits unless they duplicate or collide with ones already taken. */
  offer(edits: readonly TextEdit[]): boolean {
    const spans = edits.map((e) => ({ start: this.lines.offsetAt(e.range.start), end: this.lines.offsetAt(e.range.end), newText: e.newText }));
    if (spans.every((s) => this.taken.some((t) => t.start === s.start && t.end === s.end && t.newText === s.newText))) return false;
    if (spans.some((s) => this.taken.some((t) => collide(s, t)))) return false;
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) if (collide(spans[i]!, spans[j]!)) return false;
    }
    this.taken.push(...spans);
    this.edits.push(...edits);
    return true;
  }
}

/** Two edits collide when their ranges overlap, or both insert at the same place. */
function collide(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
