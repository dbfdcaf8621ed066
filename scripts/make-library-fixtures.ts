// Writes the upgrade fixtures db/fixtures/library-v<N>.sqlite3 (see db/fixtures.test.ts).
// Usage: node --import tsx scripts/make-library-fixtures.ts [version ...]
// With no version it writes only the missing ones: a released fixture never changes.
import { existsSync } from 'node:fs';
import { buildFixture, fixturePath } from '@db/fixtures/library-fixtures.test-helper.ts';
import { latestVersion } from '@db/migrations/index.ts';

const asked = process.argv.slice(2).map(Number);
const versions = asked.length > 0 ? asked : Array.from({ length: latestVersion }, (_, i) => i + 1).filter((v) => !existsSync(fixturePath(v)));
for (const version of versions) {
  if (!Number.isInteger(version) || version < 1 || version > latestVersion) throw new Error(`no schema version ${version} (latest is ${latestVersion})`);
  buildFixture(fixturePath(version), version);
  console.log(`wrote ${fixturePath(version)}`);
}
