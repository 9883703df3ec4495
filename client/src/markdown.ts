/**
 * Plain text for a MarkdownString, escaped so that nothing in it is read as Markdown, HTML or a
 * theme icon. VS Code's own `MarkdownString.appendText` also turns every space into `&nbsp;`,
 * which keeps a tooltip from wrapping between words, so a long description breaks in the middle
 * of a word at the tooltip's edge ("(Rea|ct"). This keeps ordinary spaces. No `vscode` import:
 * unit tests run it in Node.
 */
export function markdownText(text: string): string {
  return (
    text
      // Every ASCII punctuation character may be backslash-escaped in CommonMark; `$` also starts a theme icon.
      .replace(/[\\`*_{}[\]()#+\-.!|~<>$&"'=:]/g, '\\$&')
      // Runs of spaces would collapse, and leading ones start code blocks: keep one breakable space.
      .replace(/[ \t]+/g, ' ')
      // A line break in the text is a paragraph break, as with appendText.
      .replace(/\r?\n/g, '\n\n')
  );
}
