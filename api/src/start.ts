import { loadConfig } from './config.js';
import { seedDemoIfEmpty, DEMO_LOGINS, DEMO_ROUNDS } from './seed/demo-seed.js';
import { seedNationalIfMissing } from './seed/demo-national.js';
import { startPlatform, type RunningPlatform } from './server.js';
import { oneLineOf, StartupError } from './startup-error.js';
import { portalBuilt } from './portal.js';

// `./jicai start`: the platform on the embedded database (or DATABASE_URL) with a demo round.
// Whatever stops it from starting is one line on stderr and a non-zero exit (2: a setting or the
// environment is in the way), never a stack trace or a bare `undefined`.
let platform: RunningPlatform;
try {
  const config = (() => {
    try {
      return loadConfig();
    } catch (error) {
      throw new StartupError(oneLineOf(error).replace(/^bad configuration:;/, 'bad configuration:'));
    }
  })();
  platform = await startPlatform(config, {
    afterMigrate: async (db, signer) => {
      await seedDemoIfEmpty(db, signer);
      if (config.DEMO_NATIONAL) await seedNationalIfMissing(db, signer);
    },
    // one line per request with its request id (also in the response's x-request-id)
    log: (line) => console.log(line),
  });
} catch (error) {
  const exitCode = error instanceof StartupError ? error.exitCode : 1;
  const prefix = error instanceof StartupError ? '' : 'unexpected error: ';
  process.stderr.write(`jicai start: ${prefix}${oneLineOf(error)}\n`);
  process.exit(exitCode);
}

console.log(`\nJicai 集采 is running at ${platform.url}/`);
console.log(
  portalBuilt()
    ? `  Portal      ${platform.url}/  (中文; English with the toggle)`
    : '  Portal      not built (npx turbo run build, or ./jicai start builds it)',
);
console.log(`  API health  ${platform.url}/api/health`);
const { documents } = platform;
console.log(
  `  Documents   ${documents.endpoint}/${documents.bucket}  ${documents.local ? '(local S3 under DATA_DIR/documents; S3_ENDPOINT for another store)' : '(S3_ENDPOINT)'}`,
);
console.log(`  OpenAPI     ${platform.url}/api/openapi.json  (browse: ${platform.url}/api/docs)`);
console.log(`\nDemo logins (password for all: ${DEMO_LOGINS.password}):`);
for (const [role, login] of DEMO_LOGINS.users) console.log(`  ${role.padEnd(21)} ${login}`);
console.log(
  `\nIn execution: ${DEMO_ROUNDS.execution} (agreements signed, months of purchases and payments): ` +
    'hospital.bj1, hospital.sh1 (BJ, SH, ZJ, GD: hospitals 1–3), company.c01–c05, bureau.bj, office.admin',
);
console.log('\nCtrl-C stops the server and its database.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
