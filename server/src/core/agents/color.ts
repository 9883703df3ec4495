import { COLORS } from '../spec/claudeCode';

/**
 * The supported colour closest to a colour name or hex value users write, or undefined when none
 * is close (greys, black, white). Names come from real files (`magenta`, `indigo`, `teal`, `gold`).
 */
const NAMED: Readonly<Record<string, string | undefined>> = {
  magenta: 'pink',
  fuchsia: 'pink',
  rose: 'pink',
  violet: 'purple',
  indigo: 'purple',
  lavender: 'purple',
  teal: 'cyan',
  aqua: 'cyan',
  turquoise: 'cyan',
  navy: 'blue',
  sky: 'blue',
  lime: 'green',
  emerald: 'green',
  olive: 'green',
  gold: 'yellow',
  amber: 'orange',
  brown: 'orange',
  crimson: 'red',
  maroon: 'red',
  scarlet: 'red',
  gray: undefined,
  grey: undefined,
  black: undefined,
  white: undefined,
  silver: undefined,
};

/** Hue in degrees of each supported colour, for hex values. */
const HUES: readonly [string, number][] = [
  ['red', 0],
  ['orange', 30],
  ['yellow', 55],
  ['green', 135],
  ['cyan', 190],
  ['blue', 220],
  ['purple', 275],
  ['pink', 330],
];

export function nearestColor(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if ((COLORS as readonly string[]).includes(v)) return v;
  if (v in NAMED) return NAMED[v];
  for (const c of COLORS) if (v.includes(c)) return c; // light-blue, dark_green
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.15) return undefined; // a grey: no hue to match
  let hue: number;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  let best = 'red';
  let bestDistance = Infinity;
  for (const [name, h] of HUES) {
    const d = Math.min(Math.abs(hue - h), 360 - Math.abs(hue - h));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
