import { describe, expect, it } from 'vitest';
import { decimalMarkShownBy, detectDecimalMark, normalizeCurrency, readAmount, readWholeCount } from '../../../lib/campaigns/results/amounts';

describe('decimalMarkShownBy', () => {
  it.each([
    ['1.234,56', ','],
    ['1,234.56', '.'],
    ['1234,5', ','],
    ['12.50', '.'],
    ['1.234.567', ','],
    ['1,234,567', '.'],
    ['€ 1 234,56', ','],
    ['1,234', null],
    ['1.234', null],
    ['1200', null],
    ['', null],
  ] as const)('%s shows %s', (cell, mark) => {
    expect(decimalMarkShownBy(cell)).toBe(mark);
  });
});

describe('detectDecimalMark', () => {
  it.each([
    { name: 'decimal commas decide', cells: ['1.234,56', '99,90', '12'], delimiter: ',', mark: ',', basis: 'cells' },
    { name: 'decimal points decide', cells: ['1,234.56', '12.50'], delimiter: ';', mark: '.', basis: 'cells' },
    { name: 'the majority wins', cells: ['1,50', '2,75', '3.10'], delimiter: ',', mark: ',', basis: 'cells' },
    { name: 'nothing decides in a semicolon file: comma', cells: ['1.234', '12'], delimiter: ';', mark: ',', basis: 'delimiter default' },
    { name: 'nothing decides in a comma file: point', cells: ['1,234', '12'], delimiter: ',', mark: '.', basis: 'delimiter default' },
  ] as const)('$name', ({ cells, delimiter, mark, basis }) => {
    expect(detectDecimalMark(cells, delimiter)).toEqual({ mark, basis });
  });
});

describe('readAmount', () => {
  it.each([
    ['1.234,56', ',', 1234.56, null],
    ['1,234.56', '.', 1234.56, null],
    ['1234,5', ',', 1234.5, null],
    ['1 234,56 €', ',', 1234.56, 'EUR'],
    ['€1.234,56', ',', 1234.56, 'EUR'],
    ['12.50 USD', '.', 12.5, 'USD'],
    ['$12.50', '.', 12.5, null],
    ["1'234.50", '.', 1234.5, null],
    ['-20.00', '.', -20, null],
    ['(20,00)', ',', -20, null],
    ['0.00', '.', 0, null],
    ['1,234', '.', 1234, null],
    ['1,234', ',', 1.234, null],
  ] as const)('%s with decimal %s is %s', (cell, mark, value, currency) => {
    expect(readAmount(cell, mark)).toEqual({ value, currency });
  });

  it.each([
    ['abc', '.'],
    ['12.34.56', '.'],
    ['1,23,4', '.'],
    ['12,5x', ','],
    ['', '.'],
  ] as const)('%s is no amount with decimal %s', (cell, mark) => {
    expect(readAmount(cell, mark)).toBeNull();
  });
});

describe('readWholeCount', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['12.5', null],
    ['1,2345', null],
    ['n/a', null],
  ] as const)('%s → %s', (cell, value) => {
    expect(readWholeCount(cell)).toBe(value);
  });
});

describe('normalizeCurrency', () => {
  it.each([
    ['eur', 'EUR'],
    [' EUR ', 'EUR'],
    ['€', 'EUR'],
    ['Euro', 'EUR'],
    ['£', 'GBP'],
    ['USD $', 'USD'],
    ['', null],
    ['Dollar', 'DOLLAR'],
  ])('%j → %j', (cell, currency) => {
    expect(normalizeCurrency(cell)).toBe(currency);
  });
});
