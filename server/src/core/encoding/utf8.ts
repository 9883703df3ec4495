/**
 * Reads one UTF-8 sequence from bytes, strictly: no overlong forms, no surrogates, nothing above
 * U+10FFFF. Returns the code point and the sequence length, or undefined.
 */
export function decodeUtf8Sequence(bytes: readonly number[], at: number): { codePoint: number; length: number } | undefined {
  const lead = bytes[at];
  if (lead === undefined) return undefined;
  let length: number;
  let cp: number;
  let min: number;
  if (lead >= 0xc2 && lead <= 0xdf) [length, cp, min] = [2, lead & 0x1f, 0x80];
  else if (lead >= 0xe0 && lead <= 0xef) [length, cp, min] = [3, lead & 0x0f, 0x800];
  else if (lead >= 0xf0 && lead <= 0xf4) [length, cp, min] = [4, lead & 0x07, 0x10000];
  else return undefined;
  for (let i = 1; i < length; i++) {
    const b = bytes[at + i];
    if (b === undefined || (b & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return { codePoint: cp, length };
}
