import fc from 'fast-check';

/** Each letter in upper or lower case, as a client might type or generate it. */
export const caseOf = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));

/** Some characters percent-encoded (hex digits in either case), as URL libraries may send them. */
export const percentEncodedOf = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('plain', 'upper', 'lower'), { minLength: text.length, maxLength: text.length })
    .map((how) =>
      [...text]
        .map((ch, i) => {
          if (how[i] === 'plain') return ch;
          const hex = ch.charCodeAt(0).toString(16).padStart(2, '0');
          return `%${how[i] === 'upper' ? hex.toUpperCase() : hex.toLowerCase()}`;
        })
        .join(''),
    );

/** Any spelling of an identifier a client can put in a URL path: case, then percent-encoding. */
export const pathSpellingOf = (text: string): fc.Arbitrary<string> =>
  caseOf(text).chain((cased) => fc.oneof(fc.constant(cased), percentEncodedOf(cased)));

/** A round as a path segment: its uuid or its code, in any spelling. */
export const roundSpelling = (roundId: string, roundCode: string): fc.Arbitrary<string> =>
  fc.oneof(pathSpellingOf(roundId), pathSpellingOf(roundCode));
