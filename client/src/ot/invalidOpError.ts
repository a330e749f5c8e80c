/** The stable codes of a refused op, the same as the server's (docs/protocol.md, "Errors"). */
export const OpErrorCode = {
  malformed: 'op.malformed',
  invalidText: 'op.invalid_text',
  outOfRange: 'op.out_of_range',
  deleteMismatch: 'op.delete_mismatch',
  deleteTextUnknown: 'op.delete_text_unknown',
} as const;

export type OpErrorCode = (typeof OpErrorCode)[keyof typeof OpErrorCode];

/** An op that is malformed or does not fit its document. Nothing was changed. */
export class InvalidOpError extends Error {
  constructor(
    readonly code: OpErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'InvalidOpError';
  }
}
