/**
 * The QR encoder: the right size for the text, the fixed patterns scanners
 * look for, format and version information that check out, and, for one
 * authenticator link, exactly the code a scanner (zbar) read when this was
 * written, so a change that breaks reading cannot slip in unseen.
 */
import { describe, expect, it } from 'vitest';
import { encodeQr, type QrMatrix } from './encode';

const LINK =
  'otpauth://totp/Mend:alex%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Mend&algorithm=SHA1&digits=6&period=30';

const versionOf = (matrix: QrMatrix) => (matrix.length - 17) / 4;

/** FNV-1a over the rows as 0s and 1s: a short, stable name for one exact matrix. */
function fingerprint(matrix: QrMatrix): string {
  const text = matrix.map((row) => row.map((dark) => (dark ? '1' : '0')).join('')).join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The remainder of `value` divided by `generator`, both as bit polynomials. */
function remainder(value: number, generator: number): number {
  const degree = Math.floor(Math.log2(generator));
  let rest = value;
  for (let bit = Math.floor(Math.log2(rest || 1)); bit >= degree; bit--) {
    if ((rest >>> bit) & 1) rest ^= generator << (bit - degree);
  }
  return rest;
}

function finderAt(matrix: QrMatrix, left: number, top: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
      if (matrix[top + y]![left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('the QR encoder', () => {
  it('picks the smallest version that holds the text', () => {
    expect(versionOf(encodeQr('a'))).toBe(1);
    expect(versionOf(encodeQr('x'.repeat(14)))).toBe(1);
    expect(versionOf(encodeQr('x'.repeat(15)))).toBe(2);
    expect(versionOf(encodeQr(LINK))).toBe(8);
    expect(versionOf(encodeQr('y'.repeat(600)))).toBe(19);
  });

  it('draws the finder and timing patterns', () => {
    const matrix = encodeQr(LINK);
    const size = matrix.length;
    expect(finderAt(matrix, 0, 0)).toBe(true);
    expect(finderAt(matrix, size - 7, 0)).toBe(true);
    expect(finderAt(matrix, 0, size - 7)).toBe(true);
    for (let i = 8; i < size - 8; i++) {
      expect(matrix[6]![i]).toBe(i % 2 === 0);
      expect(matrix[i]![6]).toBe(i % 2 === 0);
    }
    expect(matrix[size - 8]![8]).toBe(true);
  });

  it('writes format information that checks out, twice, for level M', () => {
    const matrix = encodeQr(LINK);
    const size = matrix.length;
    const bit = (x: number, y: number) => (matrix[y]![x] ? 1 : 0);
    const first: number[] = [];
    for (let i = 0; i <= 5; i++) first.push(bit(8, i));
    first.push(bit(8, 7), bit(8, 8), bit(7, 8));
    for (let i = 9; i < 15; i++) first.push(bit(14 - i, 8));
    const second: number[] = [];
    for (let i = 0; i < 8; i++) second.push(bit(size - 1 - i, 8));
    for (let i = 8; i < 15; i++) second.push(bit(8, size - 15 + i));
    expect(second).toEqual(first);
    const word = first.reduce((value, b, i) => value | (b << i), 0) ^ 0x5412;
    expect(remainder(word, 0x537)).toBe(0);
    expect(word >>> 13).toBe(0);
  });

  it('writes version information from version 7 on', () => {
    const matrix = encodeQr(LINK);
    const size = matrix.length;
    let word = 0;
    for (let i = 0; i < 18; i++) {
      if (matrix[Math.floor(i / 3)]![size - 11 + (i % 3)]) word |= 1 << i;
    }
    expect(word >>> 12).toBe(8);
    expect(remainder(word, 0x1f25)).toBe(0);
  });

  it('draws exactly the code a scanner read for an authenticator link', () => {
    expect(fingerprint(encodeQr(LINK))).toBe('c4511c8d');
  });
});
