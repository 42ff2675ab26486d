/** A row of an imported file that counts for no creator, with the reason; rows are spreadsheet row numbers. */
export interface RowProblem {
  row: number;
  reason: string;
}

/** A file the importer cannot use at all: nothing of it is used, and the message says why. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}
