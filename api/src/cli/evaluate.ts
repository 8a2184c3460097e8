#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runEvaluate } from './run-evaluate.js';

// The imperative shell of `./jicai evaluate`: argv and the file system in, streams and exit code out.
const outcome = runEvaluate(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
