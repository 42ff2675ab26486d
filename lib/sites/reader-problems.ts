import type { ProblemCode, ReaderProblem } from '../reading/reading';

/** Collects what one reader could not find, naming the reader, so the panel can say which one degraded. */
export class ProblemLog {
  readonly problems: ReaderProblem[] = [];

  constructor(private readonly reader: string) {}

  add(field: string, code: ProblemCode, detail: string): void {
    this.problems.push({ reader: this.reader, field, code, detail });
  }

  notFound(field: string, detail: string): void {
    this.add(field, 'not-found', detail);
  }
}
