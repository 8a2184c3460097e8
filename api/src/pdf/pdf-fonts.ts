import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The font names every PDF registers: Chinese text in the regular or the bold weight. */
export const FONT = { regular: 'cjk', bold: 'cjk-bold' } as const;

/** A parsed font, handed to pdfkit as is (pdfkit accepts any object with fontkit's `layout`). */
export type CjkFont = fontkit.Font;

export interface CjkFonts {
  readonly regular: CjkFont;
  readonly bold: CjkFont;
}

const require = createRequire(import.meta.url);

// Noto Sans SC (OFL) from npm: installed with the packages, never fetched at run time. A TTF, not a
// WOFF2 (pdfkit renders WOFF2 glyphs blank), subset-embedded by pdfkit into each PDF.
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let fonts: CjkFonts | undefined;

/**
 * The fonts, read and parsed once per process. Parsing a 10 MB TTF per document cost 4 times the
 * whole render (18 ms against 4.6 ms for a page); a parsed font gives the same bytes.
 */
export function loadCjkFonts(): CjkFonts {
  fonts ??= { regular: parse(FILES.regular), bold: parse(FILES.bold) };
  return fonts;
}

function parse(file: string): CjkFont {
  const font = fontkit.create(readFileSync(require.resolve(file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not one font`);
  return font;
}
