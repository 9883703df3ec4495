/**
 * The single-byte code pages that damage UTF-8 text: Windows-1252 and ISO-8859-1 (Latin-1).
 * Both map bytes 0xA0-0xFF to U+00A0-U+00FF. They differ on 0x80-0x9F: Windows-1252 maps 27 of
 * them to typographic characters (`€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`), while
 * Latin-1 maps all of them to the C1 controls U+0080-U+009F. The five bytes Windows-1252 leaves
 * undefined (0x81 0x8D 0x8F 0x90 0x9D) survive most decoders as those C1 controls too.
 */

/** Windows-1252 bytes 0x80-0x9F that differ from Latin-1, keyed by the character they decode to. */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/**
 * The byte a non-ASCII UTF-16 code unit came from if the text was decoded as Windows-1252 or
 * Latin-1, or undefined when no such byte exists (so the character cannot be damage).
 */
export function byteOfChar(code: number): number | undefined {
  if (code >= 0x80 && code <= 0xff) return code; // Latin-1, and C1 controls kept for undefined bytes
  return CP1252_HIGH[code];
}
