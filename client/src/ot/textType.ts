/**
 * CoDraft's text OT type in TypeScript, with the names of the C# `TextType`: the op format is documented in
 * ./textOp.ts and docs/protocol.md. Every call checks its ops first and throws InvalidOpError for a bad one.
 */
export { apply, resolve } from './apply';
export { baseLength, check, isNoop, normalize } from './check';
export { compose, invert } from './compose';
export { transform, transformPosition, transformSelection } from './transform';
