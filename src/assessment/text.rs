//! Languages and the text lookup. The texts themselves live in `text_de.rs` / `text_en.rs`.

use super::{text_de, text_en};

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

    /// The whole text table of this language, `(key, text)`.
    pub fn texts(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::De => text_de::TEXTS,
            Lang::En => text_en::TEXTS,
        }
    }
}

/// Shown when a key has no text in any language (the validation test keeps this from happening).
pub const MISSING_TEXT: &str = "?";

/// A text by key; falls back to German, then to [`MISSING_TEXT`]. Never panics.
pub fn text(lang: Lang, key: &str) -> &'static str {
    text_parts(lang, &[key])
}

/// A text by key, or `None` if this language has none.
pub fn try_text(lang: Lang, key: &str) -> Option<&'static str> {
    find(lang.texts(), &[key])
}

/// Looks up the key made of `parts` concatenated, without building a string.
pub(crate) fn text_parts(lang: Lang, parts: &[&str]) -> &'static str {
    find(lang.texts(), parts)
        .or_else(|| find(Lang::De.texts(), parts))
        .unwrap_or(MISSING_TEXT)
}

fn find(table: &'static [(&'static str, &'static str)], parts: &[&str]) -> Option<&'static str> {
    table
        .iter()
        .find(|(key, _)| key_is(key, parts))
        .map(|(_, value)| *value)
}

fn key_is(key: &str, parts: &[&str]) -> bool {
    let mut rest = key;
    for part in parts {
        match rest.strip_prefix(part) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
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
        }
        assert_eq!(Lang::default(), Lang::De);
    }

    #[test]
    fn lookup_by_parts_matches_whole_keys_only() {
        assert_eq!(text(Lang::De, "dimension.goals"), "Ziele");
        assert_eq!(text_parts(Lang::En, &["dimension.", "goals"]), "Goals");
        assert_eq!(text_parts(Lang::En, &["dimension.", "goal"]), MISSING_TEXT);
        assert_eq!(text(Lang::En, "no.such.key"), MISSING_TEXT);
        assert_eq!(try_text(Lang::En, "no.such.key"), None);
    }
}
