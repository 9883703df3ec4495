/** The line break a text uses (CRLF when it has any), so inserted lines match the file. */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
