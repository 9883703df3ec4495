// Draws the time-against-workspace-size chart as SVG and converts it to PNG with rsvg-convert
// (Debian librsvg2-bin, installed when running as root and missing).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const W = 720;
const H = 420;
const M = { left: 64, right: 190, top: 40, bottom: 56 };
const COLORS = ['#888888', '#1f6feb', '#d1242f', '#2da44e', '#8250df'];

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function niceMax(v) {
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((x) => x >= v);
}

/**
 * series: [{ label, points: [[x, y]], dashed? }]; x is the number of files, y seconds.
 * Returns the SVG text.
 */
export function chartSvg({ title, xLabel, yLabel, series }) {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const xMax = niceMax(Math.max(...xs));
  const yMax = niceMax(Math.max(...ys) * 1.05);
  const px = (x) => M.left + (x / xMax) * (W - M.left - M.right);
  const py = (y) => H - M.bottom - (y / yMax) * (H - M.top - M.bottom);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="DejaVu Sans, sans-serif" font-size="12">`];
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${W / 2 - M.right / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`);
  for (let i = 0; i <= 5; i++) {
    const y = (yMax * i) / 5;
    const x = (xMax * i) / 5;
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py(y)}" y2="${py(y)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${M.left - 8}" y="${py(y) + 4}" text-anchor="end">${+y.toFixed(2)}</text>`);
    out.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="#333"/>`);
    out.push(`<text x="${px(x)}" y="${H - M.bottom + 19}" text-anchor="middle">${Math.round(x).toLocaleString('en')}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">${esc(xLabel)}</text>`);
  out.push(`<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = s.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="7 5"' : ''}/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${color}"/>`);
    const ly = M.top + 14 + i * 22;
    out.push(
      `<line x1="${W - M.right + 14}" x2="${W - M.right + 40}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="7 5"' : ''}/>`,
    );
    out.push(`<text x="${W - M.right + 46}" y="${ly}">${esc(s.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Makes sure rsvg-convert exists (apt-get when root); false when it cannot be had. */
export function ensureRsvg(log = console.error) {
  const has = () => spawnSync('rsvg-convert', ['--version'], { stdio: 'ignore' }).status === 0;
  if (has()) return true;
  if (process.getuid?.() === 0) {
    log('installing Debian packages librsvg2-bin and fonts-dejavu-core for the chart …');
    spawnSync('apt-get', ['install', '-y', 'librsvg2-bin', 'fonts-dejavu-core'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  return has();
}

/** Writes the chart as `png` (and the SVG beside it when PNG conversion is impossible). */
export function writeChart(spec, png, log = console.error) {
  const svg = chartSvg(spec);
  if (!ensureRsvg(log)) {
    const svgPath = png.replace(/\.png$/, '.svg');
    writeFileSync(svgPath, svg);
    log(`rsvg-convert unavailable: wrote ${svgPath} instead of a PNG`);
    return svgPath;
  }
  const r = spawnSync('rsvg-convert', ['-f', 'png', '-o', png], { input: svg });
  if (r.status !== 0) throw new Error(`rsvg-convert failed: ${r.stderr}`);
  return png;
}
