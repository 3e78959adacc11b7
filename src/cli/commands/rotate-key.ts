/**
 * `mend rotate-key`: move every encrypted value to a new key. Stop Mend first.
 *
 * Embedded (key file): a new key is written to mend.key.next, the values are
 * re-encrypted in one transaction, then mend.key.next replaces mend.key. If the
 * process dies in between, the next start notices which key the database uses
 * and finishes the swap.
 *
 * With MEND_ENCRYPTION_KEY (PostgreSQL, or any deployment keeping the key as a
 * secret): set MEND_NEW_ENCRYPTION_KEY to a new key you have already stored
 * safely; after the rotation, make it the MEND_ENCRYPTION_KEY.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/platform/config.js';
import {
  KEY_FILE_NAME,
  NEXT_KEY_FILE_NAME,
  newKeyText,
  openCipher,
  parseKey,
  writeKeyFile,
} from '../../server/platform/crypto/encryption-key.js';
import { rotateEncryptionKey } from '../../server/platform/crypto/rotate-key.js';
import { openDatabase } from '../../server/platform/db/database.js';
import { migrateToLatest } from '../../server/platform/db/migrate.js';
import { sealOutbox } from '../../server/platform/mail/seal-outbox.js';
import { CliError, EXIT_USAGE, type Io } from '../io.js';

export async function rotateKeyCommand(env: NodeJS.ProcessEnv, io: Io): Promise<void> {
  const config = loadConfig(env);
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const current = await openCipher(database.db, {
      env: config.encryptionKey,
      dataDir: config.dataDir,
      kind: database.kind,
    });
    // Outbox rows from before migration 0006 are plaintext: encrypt them first.
    await sealOutbox(database.db, current);

    if (config.encryptionKey !== undefined) {
      const text = env.MEND_NEW_ENCRYPTION_KEY;
      if (!text) {
        throw new CliError(
          'Set MEND_NEW_ENCRYPTION_KEY to the new key (32 bytes, base64), stored safely first.\n' +
            `Make one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`,
          EXIT_USAGE,
        );
      }
      const report = await rotateEncryptionKey(
        database.db,
        current,
        parseKey(text, 'MEND_NEW_ENCRYPTION_KEY'),
      );
      io.out(`Re-encrypted ${report.values} values; the database now uses key ${report.keyId}.`);
      io.out('Now set MEND_ENCRYPTION_KEY to the new key and start Mend again.');
      return;
    }

    const keyFile = path.join(config.dataDir, KEY_FILE_NAME);
    const nextFile = path.join(config.dataDir, NEXT_KEY_FILE_NAME);
    if (fs.existsSync(nextFile)) fs.rmSync(nextFile); // a rotation that never committed
    const text = newKeyText();
    writeKeyFile(nextFile, text);
    const report = await rotateEncryptionKey(database.db, current, parseKey(text, nextFile));
    fs.renameSync(nextFile, keyFile);
    io.out(
      `Re-encrypted ${report.values} values; ${keyFile} now holds the new key (${report.keyId}).`,
    );
    io.out('Back up the new key file; backups of the database from now on need it.');
  } finally {
    await database.close();
  }
}
