//! Every text a person reads, by key, from one JSON file per language (`texts/<code>.json`).
//!
//! Content is data: a translator edits a flat file, not Rust, and the code refers to texts by
//! key and never branches on the language. A language is a [`Lang`] variant with its code and
//! its file; a key a language lacks falls back to German, then to [`MISSING_TEXT`], so a
//! lookup never panics. `tests/texts.rs` keeps the files alike (keys, order, placeholders).
//!
//! Natively (tests, the build's prerender step) the files are compiled in. In the browser they
//! are not: the page fetches the language it shows and [`install`]s it (the other one when the
//! person switches), so a visitor loads one language's texts, not both. Either way a table is
//! parsed once and lives as long as the program: that is what lets a lookup hand out
//! `&'static str`. A host's own texts ([`host_overrides`]) are laid over a table as it is
//! installed.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Accepts "de", "de-DE", "EN-us", "en_GB", …: only the primary subtag counts.
    pub fn from_code(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The language's text file as compiled in (JSON: one object, key -> text); in the browser
    /// the page fetches it instead (see the module's note).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn source(self) -> &'static str {
        match self {
            Lang::De => include_str!("../texts/de.json"),
            Lang::En => include_str!("../texts/en.json"),
        }
    }

    /// The language's name in itself, on the button that switches to it: there before the
    /// language's texts are (the page loads only the texts of the language shown).
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|&l| l == self).unwrap_or(0)
    }
}

/// Shown when a key has no text in any language (the tests keep this from happening).
pub const MISSING_TEXT: &str = "?";

/// One language's texts: key -> text.
pub type Table = HashMap<String, String>;

/// A host's own texts, per language.
pub type HostTexts = Vec<(Lang, Table)>;

static TABLES: [OnceLock<Table>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// The language's texts. Natively parsed from the compiled-in file on first use (a file that
/// does not parse gives an empty table, whose texts then fall back to German, rather than a
/// panic; the tests make sure each parses). In the browser: what [`install`] was given, or an
/// empty table before that.
pub fn table(lang: Lang) -> &'static Table {
    let cell = &TABLES[lang.index()];
    #[cfg(not(target_arch = "wasm32"))]
    return cell.get_or_init(|| parse(lang.source()).unwrap_or_default());
    #[cfg(target_arch = "wasm32")]
    {
        static EMPTY: OnceLock<Table> = OnceLock::new();
        cell.get().unwrap_or_else(|| EMPTY.get_or_init(Table::new))
    }
}

/// Whether the language's texts are there to be read (always, natively).
pub fn is_installed(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || TABLES[lang.index()].get().is_some()
}

/// Makes `json` (the language's text file) the language's texts, with a host's own texts for
/// it laid over them. Returns what was wrong with the host's texts (each ignored, its built-in
/// text kept), for the console. A language already installed keeps its texts: lookups may hold
/// on to them.
pub fn install(lang: Lang, json: &str, host: Option<&Table>) -> Result<Vec<String>, String> {
    let mut table = parse(json).map_err(|e| {
        format!(
            "the {} texts do not parse (line {}, column {})",
            lang.code(),
            e.line(),
            e.column()
        )
    })?;
    let problems = host.map(|h| overlay(&mut table, h)).unwrap_or_default();
    let _ = TABLES[lang.index()].set(table);
    Ok(problems)
}

/// A host's texts file: one object per language code, each an object of texts, e.g.
/// `{"de": {"ui.start-button": "Los geht's"}, "en": {...}}`. Returns each language's texts and
/// what was wrong (a language we do not have); a file that is not such an object is an error.
pub fn host_overrides(json: &str) -> Result<(HostTexts, Vec<String>), String> {
    let mut de = serde_json::Deserializer::from_str(json);
    // Where it went wrong, not serde's wording of it: that would cost the page 1.3 KB.
    let by_code = de
        .deserialize_any(Entries(Texts))
        .and_then(|languages| de.end().map(|()| languages))
        .map_err(|e| {
            format!(
                "not a texts file (line {}, column {}): one object with an object of texts per language, e.g. {{\"de\": {{\"ui.start-button\": \"…\"}}}}",
                e.line(),
                e.column()
            )
        })?;
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for (code, table) in by_code {
        match Lang::ALL.into_iter().find(|l| l.code() == code) {
            Some(lang) => out.push((lang, table)),
            None => problems.push(format!(
                "\"{code}\" is not a language of the check (de, en): its texts are ignored"
            )),
        }
    }
    Ok((out, problems))
}

