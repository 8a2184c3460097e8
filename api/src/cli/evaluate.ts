#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { exitWithStreamed } from './exit-with-streamed.js';
import { fileChunks } from './file-chunks.js';
import { runEvaluateStreamed } from './run-evaluate.js';

// The imperative shell of `./jicai evaluate`: argv and the file system in, streams and exit code out.
// The round is read in chunks and the result written in chunks: a national round is larger than a string.
const outcome = runEvaluateStreamed(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), fileChunks);
await exitWithStreamed(outcome);
