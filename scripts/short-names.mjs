// Shortens the names the wasm and its wasm-bindgen glue know each other by. wasm-bindgen names
// every import `__wbg_<name>_<16 hex digits>` and closure exports after their Rust types: the
// hex digits do not compress, and each name is in both files. Each becomes a short one
// ("a", "b", …, "ab", …), in the wasm's import and export sections and in the glue alike.
// Exports the glue does not name (`__abort_handler`, …) keep theirs, and so do `main` and
// `memory`, which others may ask the instance for.

const SECTION_IMPORT = 2;
const SECTION_EXPORT = 7;

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

function name(text) {
  const encoded = encoder.encode(text);
  return [...u32(encoded.length), ...encoded];
}

// Skips a limits (table, memory) from `at`: a flags byte, the minimum, and a maximum when set.
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readU32(bytes, at);
  if (flags & 1) [, at] = readU32(bytes, at);
  return at;
}

// Copies an import's description (after its kind byte) unchanged, returning where it ends.
function skipImportDescription(bytes, kind, at) {
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return skipLimits(bytes, at + 1); // table: element type, limits
    case 2: return skipLimits(bytes, at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

// Closure exports also become function names in the glue: no reserved word of up to three letters.
const RESERVED = ['do', 'if', 'in', 'for', 'let', 'new', 'try', 'var'];

// "a", "b", …, "z", "A", …, "Z", "aa", "ab", …: valid JS identifiers, none reserved.
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const indices = new Array(length).fill(0);
    for (;;) {
      const candidate = indices.map((i) => letters[i]).join('');
      if (!RESERVED.includes(candidate)) yield candidate;
      let position = length - 1;
      while (position >= 0 && ++indices[position] === letters.length) indices[position--] = 0;
      if (position < 0) break;
    }
  }
}

const token = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/**
 * Returns the wasm with short names and a function that renames them in a glue text (`glue`,
 * or the same glue minified). Throws when the glue does not name an import or its module, so a
 * wasm-bindgen that writes its glue differently fails the build instead of the page.
 */
export function shortenNames(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const keep = (exportName) => ['main', 'memory'].includes(exportName) || !token(exportName).test(glue);
  let moduleName;
  const renames = new Map();
  const next = shortNames();
  // An export's name is also a function's name in the glue (closure adapters): its short
  // name must not be a name the glue already uses. An import's is only an object key.
  const rename = (old, isExport = false) => {
    if (!renames.has(old)) {
      let short = next.next().value;
      while (isExport && token(short).test(glue)) short = next.next().value;
      renames.set(old, short);
    }
    return renames.get(old);
  };
  const shortModule = 'a';
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    const end = start + size;
    if (id !== SECTION_IMPORT && id !== SECTION_EXPORT) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(wasm, start);
    const body = [...u32(count)];
    for (let i = 0; i < count; i++) {
      if (id === SECTION_IMPORT) {
        let module, field;
        [module, p] = readName(wasm, p);
        [field, p] = readName(wasm, p);
        const kind = wasm[p];
        const descEnd = skipImportDescription(wasm, kind, p + 1);
        moduleName ??= module;
        if (module !== moduleName) throw new Error(`imports from two modules: ${moduleName}, ${module}`);
        body.push(...name(shortModule), ...name(rename(field)), ...wasm.subarray(p, descEnd));
        p = descEnd;
      } else {
        let field;
        [field, p] = readName(wasm, p);
        const kind = wasm[p];
        const [, indexEnd] = readU32(wasm, p + 1);
        body.push(...name(keep(field) ? field : rename(field, true)), ...wasm.subarray(p, indexEnd));
        p = indexEnd;
      }
    }
    if (p !== end) throw new Error(`section ${id} did not read to its end`);
    parts.push(Uint8Array.of(id, ...u32(body.length)), Uint8Array.from(body));
    at = end;
  }
  const shortened = Buffer.concat(parts);

  const renameGlue = (glue) => {
    const quotedModule = JSON.stringify(moduleName);
    if (glue.split(quotedModule).length !== 2) throw new Error(`the glue names ${moduleName} not once`);
    let out = glue.replace(quotedModule, JSON.stringify(shortModule));
    for (const [old, short] of renames) {
      const pattern = token(old);
      if (!pattern.test(out)) throw new Error(`the glue does not name ${old}`);
      out = out.replace(pattern, short);
    }
    return out;
  };
  return { wasm: shortened, renameGlue };
}
