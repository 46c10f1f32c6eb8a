#!/usr/bin/env bash
# The smallest page Yew makes: one component with one state hook, one button and one heading,
# built exactly as the app's release (scripts/release-env.sh, wasm-opt with the same flags,
# glue minified by esbuild). Prints what it would load, gzip -9: the floor under any Yew page.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PWD/../../node_modules/.bin:$PATH"
. ../../scripts/release-env.sh
log=$(mktemp)
trunk build --release --offline >"$log" 2>&1 || { cat "$log"; exit 1; }
wasm=$(ls dist/*_bg.wasm)
glue=$(ls dist/*.js)
gz() { gzip -9c "$1" | wc -c; }
glue_gz=$(esbuild --minify --log-level=error "$glue" | gzip -9c | wc -c)
echo "Yew $(grep -A1 'name = "yew"' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p') floor:"
echo "  wasm  $(wc -c <"$wasm") B raw, $(gz "$wasm") B gzipped"
echo "  glue  ${glue_gz} B gzipped (minified)"
echo "  total $(( $(gz "$wasm") + glue_gz )) B gzipped"
