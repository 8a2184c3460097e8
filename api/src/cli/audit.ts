#!/usr/bin/env node
import { openConfiguredDatabase, runAudit } from './run-audit.js';

// The imperative shell of `./jicai audit`: argv and the environment in, streams and exit code out.
const outcome = await runAudit(process.argv.slice(2), () => openConfiguredDatabase(process.env));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
