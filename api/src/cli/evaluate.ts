#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runEvaluate } from './run-evaluate.js';
import { exitWith } from './exit-with.js';

// The imperative shell of `./jicai evaluate`: argv and the file system in, streams and exit code out.
const outcome = runEvaluate(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
exitWith(outcome);
