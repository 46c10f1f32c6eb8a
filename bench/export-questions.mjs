// Writes bench/surveyjs/questions.json: our questionnaire as a SurveyJS survey, read from the
// Rust sources (questions from src/assessment/questionnaire.rs, German texts from
// src/assessment/text_de.rs, the app's own words from src/ui/labels.rs). Regex-based: it reads
// the tables as they are written, not Rust in general.
//   node bench/export-questions.mjs [--check]   (--check: fail if questions.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = resolve(fileURLToPath(import.meta.url), '..');
const SRC = join(BENCH, '../src');
const OUT = join(BENCH, 'surveyjs/questions.json');

// A Rust string literal's body ("..." without the quotes) as a JS string.
function unescape(s) {
  return s
    .replace(/\\\r?\n\s*/g, '')
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', 0: '\0' })[c] ?? c);
}
const STR = String.raw`"((?:[^"\\]|\\[\s\S])*)"`;

// `("key", "text")` pairs anywhere in the file.
function textTable(file) {
  const src = readFileSync(file, 'utf8');
  const table = new Map();
  for (const m of src.matchAll(new RegExp(String.raw`\(\s*${STR}\s*,\s*${STR}\s*,?\s*\)`, 'g'))) {
    table.set(unescape(m[1]), unescape(m[2]));
  }
  return table;
}

// `name: "text",` fields of `const DE: Labels = Labels { ... };`.
function labels(file) {
  const src = readFileSync(file, 'utf8');
  const block = src.match(/const DE: Labels = Labels \{([\s\S]*?)\n\};/);
  if (!block) throw new Error(`${file}: no "const DE: Labels" block`);
  const out = {};
  for (const m of block[1].matchAll(new RegExp(String.raw`(\w+):\s*${STR}`, 'g'))) out[m[1]] = unescape(m[2]);
  return out;
}

// Every `Question { ... }` of the QUESTIONS table, in order.
function questions(file) {
  const src = readFileSync(file, 'utf8');
  const start = src.indexOf('QUESTIONS: &[Question] = &[');
  if (start < 0) throw new Error(`${file}: no QUESTIONS table`);
  const body = src.slice(start);
  const list = [];
  const re = /Question \{([\s\S]*?)\n {4}\},/g;
  for (const m of body.matchAll(re)) {
    const q = m[1];
    const id = q.match(/\bid:\s*"([^"]+)"/)?.[1];
    const multi = q.match(/\bmulti:\s*(true|false)/)?.[1] === 'true';
    const opts = q.match(/options:\s*&\[([\s\S]*?)\]/)?.[1] ?? '';
    const options = [...opts.matchAll(/\bo\(\s*"([^"]+)"/g)].map((x) => x[1]);
    const shown = q.match(/ShownIf\s*\{\s*question:\s*"([^"]+)",\s*any_of:\s*&\[([^\]]*)\]/);
    if (!id || !options.length) throw new Error(`${file}: cannot read a question near: ${q.slice(0, 80)}`);
    list.push({ id, multi, options, shownIf: shown ? { question: shown[1], anyOf: [...shown[2].matchAll(/"([^"]+)"/g)].map((x) => x[1]) } : null });
  }
  if (!list.length) throw new Error(`${file}: no questions found`);
  return list;
}

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function survey() {
  const qs = questions(join(SRC, 'assessment/questionnaire.rs'));
  const de = textTable(join(SRC, 'assessment/text_de.rs'));
  const l = labels(join(SRC, 'ui/labels.rs'));
  const text = (key) => {
    const t = de.get(key);
    if (t === undefined) throw new Error(`text_de.rs: no text "${key}"`);
    return t;
  };
  const intro = [l.start_lead, l.start_gives, l.start_duration, l.start_privacy].filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join('');
  return {
    title: l.app_title,
    firstPageIsStartPage: true,
    startSurveyText: l.start_button,
    pageNextText: l.next,
    pagePrevText: l.back,
    completeText: l.show_result ?? l.to_review,
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    progressBarType: 'questions',
    pages: [
      {
        name: 'start',
        elements: [
          { type: 'html', name: 'intro', html: intro },
          // Ours has the same optional field on its start screen.
          { type: 'text', name: 'company', title: l.company_label, description: l.company_hint },
        ],
      },
      // One page per question, so a hidden follow-up's page is skipped as ours skips it.
      ...qs.map((q) => ({
        name: q.id,
        elements: [{
          type: q.multi ? 'checkbox' : 'radiogroup',
          name: q.id,
          title: text(`q.${q.id}.title`),
          ...(de.has(`q.${q.id}.why`) ? { description: de.get(`q.${q.id}.why`) } : {}),
          isRequired: true,
          choices: q.options.map((o) => ({ value: o, text: text(`q.${q.id}.o.${o}`) })),
          ...(q.shownIf ? { visibleIf: `{${q.shownIf.question}} anyof [${q.shownIf.anyOf.map((v) => `'${v}'`).join(', ')}]` } : {}),
        }],
      })),
    ],
    completedHtml: `<h2>${esc(l.result_title ?? '')}</h2>`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = JSON.stringify(survey(), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    let old = '';
    try { old = readFileSync(OUT, 'utf8'); } catch {}
    if (old !== json) { console.error('bench/surveyjs/questions.json is stale: run node bench/export-questions.mjs'); process.exit(1); }
  } else {
    writeFileSync(OUT, json);
    console.log(`wrote ${OUT}`);
  }
}
