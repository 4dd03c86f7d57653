#!/usr/bin/env node
import { run } from '../dist/parindex.mjs';

process.exitCode = await run(process.argv.slice(2));
