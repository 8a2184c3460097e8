#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { exitWithStreamed } from './exit-with-streamed.js';
import { roundChunks } from './file-chunks.js';
import { runEvaluateStreamed } from './run-evaluate.js';

// The imperative shell of `./jicai evaluate`: argv and the file system in, streams and exit code out.
// A large round is read in chunks and every result written in chunks: a national round outgrows a string.
const outcome = runEvaluateStreamed(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), roundChunks);
await exitWithStreamed(outcome);
