/**
 * Money sums without floating-point drift: amounts are added as whole ten-thousandths, and figures are given to the
 * cent (half away from zero). Ratios (return on spend, conversion rate) are not rounded.
 */

const UNITS_PER_WHOLE = 10_000;

export function toUnits(amount: number): number {
  return Math.round(amount * UNITS_PER_WHOLE);
}

export function fromUnits(units: number): number {
  return units / UNITS_PER_WHOLE;
}

export function roundToCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 + 1e-9);
  return (amount < 0 ? -cents : cents) / 100;
}
