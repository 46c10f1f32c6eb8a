#!/usr/bin/env bash
# Sets up what is missing, then writes the release build to dist/ (the hostable folder and
# dist/readiness-check.html, the single file). Pass --no-setup when the caller already ran it;
# --dist DIR writes elsewhere.
# The release build rebuilds the standard library (scripts/release-env.sh); if that fails (a
# compiler other than the pinned one, a flag that changed), it builds again without the
# rebuild, with a warning: the page is then larger, but it is built.
set -euo pipefail
cd "$(dirname "$0")/.."
setup=1
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --no-setup) setup=0 ;;
    --dist) dist="$2"; shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ "$setup" = 0 ] || scripts/setup.sh --app
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
. scripts/release-env.sh
if ! trunk build --release --offline --dist "$dist"; then
  echo "" >&2
  echo "WARNING: the release build with the rebuilt standard library failed (see above)." >&2
  echo "WARNING: building again as a plain release build: the page works, but is larger." >&2
  release_env_off
  trunk build --release --offline --dist "$dist"
  echo "WARNING: dist built without the standard library rebuild." >&2
fi
