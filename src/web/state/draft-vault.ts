/**
 * Seals and opens drafts kept in this browser (see draft-storage.ts). The key
 * is an AES-GCM key made with `extractable: false` and kept in IndexedDB: a
 * script can use it but never read it out, and deleting it makes every sealed
 * draft unreadable. Each sealed text is bound to its storage slot (the slot
 * name is the associated data), so a draft moved to another slot, or another
 * person's slot, does not open. Loaded on demand, only when the setting is on.
 */
import { DRAFT_PREFIX, VAULT_DATABASE } from './draft-storage';

const STORE = 'keys';
const KEY_NAME = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const req = window.indexedDB.open(VAULT_DATABASE, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

let keyPromise: Promise<CryptoKey> | null = null;

async function loadOrMakeKey(): Promise<CryptoKey> {
  const db = await openDatabase();
  try {
    const found: unknown = await request(db.transaction(STORE).objectStore(STORE).get(KEY_NAME));
    if (found instanceof CryptoKey) return found;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, KEY_NAME));
    return key;
  } finally {
    db.close();
  }
}

function theKey(): Promise<CryptoKey> {
  keyPromise ??= loadOrMakeKey().catch((error: unknown) => {
    keyPromise = null;
    throw error;
  });
  return keyPromise;
}

/** The key was deleted (sign-out): the next draft makes a new one. */
export function forgetKey(): void {
  keyPromise = null;
}

const encoder = new TextEncoder();
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function sealDraft(slot: string, text: string): Promise<void> {
  const name = DRAFT_PREFIX + slot;
  if (!text) {
    window.localStorage.removeItem(name);
    return;
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(name) },
      await theKey(),
      encoder.encode(text),
    ),
  );
  const joined = new Uint8Array(iv.length + sealed.length);
  joined.set(iv);
  joined.set(sealed, iv.length);
  window.localStorage.setItem(name, toBase64(joined));
}

/** The draft in `slot`, or undefined when there is none or it no longer opens. */
export async function openDraft(slot: string): Promise<string | undefined> {
  const name = DRAFT_PREFIX + slot;
  const stored = window.localStorage.getItem(name);
  if (!stored) return undefined;
  try {
    const bytes = fromBase64(stored);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: encoder.encode(name) },
      await theKey(),
      bytes.slice(12),
    );
    return new TextDecoder().decode(plain);
  } catch {
    // Sealed under a key that is gone: it can never be read, so it goes.
    window.localStorage.removeItem(name);
    return undefined;
  }
}
