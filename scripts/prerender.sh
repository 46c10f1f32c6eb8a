#!/usr/bin/env bash
# Trunk's pre-build hook: renders the start screen with the app's own components (Yew's server
# renderer, src/bin/prerender.rs) into target/prerender/start-<lang>.html, for
# scripts/post-build.mjs to put into index.html. A native build: the release build's
# settings for the wasm (scripts/release-env.sh: a rebuilt standard library, immediate abort)
# are not for it.
set -euo pipefail
cd "$(dirname "$0")/.."
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT CARGO_PROFILE_RELEASE_PANIC
unset CARGO_BUILD_TARGET RUSTFLAGS
cargo run --quiet --locked --features prerender --bin prerender -- target/prerender
