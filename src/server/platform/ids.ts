/**
 * UUIDv7 ids made by the app: time-ordered (good index locality), the same on
 * every database, and creatable before a row exists. Within one millisecond
 * the 12-bit `rand_a` field counts up (RFC 9562, method 1), so ids made by this
 * process sort in the order they were made — a tiebreaker when timestamps tie.
 */
import { randomBytesFromPool } from './crypto/random-pool.js';

let lastMs = -1;
let counter = 0;

export function newId(requested: number = Date.now()): string {
  // Never go back in time: a clock set earlier (tests, a corrected system
  // clock) continues from the last id, so ids stay in creation order.
  let now = Math.max(requested, lastMs);
  if (now === lastMs && counter < 0xfff) {
    counter += 1;
  } else {
    if (now === lastMs) now += 1; // the counter is full: borrow the next millisecond
    // A new millisecond: start low, leaving room to count.
    lastMs = now;
    counter = randomBytesFromPool(2).readUInt16BE() & 0x3ff;
  }
  const bytes = randomBytesFromPool(16);
  // 48-bit big-endian Unix milliseconds.
  bytes[0] = Math.floor(now / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(now / 2 ** 32) & 0xff;
  bytes[2] = Math.floor(now / 2 ** 24) & 0xff;
  bytes[3] = Math.floor(now / 2 ** 16) & 0xff;
  bytes[4] = Math.floor(now / 2 ** 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes[6] = 0x70 | (counter >> 8); // version 7, then the counter's high bits
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f); // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
