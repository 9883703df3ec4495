// Timing and peak memory of child processes: wall time measured around the spawn, peak RSS from
// GNU time (`/usr/bin/time`), or, without it, from a preload that reports the child's own maxRSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

/** Makes sure GNU time is there (installs Debian `time` when running as root); false when it is not. */
export function ensureGnuTime(log = console.error) {
  if (existsSync(GNU_TIME)) return true;
  if (process.getuid?.() === 0) {
    log('installing Debian package `time` for peak-memory figures …');
    spawnSync('apt-get', ['install', '-y', 'time'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return existsSync(GNU_TIME);
}

const scratch = mkdtempSync(join(tmpdir(), 'agent-docs-measure-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const preload = join(scratch, 'maxrss.cjs');
writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(process.env.AGENT_DOCS_MAXRSS_OUT, String(process.resourceUsage().maxRSS)));\n`);

/**
 * Runs `node ARGS` once with stdout sent to /dev/null. Returns wall milliseconds, peak RSS in MB
 * and the exit status.
 */
export function runNode(args, { cwd, useGnuTime = existsSync(GNU_TIME) } = {}) {
  const out = join(scratch, 'rss.txt');
  rmSync(out, { force: true });
  const devnull = openSync('/dev/null', 'w');
  const [cmd, argv, env] = useGnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', out, process.execPath, ...args], process.env]
    : [process.execPath, ['--require', preload, ...args], { ...process.env, AGENT_DOCS_MAXRSS_OUT: out }];
  // Without GNU time the preload writes only the peak RSS (no CPU time).
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, env, stdio: ['ignore', devnull, 'pipe'], maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  closeSync(devnull);
  if (r.error) throw r.error;
  const [kb, user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const cpuMs = user === undefined ? undefined : (user + sys) * 1000;
  return { ms, cpuMs, rssMb: kb / 1024, status: r.status, stderr: r.stderr.toString() };
}

/** The median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The p-th percentile (nearest rank). */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Runs each named `node` command `runs` times, interleaved (a, b, c, a, b, c, …) so that load from
 * other processes on a shared machine falls on all of them alike, after one unmeasured warm-up
 * round for the file cache. Returns medians per name.
 */
export function interleavedRuns(commands, runs) {
  const names = Object.keys(commands);
  for (const n of names) runNode(commands[n].args, commands[n]);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) for (const n of names) samples[n].push(runNode(commands[n].args, commands[n]));
  return Object.fromEntries(
    names.map((n) => {
      const s = samples[n];
      const cpu = s.map((x) => x.cpuMs).filter((x) => x !== undefined);
      return [
        n,
        {
          ms: median(s.map((x) => x.ms)),
          cpuMs: cpu.length ? median(cpu) : undefined,
          rssMb: median(s.map((x) => x.rssMb)),
          status: s[0].status,
          stderr: s[0].stderr,
        },
      ];
    }),
  );
}
