import type { ImportProblem } from './export-file';

// The problems a file offered for import is refused with, as they are found. Pure.

/**
 * How many problems of a refused file are kept, in the order they are found; the rest are only
 * counted. A file may hold hundreds of thousands of bad items: nobody reads that many, and a list
 * that long must never be built, nor spread into a call (which throws a RangeError).
 */
export const IMPORT_PROBLEMS_KEPT = 20;

/** Problems as a check finds them: the first `IMPORT_PROBLEMS_KEPT` kept, the others counted. */
export class ProblemList {
  private readonly kept: ImportProblem[] = [];
  private moreCount = 0;

  /** Notes one more problem. */
  push(problem: ImportProblem): void {
    if (this.kept.length < IMPORT_PROBLEMS_KEPT) this.kept.push(problem);
    else this.moreCount++;
  }

  get hasProblems(): boolean {
    return this.kept.length > 0;
  }

  /** The problems kept, and last, when there were more, how many more. */
  list(): ImportProblem[] {
    return this.moreCount === 0
      ? [...this.kept]
      : [...this.kept, { code: 'moreProblems', count: this.moreCount }];
  }
}
