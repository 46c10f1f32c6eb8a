//! The text files (`texts/<code>.json`): every language has every key, in the same order, with
//! the same placeholders; and every key the UI names exists. Native: the browser build does
//! not compile the files in (it fetches them).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use readiness_check::assessment::Lang;
use readiness_check::share::link::LinkError;
use readiness_check::texts::{parse, placeholders, table, text, MISSING_TEXT};
use readiness_check::ui::labels::notice_text;
use readiness_check::ui::state::Notice;
use readiness_check::workshop::WorkshopLinkError;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn file(lang: Lang) -> PathBuf {
    root().join("texts").join(format!("{}.json", lang.code()))
}

/// The keys in the order the file lists them: one `"key": "text"` a line, as the files are
/// written (and as a translator reads them side by side).
fn keys_in_order(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('"'))
        .filter_map(|rest| rest.split_once("\": "))
        .map(|(key, _)| key.to_string())
        .collect()
}

#[test]
fn every_language_has_a_file_that_parses_and_is_compiled_in() {
    for lang in Lang::ALL {
        let on_disk = std::fs::read_to_string(file(lang)).expect("texts/<code>.json");
        assert_eq!(
            on_disk,
            lang.source(),
            "{}: the compiled-in file",
            lang.code()
        );
        let parsed =
            parse(&on_disk).unwrap_or_else(|e| panic!("{}.json does not parse: {e}", lang.code()));
        assert_eq!(&parsed, table(lang), "{}", lang.code());
        assert!(
            parsed.len() > 300,
            "{}: {} texts",
            lang.code(),
            parsed.len()
        );
    }
    // No file without its language (it would never be read).
    let mut codes: Vec<String> = std::fs::read_dir(root().join("texts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    let mut expected: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("{}.json", l.code()))
        .collect();
    expected.sort();
    assert_eq!(codes, expected);
}

#[test]
fn every_language_has_the_same_keys_in_the_same_order() {
    let german = keys_in_order(Lang::De.source());
    for lang in Lang::ALL {
        let keys = keys_in_order(lang.source());
        // As many lines as texts: the format holds, and no key is listed twice (JSON would
        // silently keep the last).
        assert_eq!(
            keys.len(),
            table(lang).len(),
            "{}: duplicate keys",
            lang.code()
        );
        assert_eq!(keys, german, "{}: keys or their order differ", lang.code());
        for key in &keys {
            assert!(
                !key.is_empty()
                    && key.split('.').all(|part| {
                        !part.is_empty()
                            && part
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    }),
                "{}: key {key:?} is not dotted lower-case words",
                lang.code()
            );
        }
    }
}

#[test]
fn every_text_is_filled_in_and_has_the_german_placeholders() {
    let german = table(Lang::De);
    for lang in Lang::ALL {
        for (key, value) in table(lang) {
            let code = lang.code();
            assert!(!value.trim().is_empty(), "{code}: empty {key}");
            assert_eq!(value.trim(), value, "{code}: stray whitespace in {key}");
            assert!(!value.contains("  "), "{code}: double space in {key}");
            assert_ne!(value, MISSING_TEXT, "{code}: {key}");
            let mut mine = placeholders(value);
            let mut theirs = placeholders(&german[key]);
            mine.sort_unstable();
            theirs.sort_unstable();
            assert_eq!(mine, theirs, "{code}: placeholders of {key}");
            // Braces only around placeholders.
            let opened = value.matches('{').count();
            assert_eq!(
                opened,
                value.matches('}').count(),
                "{code}: braces in {key}"
            );
        }
    }
}

#[test]
fn german_says_sie_not_du() {
    for (key, value) in table(Lang::De) {
        let lower = format!(
            " {} ",
            value.to_lowercase().replace(['?', ',', '.', '–', ':'], " ")
        );
        for word in [
            " du ", " dich ", " dir ", " dein ", " deine ", " deinen ", " euch ",
        ] {
            assert!(!lower.contains(word), "{key} uses “{}”", word.trim());
        }
    }
}

/// `(method, name)` for each `l.t("name")`, `l.fill("name", …)` and `l.count("name", …)` in
/// the components (and `labels(lang).t("name")`).
fn ui_names_in(dir: &Path) -> Vec<(String, String)> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for method in ["t", "fill", "count"] {
            let call = format!(".{method}(\"");
            for (at, _) in source.match_indices(&call) {
                let rest = &source[at + call.len()..];
                let name = &rest[..rest.find('"').unwrap()];
                names.push((method.to_string(), name.to_string()));
            }
        }
    }
    names
}

