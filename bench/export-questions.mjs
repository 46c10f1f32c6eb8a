// Writes bench/surveyjs/questions.json: our questionnaire as a SurveyJS survey, read from the
// sources (questions from src/assessment/questionnaire.rs, regex-based: it reads the table as it
// is written, not Rust in general; the German texts, the app's own words among them, from
// texts/de.json).
//   node bench/export-questions.mjs [--check]   (--check: fail if questions.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = resolve(fileURLToPath(import.meta.url), '..');
const SRC = join(BENCH, '../src');
const TEXTS = join(BENCH, '../texts/de.json');
const OUT = join(BENCH, 'surveyjs/questions.json');

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
  const de = new Map(Object.entries(JSON.parse(readFileSync(TEXTS, 'utf8'))));
  const text = (key) => {
    const t = de.get(key);
    if (t === undefined) throw new Error(`texts/de.json: no text "${key}"`);
    return t;
  };
  const ui = (name) => text(`ui.${name}`);
  const intro = ['start-lead', 'start-gives', 'start-duration', 'start-privacy'].map((n) => `<p>${esc(ui(n))}</p>`).join('');
  return {
    title: ui('app-title'),
    firstPageIsStartPage: true,
    startSurveyText: ui('start-button'),
    pageNextText: ui('next'),
    pagePrevText: ui('back'),
    completeText: ui('show-result'),
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    progressBarType: 'questions',
    pages: [
      {
        name: 'start',
        elements: [
          { type: 'html', name: 'intro', html: intro },
          // Ours has the same optional field on its start screen.
          { type: 'text', name: 'company', title: ui('company-label'), description: ui('company-hint') },
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
    completedHtml: `<h2>${esc(ui('result-title'))}</h2>`,
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
