import iconv from 'iconv-lite';
import { AppError } from '../http/app-error.js';

/** What offices' spreadsheets write: Excel on Chinese Windows saves "CSV" as GBK, "Unicode text" as UTF-16. */
export const CSV_ENCODINGS_EN =
  'UTF-8 (with or without BOM), GB18030/GBK (Excel "CSV (逗号分隔)" on Chinese Windows) or UTF-16 with BOM (Excel "Unicode 文本")';
const CSV_ENCODINGS_ZH =
  'UTF-8（带或不带 BOM）、GB18030/GBK（中文 Windows 下 Excel 的“CSV (逗号分隔)”）或带 BOM 的 UTF-16（Excel 的“Unicode 文本”）';

export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** charset labels a client may declare; GBK and GB2312 are subsets of GB18030 */
const LABELS: Record<string, CsvEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

const undecodable = (why: string, whyZh: string) =>
  new AppError(
    'IMPORT_REJECTED',
    {
      en: `the file could not be read as text: ${why}. Save it as ${CSV_ENCODINGS_EN}`,
      zh: `无法按文本读取该文件：${whyZh}。请另存为 ${CSV_ENCODINGS_ZH}`,
    },
    [
      {
        path: 'file',
        message: `${why}; accepted: ${CSV_ENCODINGS_EN}`,
        messageZh: `${whyZh}；可用编码：${CSV_ENCODINGS_ZH}`,
      },
    ],
  );

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function detect(bytes: Uint8Array): CsvEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without its BOM: the high byte of every ASCII character is zero
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  if (oddZeros > sample.length / 8 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > sample.length / 8 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * The CSV file's bytes as text: by BOM, by the declared charset, as UTF-8 when every byte sequence
 * is valid UTF-8, else as GB18030 (GBK's superset). Bytes that do not decode refuse the file (422,
 * naming the encodings that work), so no replacement character is ever stored.
 */
export function decodeCsv(
  bytes: Uint8Array,
  declaredCharset?: string,
): { text: string; encoding: CsvEncoding } {
  let encoding = detect(bytes);
  if (!encoding && declaredCharset) {
    encoding = LABELS[declaredCharset.toLowerCase()] ?? null;
    if (!encoding)
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        {
          en: `charset ${declaredCharset} is not accepted; send ${CSV_ENCODINGS_EN}`,
          zh: `不接受字符集 ${declaredCharset}；请使用 ${CSV_ENCODINGS_ZH}`,
        },
        [
          {
            path: 'header.Content-Type',
            message: `charset ${declaredCharset} is not accepted`,
            messageZh: `不接受字符集 ${declaredCharset}`,
          },
        ],
      );
  }
  if (encoding === 'utf-8' || encoding === null) {
    try {
      const text = strictUtf8.decode(bytes);
      return checked(text.startsWith('\ufeff') ? text.slice(1) : text, 'utf-8');
    } catch {
      if (encoding === 'utf-8') throw undecodable('it is not valid UTF-8', '不是有效的 UTF-8');
    }
    encoding = 'gb18030';
  }
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && bytes.length % 2 !== 0)
    throw undecodable('it has an odd number of bytes for UTF-16', 'UTF-16 文件的字节数不应为奇数');
  // iconv-lite strips a leading BOM and writes U+FFFD for every byte sequence it cannot map
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  if (text.includes('\ufffd'))
    throw undecodable(
      encoding === 'gb18030'
        ? 'it is neither UTF-8 nor GB18030/GBK'
        : `it is not valid ${encoding.toUpperCase()}`,
      encoding === 'gb18030' ? '既不是 UTF-8，也不是 GB18030/GBK' : `不是有效的 ${encoding.toUpperCase()}`,
    );
  return checked(text, encoding);
}

/** NUL never occurs in a spreadsheet's text: it is a binary file (an .xlsx) or another encoding (UTF-32). */
function checked(text: string, encoding: CsvEncoding) {
  if (text.includes('\u0000'))
    throw undecodable(
      'it contains NUL bytes (a binary file such as .xlsx, or UTF-32)',
      '含有 NUL 字节（可能是 .xlsx 等二进制文件，或 UTF-32 编码）',
    );
  return { text, encoding };
}