#[test]
fn every_ui_key_the_components_name_exists_and_every_ui_text_is_used() {
    let names = ui_names_in(&root().join("src/ui/components"));
    assert!(names.len() > 80, "{} names found", names.len());
    let mut used = BTreeSet::new();
    for (method, name) in &names {
        let keys = match method.as_str() {
            "count" => vec![format!("ui.{name}.one"), format!("ui.{name}.other")],
            _ => vec![format!("ui.{name}")],
        };
        for key in keys {
            for lang in Lang::ALL {
                let value = table(lang).get(&key);
                assert!(value.is_some(), "{}: {key} is missing", lang.code());
                // A text with placeholders is filled, one without is not; the form for one
                // may spell the number out.
                let names = placeholders(value.unwrap());
                match method.as_str() {
                    "t" => assert!(names.is_empty(), "{key} has placeholders, read with .t"),
                    "fill" => assert!(!names.is_empty(), "{key} has none, read with .fill"),
                    _ if key.ends_with(".other") => assert_eq!(names, ["n"], "{key}"),
                    _ => assert!(names.iter().all(|n| *n == "n"), "{key}"),
                }
            }
            used.insert(key);
        }
    }
    let unused: Vec<_> = table(Lang::De)
        .keys()
        .filter(|k| k.starts_with("ui.") && !used.contains(*k))
        .collect();
    assert!(unused.is_empty(), "texts no component shows: {unused:?}");
}

#[test]
fn every_notice_reads_whole_in_every_language() {
    let notices = [
        Notice::BadLink(LinkError::Truncated),
        Notice::LinkAnswersDropped(1),
        Notice::LinkAnswersDropped(2),
        Notice::PrefillIgnored(vec!["q.x".into(), "y".into()]),
        Notice::StorageUnavailable,
        Notice::StorageFull,
        Notice::StorageOutdated,
        Notice::StorageNewer,
        Notice::BadWorkshopLink(WorkshopLinkError::TooLong),
        Notice::WorkshopEntriesSkipped(1),
        Notice::WorkshopEntriesSkipped(3),
        Notice::LinkWaitsForParticipant("Mia".into()),
    ];
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for notice in &notices {
            let said = notice_text(notice, lang);
            assert!(
                !said.contains(MISSING_TEXT) && !said.contains('{'),
                "{said}"
            );
            assert!(seen.insert(said.clone()), "said twice: {said}");
        }
    }
    assert_eq!(
        notice_text(&Notice::LinkAnswersDropped(3), Lang::De),
        "3 Antworten aus dem Link gibt es in dieser Version des Checks nicht mehr; bitte \
         beantworten Sie die Fragen neu."
    );
    assert_eq!(
        notice_text(&Notice::LinkWaitsForParticipant("Mia".into()), Lang::En),
        "Mia is answering on this device right now. To keep those answers, the result link was \
         not opened: add it in the workshop view, or open it again when Mia is done."
    );
    assert_eq!(
        notice_text(
            &Notice::PrefillIgnored(vec!["a".into(), "b".into()]),
            Lang::De
        ),
        "Einige Vorauswahlen im Link sind unbekannt und wurden übergangen: a, b"
    );
}

#[test]
fn every_link_error_has_its_text() {
    let errors = [
        LinkError::Empty,
        LinkError::TooLong,
        LinkError::NotACode,
        LinkError::Truncated,
        LinkError::Damaged,
        LinkError::NewerVersion(2),
        LinkError::UnknownVersion(0),
    ];
    for lang in Lang::ALL {
        for error in &errors {
            assert!(table(lang).contains_key(error.text_key()), "{error:?}");
            assert_eq!(error.text(lang), text(lang, error.text_key()));
        }
    }
    assert_eq!(
        LinkError::NotACode.text(Lang::En),
        "This result link is damaged and cannot be read."
    );
}

#[test]
fn the_consultancies_key_list_names_every_key() {
    let list = std::fs::read_to_string(root().join("docs/texts-keys.md")).unwrap();
    let missing: Vec<String> = keys_in_order(Lang::De.source())
        .into_iter()
        .filter(|key| !list.contains(&format!("| `{key}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/texts-keys.md lacks {missing:?}: run node scripts/texts-keys.mjs"
    );
}
