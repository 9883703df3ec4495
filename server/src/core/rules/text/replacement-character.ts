import type { Rule } from '../types';

/** Findings past this many in one file add nothing but noise. */
const MAX_REPORTS = 20;

export const replacementCharacter: Rule = {
  id: 'replacement-character',
  description: 'The text contains U+FFFD (�): bytes that were not valid UTF-8 were replaced when the file was read.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: false,
  consequence: {
    text: 'The original characters are gone, for Claude Code too: U+FFFD stands where bytes were not valid UTF-8.',
    evidence: ['the UTF-8 decoding of every reader (WHATWG Encoding Standard: replacement character)'],
  },
  docs: `U+FFFD is what a UTF-8 reader puts in place of bytes it cannot decode: the file was saved in
another encoding (Windows-1252, Latin-1) or was cut in the middle of a character. The original
characters are lost at that point, for Claude Code too. Re-save the file as UTF-8 and retype them.
Runs of replacement characters are reported once each, at most ${MAX_REPORTS} per file.

\`\`\`yaml
description: Caf� r�sum� reviewer   # the original letters are gone: retype them
\`\`\``,
  check(ctx) {
    const { text } = ctx.doc;
    let reported = 0;
    for (let i = text.indexOf('\ufffd'); i !== -1 && reported < MAX_REPORTS; i = text.indexOf('\ufffd', i)) {
      let end = i + 1;
      while (text.charCodeAt(end) === 0xfffd) end++;
      ctx.report({ start: i, end, message: 'Replacement character (U+FFFD): bytes here were not valid UTF-8 and are lost. Re-save the file as UTF-8.' });
      reported++;
      i = end;
    }
  },
};
