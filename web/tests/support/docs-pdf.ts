import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCS = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));

/**
 * With DOCS_SCREENSHOTS=1, keeps page 1 of a PDF as docs/screenshots/<name>.png, rendered by
 * poppler's pdftoppm at 80 dpi (docs/documents.md shows them); otherwise nothing.
 */
export function saveDocPdfImage(bytes: Uint8Array, name: string) {
  if (process.env.DOCS_SCREENSHOTS !== '1') return;
  mkdirSync(DOCS, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jicai-pdf-'));
  try {
    const pdf = path.join(dir, `${name}.pdf`);
    writeFileSync(pdf, bytes);
    execFileSync('pdftoppm', [
      '-r',
      '80',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(DOCS, name),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
