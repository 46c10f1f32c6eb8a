// Trunk post-build hook (runs in Trunk's staging folder before dist/ is replaced):
// moves the inline module loader Trunk writes into index.html to a file of its own, so the
// page runs under a Content-Security-Policy without 'unsafe-inline' or per-build hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('no inline module loader found in index.html');
writeFileSync(join(dir, 'start.js'), found[1].trim() + '\n');
html = html.replace(inline, '<script type="module" src="./start.js"></script>');
writeFileSync(indexPath, html);