/// Lays a host's texts over `table`: a key the check does not have, or a text that leaves out
/// or adds a `{placeholder}`, is refused (the built-in text stays) and named in the result, in
/// the keys' order.
pub fn overlay(table: &mut Table, host: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, text) in host {
        let Some(builtin) = table.get(key) else {
            problems.push((key, format!("unknown key \"{key}\": ignored")));
            continue;
        };
        let (want, got) = (placeholders(builtin), placeholders(text));
        if want.len() != got.len() || !want.iter().all(|p| got.contains(p)) {
            let list = |v: &[&str]| match v {
                [] => "none".to_string(),
                _ => v
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            problems.push((
                key,
                format!(
                    "\"{key}\" must use the placeholders {} (it has {}): the built-in text is used",
                    list(&want),
                    list(&got)
                ),
            ));
            continue;
        }
        table.insert(key.clone(), text.clone());
    }
    crate::small_sort::sort_by_key(&mut problems, |(key, _)| (*key).clone());
    problems.into_iter().map(|(_, problem)| problem).collect()
}

/// A text file's table: a JSON object whose values are all strings.
pub fn parse(json: &str) -> Result<Table, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(json);
    let table = Texts.deserialize(&mut de)?;
    de.end()?;
    Ok(table)
}

// The objects are read through visitors of our own rather than as a `HashMap<String, String>`:
// serde's default refusals of a wrong type describe the value found, a number too, and their
// number formatting cost the page 5.4 KB gzipped. These refuse in plain words.

/// One text: a string.
#[derive(Clone, Copy)]
struct Text;

/// A text file: one object of texts.
#[derive(Clone, Copy)]
struct Texts;

/// An object whose values `S` reads: its entries, in the file's order. A text file is
/// `Entries<Text>`; a host's file, one text file per language, is `Entries<Texts>`.
struct Entries<S>(S);

fn refuse<E: de::Error>() -> E {
    E::custom("a text file is one object whose values are strings")
}

macro_rules! refuse_all_but_strings_and_objects {
    () => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Err(refuse())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Err(refuse())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Err(refuse())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Err(refuse())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Err(refuse())
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(refuse())
        }
    };
}

impl<'de, S: DeserializeSeed<'de> + Copy> Visitor<'de> for Entries<S> {
    type Value = Vec<(String, S::Value)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(entry) = map.next_entry_seed(Text, self.0)? {
            entries.push(entry);
        }
        Ok(entries)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Err(refuse())
    }

    refuse_all_but_strings_and_objects!();
}

impl<'de> DeserializeSeed<'de> for Texts {
    type Value = Table;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Table, D::Error> {
        let entries = deserializer.deserialize_any(Entries(Text))?;
        Ok(entries.into_iter().collect())
    }
}

impl<'de> DeserializeSeed<'de> for Text {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        Ok(text.to_owned())
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(refuse())
    }

    refuse_all_but_strings_and_objects!();
}

/// The one way to a text: by key, in `lang`, else in German, else [`MISSING_TEXT`].
pub fn text(lang: Lang, key: &str) -> &'static str {
    try_text(lang, key)
        .or_else(|| try_text(Lang::De, key))
        .unwrap_or(MISSING_TEXT)
}

/// A text by key, or `None` if this language has none (no fallback).
pub fn try_text(lang: Lang, key: &str) -> Option<&'static str> {
    table(lang).get(key).map(String::as_str)
}

/// The text whose key is `parts` joined, for keys made of an id and a prefix or suffix.
pub(crate) fn text_parts(lang: Lang, parts: &[&str]) -> &'static str {
    text(lang, &parts.concat())
}

/// `template` with each `{name}` replaced by its value; other braces stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A text about `n` things: `<key>.one` for one, `<key>.other` otherwise, with `{n}` filled.
pub fn count(lang: Lang, key: &str, n: usize) -> String {
    let form = if n == 1 { ".one" } else { ".other" };
    fill(text_parts(lang, &[key, form]), &[("n", &n.to_string())])
}

