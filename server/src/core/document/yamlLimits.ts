/**
 * Cheap, linear checks run before frontmatter is handed to the YAML parser. The `yaml` package
 * parses nesting by recursion and only notices a too-deep document when the JavaScript stack
 * overflows (it then reports RESOURCE_EXHAUSTION): the depth at which that happens depends on the
 * host's stack, the tree it leaves behind is as deep as the stack allowed, and every rule that walks
 * it recursively would risk the same overflow. Real frontmatter nests a few levels; anything past
 * MAX_YAML_DEPTH is refused here, in time linear in its length, with one clear problem.
 */

/** Deepest nesting (flow brackets plus block levels) that frontmatter may have. */
export const MAX_YAML_DEPTH = 100;

/** At most this many YAML errors are kept per document; the rest are summarised in one. */
export const MAX_YAML_ERRORS = 50;

export interface DepthExcess {
  /** Offset (within the content) where the nesting first exceeds the limit. */
  offset: number;
  depth: number;
}

/**
 * Finds the first place where the content nests deeper than `limit`, counting open `[`/`{` outside
 * quotes and comments plus the block structure of the line (indentation levels and `- ` sequence
 * entries written on one line). An over-estimate is harmless (the limit is far above real use);
 * the check must never under-count a bomb, so it errs on counting.
 */
export function findExcessiveNesting(content: string, limit = MAX_YAML_DEPTH): DepthExcess | undefined {
  const indents: number[] = []; // indentation of each open block level
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let i = 0;
  const n = content.length;
  while (i < n) {
    // Start of a line: measure indentation and leading `- ` entries (block structure).
    const lineStart = i;
    let indent = 0;
    while (i < n && (content.charCodeAt(i) === 32 || content.charCodeAt(i) === 9)) {
      i++;
      indent++;
    }
    if (flow === 0 && quote === undefined && i < n && content[i] !== '\n' && content[i] !== '\r' && content[i] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // `- - - x` nests one sequence per dash on a single line.
      while (i + 1 < n && content[i] === '-' && (content[i + 1] === ' ' || content[i + 1] === '\t')) {
        indents.push(indent + (i - lineStart) + 1);
        i += 2;
        while (i < n && content[i] === ' ') i++;
      }
      if (indents.length > limit) return { offset: i, depth: indents.length };
    }
    // Rest of the line: flow brackets outside quotes and comments.
    let prev = i > lineStart ? content[i - 1] : ' ';
    while (i < n && content[i] !== '\n' && content[i] !== '\r') {
      const c = content[i]!;
      if (quote) {
        if (c === quote) quote = undefined;
        else if (c === '\\' && quote === '"') i++;
      } else if (c === '#' && (prev === ' ' || prev === '\t')) {
        while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
        break;
      } else if ((c === '"' || c === "'") && (flow > 0 || prev === ' ' || prev === '[' || prev === '{' || prev === ',' || prev === ':')) {
        quote = c;
      } else if (c === '[' || c === '{') {
        flow++;
        if (flow + indents.length > limit) return { offset: i, depth: flow + indents.length };
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
      prev = c;
      i++;
    }
    // Skip the line break.
    if (content[i] === '\r') i++;
    if (content[i] === '\n') i++;
    // A single-quoted or plain scalar never spans a block line boundary in a way that hides
    // brackets from us for long; double-quoted ones may, and keep `quote` set across lines.
    if (quote === "'" && flow === 0) quote = undefined;
  }
  return undefined;
}
