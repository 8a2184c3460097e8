import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError, type Bilingual } from '../http/app-error.js';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable" (about 10^8 guesses or more, offline with a slow hash) */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
// The dictionaries take a moment to load: only when a password is first set, not at start.
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  }));

/** Who the password is for: their login and name count as guessable words. */
export interface PasswordOwner {
  readonly login: string;
  readonly displayName?: string;
}

/**
 * Why a new password is refused, or null: at least 12 characters, not containing the login, and a
 * zxcvbn-ts strength score of at least 3 with the owner's login and name as known words.
 */
export function passwordWeakness(password: string, owner: PasswordOwner): Bilingual | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return {
      en: `use at least ${MIN_PASSWORD_LENGTH} characters`,
      zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`,
    };
  if (password.toLowerCase().includes(owner.login.toLowerCase()))
    return { en: 'do not use your login in your password', zh: '密码中不能包含您的登录名' };
  const words = [owner.login, ...(owner.displayName ? [owner.displayName] : [])];
  const result = strength().check(password, words);
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.suggestions[0] ? ` (${suggestionText(result.feedback.suggestions[0])})` : '';
  return {
    en: `too easy to guess${hint}: add more words or characters that do not form a pattern`,
    zh: '密码太容易被猜到：请增加更多词语或无规律的字符',
  };
}

/** zxcvbn-ts without a translation returns message keys (`useWords`): make them readable. */
const suggestionText = (key: string) => key.replace(/([A-Z])/g, ' $1').toLowerCase();

/** Refuses a weak new password with WEAK_PASSWORD on the given field. */
export function assertStrongPassword(password: string, owner: PasswordOwner, field = 'password'): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness)
    throw new AppError('WEAK_PASSWORD', { en: `${field}: ${weakness.en}`, zh: `${field}：${weakness.zh}` }, [
      { path: field, message: weakness.en, messageZh: weakness.zh },
    ]);
}
