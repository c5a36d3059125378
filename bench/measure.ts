/**
 * A tiny benchmark helper for bench/*.bench.ts files: warms up, then times batches until `minMs` has passed, and
 * prints operations per second and the median time per operation. No dependencies, so any bench file can use it.
 */
import { performance } from 'node:perf_hooks';

/** The middle value of `xs` (the upper one of the two middles for an even count); `xs` is left unsorted. */
export function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** One measured result. */
export interface Measurement {
  name: string;
  opsPerSecond: number;
  medianMicros: number;
  samples: number;
}

/** Times `fn` and prints one line; returns the numbers for files that want to assert budgets. */
export function measure(name: string, fn: () => unknown, { minMs = 500, batch = 1000 } = {}): Measurement {
  for (let i = 0; i < batch; i++) fn();
  const perOp: number[] = [];
  const start = performance.now();
  while (performance.now() - start < minMs) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perOp.push(((performance.now() - t0) * 1000) / batch);
  }
  perOp.sort((a, b) => a - b);
  const medianMicros = perOp[Math.floor(perOp.length / 2)];
  const result = { name, opsPerSecond: Math.round(1e6 / medianMicros), medianMicros, samples: perOp.length * batch };
  console.log(
    `${name.padEnd(52)} ${result.opsPerSecond.toLocaleString('en-US').padStart(12)} ops/s  ${medianMicros.toFixed(3).padStart(9)} µs/op`,
  );
  return result;
}
