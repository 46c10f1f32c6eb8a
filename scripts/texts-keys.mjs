// Writes docs/texts-keys.md: every text key with its German text, for consultancies writing a
// texts file of their own (docs/consultancies.md, section 11). tests/texts.rs checks it is whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const de = JSON.parse(readFileSync(join(root, 'texts/de.json'), 'utf8'));
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const lines = [
  '# The text keys',
  '',
  'Every text of the check by its key, with its German text: the keys a texts file of your own may',
  'replace ([consultancies.md, section 11](consultancies.md#11-your-own-texts-texts)). Made from',
  '`texts/de.json` by `node scripts/texts-keys.mjs`; `tests/texts.rs` keeps it complete.',
  '',
  '| key | German text |',
  '|---|---|',
  ...Object.entries(de).map(([key, text]) => `| \`${key}\` | ${cell(text)} |`),
  '',
];
writeFileSync(join(root, 'docs/texts-keys.md'), lines.join('\n'));
