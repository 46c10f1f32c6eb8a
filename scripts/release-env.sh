# Sourced before every release build (trunk build/serve --release).
# Rebuilds the standard library for wasm32 with panics that abort at once, which drops core's
# panic messages and much of its formatting code: 16.5 KB less gzipped wasm (162.7 -> 146.2 KB).
# These are unstable cargo/rustc flags of the machine's one stable toolchain, enabled with
# RUSTC_BOOTSTRAP for these builds only (no nightly can be fetched here). Needs rust-src
# (scripts/setup.sh). Tests, clippy and debug builds are unchanged.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
