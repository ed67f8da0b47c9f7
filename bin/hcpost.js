#!/usr/bin/env node
// The whole CLI lives in src/cli/main.ts; this file only hands it the process.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
