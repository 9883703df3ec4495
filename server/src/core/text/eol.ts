/**
 * Line endings of a fixed text. Fixes insert `\n`-terminated lines; in a file that uses CRLF
 * throughout, those must become CRLF too, or the file turns mixed. A file that is already mixed
 * (or uses `\n`) is left exactly as it is: only the fixes' own text could be changed, and we
 * cannot know which ending the author wanted there.
 */

/** `crlf` when every line break is CRLF, `lf` when every one is LF, else `mixed` (or `none`). */
export function lineEndingStyle(text: string): 'crlf' | 'lf' | 'cr' | 'mixed' | 'none' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

/** Gives `fixed` the line endings of `original` when the original used CRLF (or CR) throughout. */
export function keepLineEndings(original: string, fixed: string): string {
  const style = lineEndingStyle(original);
  if (style === 'crlf') return fixed.replace(/\r?\n/g, '\r\n');
  if (style === 'cr') return fixed.replace(/\r?\n/g, '\r');
  return fixed;
}

/** The line break a text uses (CRLF when it has any), so inserted lines match the file. */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
