// Reads the JavaScript modules embedded in a Bun single-file executable (what npm installs as the
// Claude Code binary). Bun appends its module graph to the executable, ending with the trailer
// "\n---- Bun! ----\n". Before the trailer sits an offsets record: the graph's byte count (which
// reaches back from the record to the graph's first byte), a pointer to the module table, the entry
// point, … Each module table entry starts with four (offset, length) pairs: name, contents, source
// map, bytecode. Offsets count from the graph's first byte.
//
// Nothing here runs the binary. Every step checks what it reads and throws when the layout is not
// the one expected, so a newer Bun that changes the format fails loudly instead of yielding nothing.
import { readFileSync } from 'node:fs';

const TRAILER = Buffer.from('\n---- Bun! ----\n', 'latin1');
/** Offsets record before the trailer: u64 byte count, (u32, u32) modules, u32 entry, (u32, u32) argv, u32 flags. */
const OFFSETS_SIZE = 32;
/** Module table entry sizes seen in Bun releases, tried in order. */
const ENTRY_SIZES = [52, 48, 44, 40, 36, 32];
const NAME_PREFIXES = ['/$bunfs/', 'B:/~BUN/'];

export class BunGraphError extends Error {
  constructor(message) {
    super(`Bun module graph: ${message}`);
    this.name = 'BunGraphError';
  }
}

function pointer(buf, at) {
  return { offset: buf.readUInt32LE(at), length: buf.readUInt32LE(at + 4) };
}

/** The table entries when `size` is the entry size and `base` the start of the graph's bytes, or undefined. */
function tryEntries(buf, base, table, size) {
  if (table.length === 0 || table.length % size !== 0) return undefined;
  const entries = [];
  for (let at = base + table.offset; at < base + table.offset + table.length; at += size) {
    const name = pointer(buf, at);
    const contents = pointer(buf, at + 8);
    if (name.length === 0 || name.length > 4096) return undefined;
    if (base + name.offset + name.length > buf.length || base + contents.offset + contents.length > buf.length) return undefined;
    const text = buf.toString('utf8', base + name.offset, base + name.offset + name.length);
    if (!NAME_PREFIXES.some((p) => text.startsWith(p))) return undefined;
    entries.push({ name: text, contents: { offset: base + contents.offset, length: contents.length } });
  }
  return entries;
}

/**
 * The modules of a Bun executable: path (`/$bunfs/root/chunk-….js`) to source text, for the
 * JavaScript modules only. Throws a BunGraphError when the graph cannot be read.
 * @param {string | Buffer} binary path of the executable, or its bytes
 * @returns {Map<string, string>}
 */
export function readBunModules(binary) {
  const buf = typeof binary === 'string' ? readFileSync(binary) : binary;
  const trailer = buf.lastIndexOf(TRAILER);
  if (trailer < OFFSETS_SIZE) throw new BunGraphError('no "---- Bun! ----" trailer: not a Bun single-file executable');
  const offsets = trailer - OFFSETS_SIZE;
  const byteCount = Number(buf.readBigUInt64LE(offsets));
  const table = pointer(buf, offsets + 8);
  // The byte count runs from the start of the graph's bytes to the offsets record; allow a byte or
  // two of padding either way.
  const guess = offsets - byteCount;
  for (const delta of [0, -1, 1, -2, 2]) {
    const base = guess + delta;
    if (base < 0) continue;
    for (const size of ENTRY_SIZES) {
      const entries = tryEntries(buf, base, table, size);
      if (!entries) continue;
      const modules = new Map();
      for (const e of entries) {
        if (!/\.(?:m?js|cjs)$/.test(e.name)) continue;
        modules.set(e.name, buf.toString('utf8', e.contents.offset, e.contents.offset + e.contents.length));
      }
      if (modules.size === 0) throw new BunGraphError(`the module table (${entries.length} entries) holds no JavaScript module`);
      return modules;
    }
  }
  throw new BunGraphError(`the module table at ${table.offset} (${table.length} bytes) matches no known entry layout`);
}
