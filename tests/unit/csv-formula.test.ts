import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula, wouldRunAsFormula } from '../../lib/csv/formula-escape';

describe('formula escaping of text cells', () => {
  const cases: Array<{ text: string; escaped: boolean }> = [
    { text: '=1+1', escaped: true },
    { text: '+33 6 12 34 56 78', escaped: true },
    { text: '-2+3', escaped: true },
    { text: '@SUM(A1:A2)', escaped: true },
    { text: '\tTabbed', escaped: true },
    { text: '\rReturn', escaped: true },
    { text: ' =HYPERLINK("x")', escaped: true },
    { text: '\u202E=1+1', escaped: true },
    { text: '\u200B@mention', escaped: true },
    { text: '＝1+1', escaped: true },
    { text: "'=already", escaped: true },
    { text: "''-x", escaped: true },
    { text: 'Plain name', escaped: false },
    { text: "O'Brien = friend", escaped: false },
    { text: 'a=b', escaped: false },
    { text: "'quoted but harmless", escaped: false },
    { text: '', escaped: false },
    { text: 'مرحبا = 1', escaped: false },
  ];

  for (const { text, escaped } of cases) {
    it(`${escaped ? 'escapes' : 'leaves'} ${JSON.stringify(text)}`, () => {
      expect(wouldRunAsFormula(text)).toBe(escaped);
      expect(neutraliseFormula(text)).toBe(escaped ? `'${text}` : text);
      expect(restoreFormula(neutraliseFormula(text))).toBe(text);
    });
  }

  it('undoes exactly what it did, for any text', () => {
    const texts = fc.oneof(
      fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', ' ', '\u202E', 'a', '1', '"', ',', '\n') }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const cell = neutraliseFormula(text);
        expect(restoreFormula(cell)).toBe(text);
        // what is written never starts a formula: either it is harmless as it is, or it starts with the apostrophe
        expect(cell.startsWith("'") || !wouldRunAsFormula(cell)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
