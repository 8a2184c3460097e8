import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Memory of one benchmark phase. The phases are synchronous, so nothing can sample during them:
 * the peak RSS is the kernel's high-water mark (VmHWM in /proc/self/status), reset before the phase
 * by writing 5 to /proc/self/clear_refs (Linux); the heap is V8's committed heap (heapTotal) and the
 * live heap (heapUsed) right after the phase, before any forced collection: heapTotal only shrinks
 * at a collection, so it is close to the phase's peak heap.
 */
export interface PhaseMemory {
  readonly peakRssMb: number;
  readonly heapTotalMb: number;
  readonly heapUsedMb: number;
}

export const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** Starts a new RSS high-water mark; false where the kernel has no such file (then: process lifetime). */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function peakRssMb(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) return Math.round(Number(match[1]) / 1024);
  } catch {
    // no procfs: the process's lifetime peak below
  }
  return mb(process.resourceUsage().maxRSS * 1024);
}

export function phaseMemory(): PhaseMemory {
  const { heapTotal, heapUsed } = process.memoryUsage();
  return { peakRssMb: peakRssMb(), heapTotalMb: mb(heapTotal), heapUsedMb: mb(heapUsed) };
}
