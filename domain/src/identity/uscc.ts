/** GB 32100-2015 unified social credit code (统一社会信用代码): 18 characters, the last a check character. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_DIGIT';

/** Why a code is not a valid USCC, or null when it is. The check character is 31 − (Σ cᵢwᵢ mod 31), 31 → 0. */
export function checkUscc(code: string): UsccProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (!SHAPE.test(code)) return 'CHARACTERS';
  return code[17] === usccCheckCharacter(code.slice(0, 17)) ? null : 'CHECK_DIGIT';
}

/** The check character for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i] as string) * (WEIGHTS[i] as number);
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}
