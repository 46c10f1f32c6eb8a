#!/usr/bin/env bash
# Sets up what is missing, then runs every test: lints, native tests, component tests in
# headless Chromium, the release build with its size report, the end-to-end tests, and the core
# flows in Firefox and WebKit.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

section() { printf '\n==== %s\n' "$*"; }

section "format"
cargo fmt --all -- --check

section "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings
section "clippy (host, the components as the prerender step builds them)"
cargo clippy --all-targets --locked --features prerender -- -D warnings
section "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

section "native tests (pure logic)"
cargo test --locked

section "component tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown

section "release build"
scripts/build.sh --no-setup
node scripts/sizes.mjs dist

section "end-to-end tests (Playwright, headless Chromium, release build)"
node --test --test-concurrency=1 tests/e2e/

section "cross-browser flows (Firefox ESR over WebDriver BiDi, WebKitGTK over WebDriver on Xvfb, release build)"
# tests/cross/webkit.test.mjs starts Xvfb and WebKitWebDriver itself and stops them at its end.
node --test --test-concurrency=1 tests/cross/

section "release build fallback (standard library rebuild broken on purpose)"
mkdir -p target
RELEASE_STD_REBUILD=broken scripts/build.sh --no-setup --dist dist-fallback 2>&1 | tee target/fallback-build.log | tail -5
node --test tests/build/
