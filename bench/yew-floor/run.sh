#!/usr/bin/env bash
# The smallest page Yew makes: one component with one state hook, one button and one heading,
# built exactly as the app's release (scripts/release-env.sh, wasm-opt with the same flags,
# short names between wasm and glue, glue minified by esbuild). Prints what it would load,
# gzip -9: the floor under any Yew page.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PWD/../../node_modules/.bin:$PATH"
. ../../scripts/release-env.sh
log=$(mktemp)
trunk build --release --offline >"$log" 2>&1 || { cat "$log"; exit 1; }
wasm=$(ls dist/*_bg.wasm)
glue=$(ls dist/*.js)
NODE_PATH=../../node_modules node --input-type=module - "$wasm" "$glue" <<'JS'
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { shortenNames } from '../../scripts/short-names.mjs';
const { transformSync } = createRequire(import.meta.url)('esbuild');
const [wasmPath, gluePath] = process.argv.slice(2);
const glueText = readFileSync(gluePath, 'utf8');
const short = shortenNames(readFileSync(wasmPath), glueText);
const glue = transformSync(short.renameGlue(glueText), { minify: true, format: 'esm' }).code;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const lock = readFileSync('Cargo.lock', 'utf8');
console.log(`Yew ${lock.match(/name = "yew"\nversion = "([^"]+)"/)[1]} floor:`);
console.log(`  wasm  ${short.wasm.length} B raw, ${gz(short.wasm)} B gzipped`);
console.log(`  glue  ${gz(glue)} B gzipped (minified)`);
console.log(`  total ${gz(short.wasm) + gz(glue)} B gzipped`);
JS
