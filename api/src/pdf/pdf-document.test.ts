import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../test-support/pdf-text.js';
import { drawFields, drawSection, drawTitle, renderPdf, type PdfMeta } from './pdf-document.js';

const meta: PdfMeta = {
  title: '投标回执',
  issuedAt: new Date('2026-03-02T01:02:03.456Z'),
  verification: { code: '7K3M-Q9TX-2B4R', url: 'https://jicai.example.cn/verify/7K3M-Q9TX-2B4R' },
};

function render(m: PdfMeta = meta): Promise<Buffer> {
  return renderPdf(m, (doc) => {
    drawTitle(doc, '国家组织药品集中采购', '投标回执');
    drawFields(doc, [
      ['投标企业', '华北制药股份有限公司'],
      ['品种', '阿莫西林胶囊 0.25g×24粒'],
    ]);
    drawSection(doc, '说明');
    doc.text('本回执不含报价；开标前任何人无法读取报价。');
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a PDF rendered by the base', () => {
  it('is the same bytes for the same data, every time', async () => {
    const [a, b] = [await render(), await render()];
    expect(a.equals(b)).toBe(true);
    expect(sha256(a)).toBe(sha256(b));
  });

  it('differs when the data differs, dates included', async () => {
    const later = await render({ ...meta, issuedAt: new Date('2026-03-02T01:02:04Z') });
    expect(sha256(later)).not.toBe(sha256(await render()));
  });

  it('carries its dates and /ID from the data, not the clock', async () => {
    const text = (await render()).toString('latin1');
    // pdfkit writes both dates as indirect string objects
    expect(text.match(/\(D:20260302010203Z\)/g)).toHaveLength(2);
    expect(text).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
    // the code in plain ASCII in the info dictionary, for tools without a PDF parser
    expect(text).toContain('(verification:7K3M-Q9TX-2B4R)');
  });

  it('embeds a subset of the CJK font, and its Chinese reads back as text', async () => {
    const bytes = await render();
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(bytes.length).toBeLessThan(60_000);
    const [page] = await pdfPageTexts(bytes);
    expect(page).toContain('华北制药股份有限公司');
    expect(page).toContain('开标前任何人无法读取报价');
    expect(page).toContain('验证码 7K3M-Q9TX-2B4R');
    expect(page).toContain('https://jicai.example.cn/verify/7K3M-Q9TX-2B4R');
    expect(page).toContain('第 1 页 共 1 页');
  });

  it('numbers every page when the body runs over', async () => {
    const bytes = await renderPdf(meta, (doc) => {
      for (let i = 0; i < 120; i++) doc.text(`第 ${i} 行`);
    });
    const pages = await pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).toContain(`第 ${pages.length} 页 共 ${pages.length} 页`);
  });
});
