import type { ProblemCode, ReaderProblem } from '../reading/reading';

/**
 * Collects what one reader could not find, naming the reader ("youtube.watch": site and page, the same name the
 * background gives the reader's successes) and saying in the detail which source missed it.
 *
 * The reader and source live in the constructor's closure (as in lib/content/outbox.ts): content scripts have a
 * 20 kB budget, and a closure's names minify where a class's member names cannot.
 */
export class ProblemLog {
  readonly problems: ReaderProblem[] = [];
  declare readonly add: (field: string, code: ProblemCode, detail: string) => void;
  declare readonly notFound: (field: string, detail: string) => void;

  constructor(reader: string, source: string) {
    this.add = (field, code, detail) => {
      this.problems.push({ reader, field, code, detail: `${source}: ${detail}` });
    };
    this.notFound = (field, detail) => this.add(field, 'not-found', detail);
  }
}
