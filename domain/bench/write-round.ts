/**
 * Writes a generated national round to a file, chunk by chunk (a 10 M-line round is ≈ 770 MB, more
 * than one string holds): the input for an end-to-end `./jicai evaluate` run.
 *
 *   ../jicai node --import tsx bench/write-round.ts OUT.json [INSTITUTIONS] [RULESET]
 *
 * INSTITUTIONS × 65 products = demand lines (default 153,847 ≈ 10 M lines).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { generateRoundChunks, type RoundShape } from './generate-round.js';

/** Writes the round's chunks to `path`; returns the bytes written and the number of demand lines. */
export function writeRoundFile(path: string, shape: Partial<RoundShape>): { bytes: number; lines: number } {
  const round = generateRoundChunks(shape);
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of round.chunks) bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return { bytes, lines: round.demandLines };
}

const [out, institutions, ruleset] = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1] ?? ''}` && out !== undefined) {
  const t0 = performance.now();
  const written = writeRoundFile(out, {
    institutions: Number(institutions ?? 153_847),
    ...(ruleset === undefined ? {} : { ruleset }),
  });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${out}: ${written.lines} demand lines, ${Math.round(written.bytes / 1048576)} MB in ${seconds} s`,
  );
}