/// The `{name}` placeholders of a text, in order, each once.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('}') else { break };
        let name = &rest[..close];
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
        rest = &rest[close + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_parse_leniently() {
        assert_eq!(Lang::from_code("de"), Some(Lang::De));
        assert_eq!(Lang::from_code("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_code("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_code(" en_GB "), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("-"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(Lang::ALL[l.index()], l);
        }
        assert_eq!(Lang::default(), Lang::De);
    }

    #[test]
    fn lookups_match_whole_keys_and_fall_back() {
        assert_eq!(text(Lang::De, "dimension.goals"), "Ziele");
        assert_eq!(text_parts(Lang::En, &["dimension.", "goals"]), "Goals");
        assert_eq!(text_parts(Lang::En, &["dimension.", "goal"]), MISSING_TEXT);
        assert_eq!(text(Lang::En, "no.such.key"), MISSING_TEXT);
        assert_eq!(text(Lang::En, ""), MISSING_TEXT);
        assert_eq!(try_text(Lang::En, "no.such.key"), None);
        assert_eq!(
            try_text(Lang::En, "ui.start-button"),
            Some("Start the check")
        );
    }

    #[test]
    fn a_file_is_one_object_of_strings() {
        let table = parse(r#"{ "a.b": "Text", "c": "\u00e4\"{n}\"" }"#).unwrap();
        assert_eq!(table["a.b"], "Text");
        assert_eq!(table["c"], "ä\"{n}\"");
        assert!(parse("{}").unwrap().is_empty());
        for bad in [
            r#"{ "a": 1 }"#,
            r#"{ "a": -1.5e3 }"#,
            r#"{ "a": null }"#,
            r#"{ "a": true }"#,
            r#"{ "a": ["x"] }"#,
            r#"{ "a": { "b": "x" } }"#,
            r#"{ "a": "x", }"#,
            r#"{ "a": "x" } x"#,
            r#"["x"]"#,
            r#""x""#,
            "",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(fill("{n} von {of}", &[("n", "2"), ("of", "3")]), "2 von 3");
        assert_eq!(fill("{name} und {name}", &[("name", "Mia")]), "Mia und Mia");
        assert_eq!(
            fill("{a} {b}", &[("a", "{b}")]),
            "{b} {b}",
            "values are not filled again"
        );
        assert_eq!(fill("{x} { } {", &[("n", "1")]), "{x} { } {");
        assert_eq!(fill("{n}", &[("n", "ä}")]), "ä}");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn counts_pick_one_or_other() {
        assert_eq!(
            count(Lang::De, "ui.in-comparison", 1),
            "1 Person im Vergleich"
        );
        assert_eq!(
            count(Lang::En, "ui.in-comparison", 3),
            "3 people in the comparison"
        );
        assert_eq!(
            count(Lang::En, "ui.in-comparison", 0),
            "0 people in the comparison"
        );
        assert_eq!(count(Lang::En, "no.such", 2), MISSING_TEXT);
    }

    #[test]
    fn placeholders_are_listed_once_in_order() {
        assert_eq!(placeholders("{name} x {n} {name}"), ["name", "n"]);
        assert_eq!(placeholders("no braces"), Vec::<&str>::new());
        assert_eq!(placeholders("{} {open"), Vec::<&str>::new());
    }

    #[test]
    fn a_hosts_texts_replace_ours_where_they_fit() {
        let mut table = parse(r#"{ "a": "Start", "b": "{n} von {of}", "c": "Ende" }"#).unwrap();
        let host =
            parse(r#"{ "a": "Los geht's", "b": "{of}: {n}", "c": "Schluss {name}", "zz": "x" }"#)
                .unwrap();
        let problems = overlay(&mut table, &host);
        assert_eq!(table["a"], "Los geht's");
        assert_eq!(table["b"], "{of}: {n}", "placeholders in another order fit");
        assert_eq!(
            table["c"], "Ende",
            "a placeholder we do not fill is refused"
        );
        assert!(!table.contains_key("zz"));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("\"c\"") && problems[0].contains("{name}"));
        assert!(problems[1].contains("unknown key \"zz\""));

        let mut table = parse(r#"{ "b": "{n} von {of}" }"#).unwrap();
        let problems = overlay(&mut table, &parse(r#"{ "b": "alle" }"#).unwrap());
        assert_eq!(
            table["b"], "{n} von {of}",
            "a placeholder left out is refused"
        );
        assert!(
            problems[0].contains("{n} {of}") || problems[0].contains("{of} {n}"),
            "{problems:?}"
        );
        assert!(host_overrides("{ \"de\": 1 }")
            .unwrap_err()
            .contains("line 1"));
    }

    #[test]
    fn a_hosts_file_holds_texts_per_language() {
        let (by_lang, problems) =
            host_overrides(r#"{ "de": { "a": "Hallo" }, "fr": { "a": "Salut" }, "en": {} }"#)
                .unwrap();
        assert_eq!(by_lang[0].0, Lang::De);
        assert_eq!(by_lang[0].1["a"], "Hallo");
        assert_eq!(by_lang[1].0, Lang::En);
        assert!(by_lang[1].1.is_empty());
        assert_eq!(by_lang.len(), 2);
        assert!(problems[0].contains("\"fr\""), "{problems:?}");
        for bad in [
            r#"{ "a": "Hallo" }"#,
            r#"{ "de": { "a": 1 } }"#,
            r#"["de"]"#,
            r#"{ "de": {} } x"#,
            "",
            "<html>",
        ] {
            assert!(host_overrides(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn installing_keeps_the_first_table() {
        // Natively the compiled-in texts are there already; a later install changes nothing.
        let _ = table(Lang::En);
        let problems = install(Lang::En, r#"{ "ui.start-button": "x" }"#, None).unwrap();
        assert!(problems.is_empty());
        assert_eq!(text(Lang::En, "ui.start-button"), "Start the check");
        assert!(install(Lang::En, "{", None).is_err());
    }
}
