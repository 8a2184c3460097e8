#!/usr/bin/env node
import { openConfiguredDatabase, runAudit } from './run-audit.js';
import { exitWith } from './exit-with.js';

// The imperative shell of `./jicai audit`: argv and the environment in, streams and exit code out.
const outcome = await runAudit(process.argv.slice(2), () => openConfiguredDatabase(process.env));
exitWith(outcome);
