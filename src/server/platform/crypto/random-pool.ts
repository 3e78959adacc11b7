/**
 * Random bytes taken from a pool filled by the operating system's CSPRNG a
 * few kilobytes at a time. Asking for 2 or 16 bytes at a time (an id, an IV)
 * costs a call into the CSPRNG each; the pool makes that one call per few
 * hundred ids. Every byte is handed out once, so what each caller gets is as
 * unpredictable as a direct `randomBytes` call.
 */
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let offset = POOL_BYTES;

/** `size` fresh random bytes in a buffer of the caller's own (at most the pool's size). */
export function randomBytesFromPool(size: number): Buffer {
  if (size > POOL_BYTES) throw new Error(`at most ${POOL_BYTES} random bytes at a time`);
  if (offset + size > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  // Overwritten so the bytes handed out are not left readable in the pool.
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}
