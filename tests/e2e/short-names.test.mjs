// The build step that shortens the names between the wasm and its glue (scripts/short-names.mjs),
// on a hand-made module with every kind of import: the app's own wasm imports functions only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenNames } from '../../scripts/short-names.mjs';

const MODULE = './app_bg.js';
const IMPORTS = [
  ['__wbg_log_0123456789abcdef', 0x00, [0x00]], // function of type 0
  ['__wbg_table_0123456789abcdef', 0x01, [0x70, 0x00, 0x01]], // funcref table, min 1
  ['__wbg_memory_0123456789abcdef', 0x02, [0x01, 0x01, 0x02]], // memory, min 1, max 2
  ['__wbg_global_0123456789abcdef', 0x03, [0x7f, 0x00]], // immutable i32
];
const LONG_EXPORT = 'wasm_bindgen_0123___convert__closures_____invoke_______true_';

const bytes = (text) => [...new TextEncoder().encode(text)];
const name = (text) => [bytes(text).length, ...bytes(text)];
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

function module({ exports }) {
  const importBody = [IMPORTS.length];
  for (const [field, kind, desc] of IMPORTS) importBody.push(...name(MODULE), ...name(field), kind, ...desc);
  const exportBody = [exports.length];
  for (const [field, kind, index] of exports) exportBody.push(...name(field), kind, index);
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
    ...section(2, importBody),
    ...section(7, exportBody),
  ]);
}

// A glue shaped like wasm-bindgen's: the imports as keys of one object, the exports used as
// `wasm.<name>`, a closure adapter named after its export, and locals of one letter.
const GLUE = `function getImports() {
  const a = 1, e = 2;
  return { "${MODULE}": { ${IMPORTS.map(([field]) => `${field}: function() { return a + e; }`).join(', ')} } };
}
function ${LONG_EXPORT}() { wasm.${LONG_EXPORT}(); }
wasm.main(); wasm.memory;`;

const EXPORTS = [[LONG_EXPORT, 0x00, 0], ['main', 0x00, 0], ['memory', 0x02, 0], ['__unused_by_glue', 0x03, 0]];

test('every import kind is renamed in the wasm and the glue, and the module still validates', async () => {
  const short = shortenNames(module({ exports: EXPORTS }), GLUE);
  const compiled = new WebAssembly.Module(short.wasm);
  assert.deepEqual(WebAssembly.Module.imports(compiled), [
    { module: 'a', name: 'a', kind: 'function' },
    { module: 'a', name: 'b', kind: 'table' },
    { module: 'a', name: 'c', kind: 'memory' },
    { module: 'a', name: 'd', kind: 'global' },
  ]);
  // The closure export skips "e", which the glue already uses; main, memory and what the glue
  // never names keep their names.
  assert.deepEqual(WebAssembly.Module.exports(compiled).map((e) => e.name), ['f', 'main', 'memory', '__unused_by_glue']);
  const glue = short.renameGlue(GLUE);
  assert.match(glue, /return \{ "a": \{ a: function\(\) \{ return a \+ e; \}, b: function/);
  assert.match(glue, /function f\(\) \{ wasm\.f\(\); \}/);
  assert.match(glue, /wasm\.main\(\); wasm\.memory;/);
  assert.ok(!glue.includes('0123456789abcdef') && !glue.includes(MODULE), glue);
  // The renamed glue provides exactly what the renamed wasm imports.
  const provided = new Function('wasm', `${glue}\nreturn getImports();`)({ main() {}, f() {} });
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 2 });
  const table = new WebAssembly.Table({ initial: 1, element: 'anyfunc' });
  provided.a.b = table;
  provided.a.c = memory;
  provided.a.d = new WebAssembly.Global({ value: 'i32', mutable: false }, 7);
  const { instance } = await WebAssembly.instantiate(short.wasm, provided);
  assert.equal(instance.exports.__unused_by_glue.value, 7);
});

test('a glue that does not name an import, or names the module twice, fails the build', () => {
  const wasm = module({ exports: EXPORTS });
  const missing = GLUE.replace(`${IMPORTS[2][0]}:`, 'somethingElse:');
  assert.throws(() => shortenNames(wasm, missing).renameGlue(missing), /does not name __wbg_memory/);
  const twice = `${GLUE}\nconst again = "${MODULE}";`;
  assert.throws(() => shortenNames(wasm, twice).renameGlue(twice), /names \.\/app_bg\.js not once/);
  assert.throws(() => shortenNames(Buffer.from('not wasm at all'), GLUE), /not a wasm module/);
});
