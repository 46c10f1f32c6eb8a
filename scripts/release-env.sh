# Sourced before the release build (scripts/build.sh, scripts/serve.sh).
# Rebuilds the standard library for wasm32 with panics that abort at once, which drops core's
# panic messages and much of its formatting code: 16.5 KB less gzipped wasm (162.7 -> 146.2 KB).
# These are unstable cargo/rustc flags of the pinned stable toolchain (rust-toolchain.toml),
# enabled with RUSTC_BOOTSTRAP for these builds only (no nightly can be fetched here). Needs
# rust-src. When another compiler or a changed flag makes this build fail, build.sh builds
# again without them (release_env_off) and warns: a larger page, never a broken release.
# RELEASE_STD_REBUILD=broken makes the rebuild fail on purpose, so the test command can try
# the fallback.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
if [ "${RELEASE_STD_REBUILD:-}" = broken ]; then
  export CARGO_UNSTABLE_BUILD_STD=no-such-crate-of-std
fi

release_env_off() {
  unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT
  export CARGO_PROFILE_RELEASE_PANIC=abort
}
