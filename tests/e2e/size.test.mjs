// Sizes are deterministic: the test command fails when what a visitor's browser loads grows
// past the budget: a guard against creep, raised only by named, measured amounts (the 100 KB
// target is withdrawn; see docs/developers.md, "Size and speed").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from './harness.mjs';
import { sizes } from '../../scripts/sizes.mjs';

/** Gzipped bytes of everything the page loads: HTML, loader, glue, wasm, CSS, service worker.
 *  A regression guard a little above today's size: 170.5 KB at stop 17 (2026-11-30). Stop 14
 *  ended at 166.5 KB; stop 15's review fixes (advice, privacy, Trusted Types, offline, texts)
 *  added about 5 KB and the browser's back button 1 KB; minifying the loader and service
 *  worker took 0.9 KB off and keeping Unicode's tables out of the address check 2 KB. Stop 17's
 *  fixes (chart labels, the address's type size and language, focus after a reload, the
 *  participant's turn, one-page printing) added 0.9 KB. Stop 18 took 5.7 KB off by giving the
 *  wasm's imports and exports short names (scripts/short-names.mjs); the advice review's rules
 *  and texts added 0.5 KB and a workshop refusal shown at its field 0.95 KB; the phone review's
 *  fixes (a refusal announced again, an empty link asked for, the spread column first with
 *  scroll shadows) 0.5 KB: 167.4 KB. Stop 19: a frame on another site that may not save offers
 *  its own tab, with the answers so far, 0.55 KB; the hostile-link review's fixes (no junk
 *  "from a newer version", capped warnings, long words that break, a comparison beside a
 *  result code, wrapped links pasted, lookalike names, the iframe's address at top level)
 *  0.4 KB; the embedding review's (a host's hash route left alone, its --rc-brand kept out)
 *  0.15 KB; the German flow review's (a shared result says the own answers are kept, Escape
 *  cancels a confirmation, large type's controls and progress track) 0.3 KB: 168.9 KB. Issue 20:
 *  the texts as JSON files (texts/<lang>.json) read with serde_json on first use, 6.5 KB, its
 *  parser (read through visitors of our own: as a HashMap<String, String> serde's number
 *  formatting came along too, 11.9 KB): 175.5 KB. The rest of issue 20 (the state in slices,
 *  gloo's event listeners, one query reader, the host's messages written by serde): 2.4 KB,
 *  177.8 KB. Issue 22 (the verdict card with what decided it in numbers, the plan and details
 *  folded, the shared-result banner, the participant's hand-back, the print footer with date
 *  and QR code, the auto-advance, the workshop's presentation with who answered what, as Yew
 *  components and their texts): 18.9 KB, 196.8 KB. Issue 23's host options (workshop entry, the
 *  host page as the links' base): 0.4 KB, 197.2 KB. Issue 21's questions and advice (where the
 *  company stands and how its channels are kept, honest "not decided yet" answers, the second
 *  link layout beside the first, the new plan steps and rules, their texts in both languages)
 *  and the print's notes: 8.3 KB, 205.5 KB (measured 2026-12-06). Issue 23's lead form (the
 *  form on the result, its state, validation and JSON payload, the fetch POST, its texts in
 *  both languages, its styles): 12.3 KB (204.2 KB before, 216.5 KB after, measured
 *  2026-12-06), 218.1 KB. Issue 24, against the lead form's build (216.5 KB): the wasm
 *  205.5 -> 186.6 KB (-18.9 KB: the texts out of it, less the code that fetches them; texts
 *  errors worded without serde's messages and no standard sort), the texts of the language
 *  shown as a file of their own (+13.7 KB German, +12.4 KB English; the other comes on
 *  switching), the pre-rendered start screen in index.html (+1.2 KB), the boot script and
 *  deferred loader in start.js (+1.1 KB), glue and service worker +0.1 KB: 213.8 KB in German,
 *  212.5 KB in English (measured 2026-12-06), so the budget goes down to 214.7 KB. Issue 24's
 *  second stop: the stylesheet inside start.js instead of a file of its own (+0.06 KB, the
 *  file's 5.2 KB now counted in start.js), the app's start in two tasks (+0.4 KB), a description
 *  for search engines in index.html (+0.04 KB): 214.2 KB in German; the review's lead form
 *  with its rules in src/lead.rs and its fields in one loop (+0.16 KB): 214.4 KB (measured
 *  2026-12-06); the budget stays. */
export const PAGE_BUDGET_GZIP_BYTES = 214_700;

/** Files in dist/ that the page itself does not load. */
const NOT_LOADED_BY_THE_PAGE = ['embed.js', 'readiness-check.html'];
/** The texts of a language the page does not show: fetched only when the person switches. */
const OTHER_LANGUAGE = /^texts-(?!de-)[a-z]{2}-[0-9a-f]+\.json$/;
/** The stylesheet as a file: the page has it inside start.js; the snippet's inline mode and a
 *  browser without constructed style sheets fetch the file instead. */
const STYLESHEET_FILE = /^main-[0-9a-f]+\.css$/;

test(`what the page loads in German stays within ${PAGE_BUDGET_GZIP_BYTES} bytes gzipped`, () => {
  const loaded = sizes(DIST).filter((f) => !NOT_LOADED_BY_THE_PAGE.includes(f.file) && !OTHER_LANGUAGE.test(f.file) && !STYLESHEET_FILE.test(f.file));
  assert.equal(loaded.filter((f) => f.file.startsWith('texts-')).length, 1, "one language's texts");
  assert.ok(loaded.some((f) => f.file.endsWith('.wasm')), 'the build has its wasm');
  const total = loaded.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`page loads ${loaded.length} files, ${total} B gzipped (budget ${PAGE_BUDGET_GZIP_BYTES} B, SurveyJS about 415 KB)`);
  assert.ok(total <= PAGE_BUDGET_GZIP_BYTES, `${total} B gzipped is over the budget of ${PAGE_BUDGET_GZIP_BYTES} B`);
});
