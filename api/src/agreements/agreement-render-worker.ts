import { parentPort } from 'node:worker_threads';
import type { Verification } from '../pdf/pdf-document.js';
import type { AgreementDocument } from './agreement-document.js';
import { renderAgreementPdf } from './agreement-pdf.js';

/** A render thread of the pool (agreement-render-pool.ts): one agreement in, its PDF bytes out. */
export interface RenderJob {
  readonly id: number;
  readonly agreement: AgreementDocument;
  readonly verification: Verification;
}

export type RenderAnswer =
  { readonly id: number; readonly bytes: Uint8Array } | { readonly id: number; readonly error: string };

parentPort?.on('message', (job: RenderJob) => {
  renderAgreementPdf(job.agreement, job.verification).then(
    (bytes) => {
      const copy = new Uint8Array(bytes); // its own buffer, moved to the caller rather than copied again
      parentPort?.postMessage({ id: job.id, bytes: copy } satisfies RenderAnswer, [copy.buffer]);
    },
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: (error as Error).message || String(error),
      } satisfies RenderAnswer),
  );
});
