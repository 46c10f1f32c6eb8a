//! The five source articles, by file name, and the reference type that ties content to them.

use crate::texts::{fill, text, Lang};

/// Datev's lively community (Social Media Manager portrait).
pub const DATEV: &str = "000_80f992485079fb1f.txt";
/// Interview with Willms Buhse: rules for staff, Teldafax, Telekom.
pub const INTERVIEW: &str = "001_a532a858f6ba1a59.txt";
/// The core: Kunde 1 / Kunde 2, the seven questions, ÜBEN / ZUHÖREN / MITREDEN.
pub const CORE: &str = "002_1123f6f8c0717d04.txt";
/// Organising social media work: roles, intervals, 24 hours, training.
pub const ORGANISATION: &str = "003_69cc42bb72bd635d.txt";
/// A Social Media Manager course: goals, tone, guidelines, platforms, lasting budget.
pub const COURSE: &str = "004_cbe0c653b1477d5a.txt";

pub const ALL: [&str; 5] = [DATEV, INTERVIEW, CORE, ORGANISATION, COURSE];

/// The articles' title keys (`seed.<name>.title`), by file.
pub(crate) const TITLE_KEYS: [(&str, &str); 5] = [
    (DATEV, "seed.datev.title"),
    (INTERVIEW, "seed.interview.title"),
    (CORE, "seed.core.title"),
    (ORGANISATION, "seed.organisation.title"),
    (COURSE, "seed.course.title"),
];

/// "(Quelle: {title}, „{quote}“)": the citation around the quote, with the reader's
/// quotation marks.
pub(crate) const CITATION_KEY: &str = "seed.citation";

/// A passage in a seed: the file and a short verbatim quote, so a consultant can find it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedRef {
    pub file: &'static str,
    /// Verbatim from the seed, in German.
    pub cue: &'static str,
}

impl SeedRef {
    /// The article's title in `lang` (the file name for a file not listed, which the
    /// content checks rule out).
    pub fn title(&self, lang: Lang) -> &'static str {
        TITLE_KEYS
            .iter()
            .find(|(file, _)| *file == self.file)
            .map_or(self.file, |(_, key)| text(lang, key))
    }

    /// "(Quelle: Titel, „Zitat“)": where a consultant finds the passage. The quote stays
    /// German, as the article is, in the reader's quotation marks.
    pub fn citation(&self, lang: Lang) -> String {
        let (before, quote, after) = self.citation_parts(lang);
        format!("{before}{quote}{after}")
    }

    /// The citation around its German quote, so a page can mark the quote's language.
    pub fn citation_parts(&self, lang: Lang) -> (String, &'static str, &'static str) {
        let template = text(lang, CITATION_KEY);
        let (before, after) = template.split_once("{quote}").unwrap_or((template, ""));
        let before = fill(before, &[("title", self.title(lang))]);
        (before, self.cue, after)
    }
}

pub(crate) const fn seed(file: &'static str, cue: &'static str) -> SeedRef {
    SeedRef { file, cue }
}
