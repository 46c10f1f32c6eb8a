// Prints the byte size, raw and gzip -9, of every file in a folder and their total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function sizes(dir) {
  const rows = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        rows.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return rows;
}

export function printSizes(dir, rows = sizes(dir)) {
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(48)} ${pad('raw B', 10)} ${pad('gzip B', 10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(48)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)}`);
  const raw = rows.reduce((a, r) => a + r.raw, 0);
  const gzip = rows.reduce((a, r) => a + r.gzip, 0);
  console.log(`${'total'.padEnd(48)} ${pad(raw, 10)} ${pad(gzip, 10)}`);
  return { raw, gzip };
}

if (import.meta.url === `file://${process.argv[1]}`) printSizes(process.argv[2] ?? 'dist');
