import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidOpError, textType, type PositionBias, type TextOp, type TransformSide } from '../../src/ot';

interface Vector {
  doc: string;
  op: TextOp;
  other?: TextOp;
  side?: TransformSide;
  bias?: PositionBias;
  position?: number;
  expected?: unknown;
  error?: string;
}

/** The cases in tests/vectors/, written by the C# implementation: both sides must agree op for op. */
function cases(file: string): Vector[] {
  const url = new URL(`../../../tests/vectors/${file}`, import.meta.url);
  const vectors = JSON.parse(readFileSync(url, 'utf8')) as Vector[];
  expect(vectors.length, `${file} has cases`).toBeGreaterThan(0);
  return vectors;
}

function errorCode(action: () => unknown): string {
  try {
    action();
  } catch (e) {
    if (e instanceof InvalidOpError) {
      return e.code;
    }
    throw e;
  }
  return 'no error';
}

describe('the shared vectors', () => {
  it('apply gives the expected text or error code', () => {
    cases('apply.json').forEach((v, i) => {
      if (v.error !== undefined) {
        expect(errorCode(() => textType.apply(v.doc, v.op)), `apply.json case ${i}`).toBe(v.error);
      } else {
        expect(textType.apply(v.doc, v.op), `apply.json case ${i}`).toBe(v.expected);
      }
    });
  });

  it('transform gives the expected op', () => {
    cases('transform.json').forEach((v, i) => {
      expect(textType.transform(v.op, v.other!, v.side!), `transform.json case ${i}`).toEqual(v.expected);
    });
  });

  it('compose gives the expected op', () => {
    cases('compose.json').forEach((v, i) => {
      expect(textType.compose(v.op, v.other!), `compose.json case ${i}`).toEqual(v.expected);
    });
  });

  it('invert gives the expected op', () => {
    cases('invert.json').forEach((v, i) => {
      expect(textType.invert(v.op), `invert.json case ${i}`).toEqual(v.expected);
    });
  });

  it('transformPosition gives the expected position', () => {
    cases('position.json').forEach((v, i) => {
      expect(textType.transformPosition(v.position!, v.op, v.bias!), `position.json case ${i}`).toBe(v.expected);
    });
  });
});
