/**
 * Just enough of POSIX shell word splitting to find the words of a hook command, where each word
 * is, and which of its characters are quoted. Nothing is expanded or run.
 */
export interface ShellWord {
  /** Index of the word's first character in the command. */
  readonly start: number;
  readonly end: number;
  /** The word with quotes removed (variables left as written). */
  readonly text: string;
  /** For each character of `text`, its index in the command and whether it was quoted. */
  readonly chars: readonly { readonly index: number; readonly quoted: boolean }[];
  /** The first word of a simple command (at the start, or after `;`, `&&`, `|`, `(` …). */
  readonly commandStart: boolean;
}

/** Characters that end a word and start an operator (`;`, `&&`, `|`, redirections, subshells). */
const OPERATOR = new Set([';', '&', '|', '<', '>', '(', ')']);

/** Splits a command into words; operators split commands and are not words. */
export function shellWords(command: string): ShellWord[] {
  const words: ShellWord[] = [];
  let i = 0;
  let atStart = true;
  while (i < command.length) {
    const c = command[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || OPERATOR.has(c)) {
      // A redirection's target is a word, not a new command.
      if (OPERATOR.has(c)) atStart = c !== '<' && c !== '>';
      i++;
      continue;
    }
    const start = i;
    let text = '';
    const chars: { index: number; quoted: boolean }[] = [];
    while (i < command.length) {
      const ch = command[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\n' || OPERATOR.has(ch)) break;
      if (ch === '\\' && i + 1 < command.length) {
        text += command[i + 1];
        chars.push({ index: i + 1, quoted: true });
        i += 2;
      } else if (ch === "'") {
        const close = command.indexOf("'", i + 1);
        const stop = close === -1 ? command.length : close;
        for (let j = i + 1; j < stop; j++) {
          text += command[j];
          chars.push({ index: j, quoted: true });
        }
        i = stop + 1;
      } else if (ch === '"') {
        let j = i + 1;
        while (j < command.length && command[j] !== '"') {
          if (command[j] === '\\' && j + 1 < command.length) j++;
          text += command[j];
          chars.push({ index: j, quoted: true });
          j++;
        }
        i = j + 1;
      } else {
        text += ch;
        chars.push({ index: i, quoted: false });
        i++;
      }
    }
    words.push({ start, end: Math.min(i, command.length), text, chars, commandStart: atStart });
    atStart = false;
  }
  return words;
}

/** `NAME=value` before a command: an environment assignment, not the program. */
export function isAssignment(word: ShellWord): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.text);
}

/**
 * Where a variable (`$NAME` or `${NAME}`, NAME among `names`) is used unquoted in a command: the
 * index range of each use, and the word it is in.
 */
export function unquotedVariables(command: string, names: readonly string[]): { start: number; end: number; name: string; word: ShellWord }[] {
  const out: { start: number; end: number; name: string; word: ShellWord }[] = [];
  const pattern = new RegExp(`\\$(?:\\{(${names.join('|')})\\}|(${names.join('|')})(?![A-Za-z0-9_]))`, 'g');
  for (const word of shellWords(command)) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(word.text); m; m = pattern.exec(word.text)) {
      const first = word.chars[m.index]!;
      const last = word.chars[m.index + m[0].length - 1]!;
      if (first.quoted) continue;
      out.push({ start: first.index, end: last.index + 1, name: (m[1] ?? m[2])!, word });
    }
  }
  return out;
}

/** The program of each simple command: its first word after any `NAME=value` assignments. */
export function programWords(words: readonly ShellWord[]): ShellWord[] {
  const out: ShellWord[] = [];
  let looking = false;
  for (const word of words) {
    if (word.commandStart) looking = true;
    if (!looking) continue;
    if (isAssignment(word)) continue;
    out.push(word);
    looking = false;
  }
  return out;
}
