#!/usr/bin/env bash
# Benchmark: builds the release, then compares it with the same questionnaire in SurveyJS in
# headless Chromium. Prints figures; not a pass/fail test. Options go to bench/run.mjs:
#   bench/run.sh [--runs N] [--cpu 1,4] [--lighthouse N] [--only timings|lighthouse] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh

# SurveyJS, the driver and Lighthouse, pinned in bench/package-lock.json (npm only; the browser is /usr/bin/chromium).
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund)
fi
mkdir -p bench/surveyjs/vendor
cp bench/node_modules/survey-core/survey.core.min.js \
   bench/node_modules/survey-core/survey-core.fontless.min.css \
   bench/node_modules/survey-js-ui/survey-js-ui.min.js \
   bench/surveyjs/vendor/

# The SurveyJS questionnaire, regenerated from the Rust sources (unchanged file if nothing changed).
node bench/export-questions.mjs

node bench/run.mjs "$@"
