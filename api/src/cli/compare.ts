#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCompare } from './run-compare.js';
import { exitWith } from './exit-with.js';

// The imperative shell of `./jicai compare`: argv and the file system in, streams and exit code out.
const outcome = runCompare(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
exitWith(outcome);
