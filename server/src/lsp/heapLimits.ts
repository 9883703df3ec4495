import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * How large V8's young generation (both semi-spaces) may grow. V8 lets it reach 32 MB, which a
 * long-lived server then keeps resident and nearly empty; its size can only be set on Node's
 * command line, which a server started as `node server.js` by any client does not have, but its
 * growth can be stopped at run time. At 8 MB: 30 MB less after indexing 50,000 tasks and ~9 % more
 * CPU per edit; never letting it grow (2–4 MB) cost ~1.6× per edit (docs/PERFORMANCE.md).
 */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

/**
 * Keeps the server's heap close to what it holds. Call first thing, before anything is allocated in
 * bulk.
 *
 * The live heap is small (the index holds facts, not documents), but indexing a large workspace
 * allocates in a burst, after which V8 keeps the heap it grew to: a smaller growing factor made the
 * server's memory after indexing 50,000 tasks ~25 % smaller at no measured cost in indexing time.
 * The young generation doubles while many objects survive, as they do while indexing: once it
 * reaches `YOUNG_GENERATION_BYTES`, it stops growing.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=15');
  const youngGeneration = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  if (youngGeneration() >= YOUNG_GENERATION_BYTES) return setFlagsFromString('--semi-space-growth-factor=1');
  // It only grows during a collection: look after each one until it is time. (Collections in a
  // burst, before this callback runs, could grow it one doubling further.)
  const observer = new PerformanceObserver(() => {
    if (youngGeneration() < YOUNG_GENERATION_BYTES) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    observer.disconnect();
  });
  observer.observe({ entryTypes: ['gc'] });
}
