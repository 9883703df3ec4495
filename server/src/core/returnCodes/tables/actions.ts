/**
 * Where a transition leads, read from its "next state" or "action" cell: the states it names
 * (`Proceed to next state (LOOP or WORK)` → LOOP, WORK), whether it ends the flow (`Exit with
 * error`), or neither (`Determine remediation path`: decided at run time).
 */
export interface Destination {
  /** States named, in order, each with its offset in the cell text. */
  readonly states: readonly { readonly name: string; readonly index: number }[];
  readonly exits: boolean;
}

const EXIT = /\b(?:exit|stop|halt|abort|terminate|end)(?:s|ed|ing)?\b/i;
const WORD = /[A-Za-z][A-Za-z0-9_]*/g;
/** Words that end the flow rather than name a state. */
const ENDS: ReadonlySet<string> = new Set(['EXIT', 'END', 'STOP', 'HALT', 'ABORT', 'TERMINATE', 'DONE_EXIT']);

/**
 * Reads a cell against the flow's state names (exact, in upper case as the flow writes them, or
 * with a level prefix such as `TASK_WORK` for `WORK`). Another upper-case word of three letters or
 * more is taken for a state too (one without a document, or misspelt), unless it is in `notStates`
 * (the flow's codes) or names the end of the flow (`EXIT`).
 */
export function destinationOf(cell: string, states: ReadonlySet<string>, notStates: ReadonlySet<string> = new Set()): Destination {
  const found: { name: string; index: number }[] = [];
  for (const m of cell.matchAll(WORD)) {
    const word = m[0];
    if (word !== word.toUpperCase()) continue;
    const name = states.has(word)
      ? word
      : (stateOfInstance(word, states) ?? (word.length >= 3 && /^[A-Z_]+$/.test(word) && !notStates.has(word) && !ENDS.has(word) ? word : undefined));
    if (name && !found.some((f) => f.name === name)) found.push({ name, index: m.index });
  }
  return { states: found, exits: EXIT.test(cell) || /^\s*(?:EXIT|END)\s*$/.test(cell) };
}

/** `TASK_WORK` → `WORK` when `WORK` is a state: an orchestration level's instance of a state. */
export function stateOfInstance(word: string, states: ReadonlySet<string>): string | undefined {
  const at = word.lastIndexOf('_');
  if (at <= 0) return undefined;
  const tail = word.slice(at + 1);
  return states.has(tail) ? tail : undefined;
}
