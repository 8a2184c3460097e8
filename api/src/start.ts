import { loadConfig } from './config.js';
import { seedDemoIfEmpty, DEMO_LOGINS } from './seed/demo-seed.js';
import { startPlatform } from './server.js';

// `./jicai start`: the platform on the embedded database (or DATABASE_URL) with a demo round.
const config = loadConfig();
const platform = await startPlatform(config, {
  afterMigrate: (db, signer) => seedDemoIfEmpty(db, signer),
  // one line per request with its request id (also in the response's x-request-id)
  log: (line) => console.log(line),
});

console.log(`\nJicai 集采 is running at ${platform.url}/`);
console.log(`  API health  ${platform.url}/api/health`);
console.log(`  OpenAPI     ${platform.url}/api/openapi.json  (browse: ${platform.url}/api/docs)`);
console.log(`\nDemo logins (password for all: ${DEMO_LOGINS.password}):`);
for (const [role, login] of DEMO_LOGINS.users) console.log(`  ${role.padEnd(18)} ${login}`);
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
