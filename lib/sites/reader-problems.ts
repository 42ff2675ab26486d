import type { ProblemCode, ReaderProblem } from '../reading/reading';

/**
 * Collects what one reader could not find, naming the reader ("youtube.watch": site and page, the same name the
 * background gives the reader's successes) and saying in the detail which source missed it.
 */
export class ProblemLog {
  readonly problems: ReaderProblem[] = [];

  constructor(
    private readonly reader: string,
    private readonly source: string,
  ) {}

  add(field: string, code: ProblemCode, detail: string): void {
    this.problems.push({ reader: this.reader, field, code, detail: `${this.source}: ${detail}` });
  }

  notFound(field: string, detail: string): void {
    this.add(field, 'not-found', detail);
  }
}
