export * as textType from './textType';
export * as codePoints from './codePoints';
export { InvalidOpError, OpErrorCode } from './invalidOpError';
export type { Delete, Insert, OpComponent, PositionBias, Retain, Selection, TextOp, TransformSide } from './textOp';
