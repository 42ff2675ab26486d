/** The benchmark's figures: each a median beside its budget and a same-run baseline, printed and kept for the JSON. */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** null: a figure shown for context, its budget is carried by another (the reading time by its ratio). */
  budget: number | null;
  /** 'max': the value must not exceed the budget (the default); 'min': it must reach it (a speed ratio). */
  direction?: 'max' | 'min';
  /** Why the budget is what it is, for the printout and the JSON. */
  why?: string;
  baseline: number | null;
  baselineName: string | null;
  pass: boolean;
  runs?: number[];
}

/** A figure as a bench section measures it; `record` works out whether it passes. */
export type FigureInput = Omit<Figure, 'pass'>;

export const figures: Figure[] = [];

export const median = (values: number[]): number => {
  if (values.length === 0) throw new Error('a median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export function record(figure: Omit<Figure, 'pass'>): void {
  const direction = figure.direction ?? 'max';
  const pass = figure.budget === null || (direction === 'max' ? figure.value <= figure.budget : figure.value >= figure.budget);
  const full = { ...figure, pass };
  figures.push(full);
  const baseline = full.baseline === null ? '' : `   baseline ${round(full.baseline)} ${full.unit} (${full.baselineName})`;
  const budget = full.budget === null ? '' : `   budget ${direction === 'max' ? '≤' : '≥'} ${full.budget} ${full.unit}`;
  const verdict = full.budget === null ? '    ' : full.pass ? 'ok  ' : 'MISS';
  console.log(`${verdict} ${full.name}: ${round(full.value)} ${full.unit}${budget}${baseline}`);
}
