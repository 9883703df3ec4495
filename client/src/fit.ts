/**
 * Tree labels that fit VS Code's default sidebar (300 px): an estimate of how wide a text is drawn,
 * and shorter forms for return codes and problem counts, so rows are not cut with an ellipsis
 * (`SUCCESS_TO_QUALITY_ASSU…`, `1 war…`). The full text stays in the tooltip. No `vscode` import:
 * unit tests run it in Node.
 */

/**
 * Approximate advance widths (px) of VS Code's sidebar font (system-ui 13 px), fitted to what
 * code-server's workbench draws (within a few px): `SUCCESS_TO_QUALITY_ASSURANCE` 233 px,
 * `quality-assurance` 115 px, the description `1 warning` 58 px.
 */
const WIDTH: Record<string, number> = { ' ': 3.6, '-': 4.6, _: 6.6, '.': 3.6, '/': 4.6, '·': 3.6, '…': 10, '%': 11 };

function charWidth(c: string): number {
  const w = WIDTH[c];
  if (w !== undefined) return w;
  if (c === 'I') return 3.9;
  if (c === 'M' || c === 'W') return 10.5;
  if (c >= 'A' && c <= 'Z') return 8.6;
  if (c >= '0' && c <= '9') return 7.9;
  if (c === 'i' || c === 'l' || c === 'j') return 3.4;
  if (c === 't' || c === 'f' || c === 'r') return 5;
  if (c === 'm' || c === 'w') return 10.8;
  return 7.7;
}

/** Estimated drawn width of a label (`description`: drawn smaller, as tree descriptions are). */
export function textWidth(text: string, description = false): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return description ? w * 0.95 : w;
}

/** Space between a label and its description. */
const GAP = 6;
/** Width a problem-count decoration (the red or yellow number at the row's right) takes. */
export const DECORATION = 17;

/**
 * Width left for label and description on a row at tree depth `level` (1 = top level), at the
 * default sidebar width; `decorated` rows (a file with problems) lose the decoration's width.
 */
export function rowWidth(level: number, decorated: boolean): number {
  // Measured: 225 px at level 1, 8 px less per level; a few px kept for the estimate's error.
  return 231 - 8 * level - (decorated ? DECORATION : 0);
}

/** Whether `label` with `description` fits in `width`. */
export function fits(label: string, description: string, width: number): boolean {
  return textWidth(label) + (description ? GAP + textWidth(description, true) : 0) <= width;
}

/** The first description of `forms` (longest first) that fits beside `label`; the last one otherwise. */
export function fitDescription(label: string, forms: readonly string[], width: number): string {
  for (const form of forms) if (fits(label, form, width)) return form;
  return forms[forms.length - 1] ?? '';
}

/**
 * A return code shortened to fit `width` beside `description`: whole `_` segments are dropped from
 * the middle (`SUCCESS_TO_…_ASSURANCE`), keeping the family at the start and the target at the end;
 * a code that still does not fit keeps its start. Codes that fit are returned as they are.
 */
export function fitCode(code: string, description: string, width: number): string {
  if (fits(code, description, width)) return code;
  const parts = code.split('_');
  let best = '';
  for (let head = parts.length - 1; head >= 1; head--) {
    for (let tail = parts.length - head - 1; tail >= 1; tail--) {
      const candidate = `${parts.slice(0, head).join('_')}_…_${parts.slice(parts.length - tail).join('_')}`;
      if (candidate.length > best.length && fits(candidate, description, width)) best = candidate;
    }
  }
  if (best) return best;
  let cut = code;
  while (cut.length > 1 && !fits(`${cut}…`, description, width)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
