//! The five source articles, by file name, and the reference type that ties content to them.

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

/// A passage in a seed: the file and a short verbatim quote, so a consultant can find it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedRef {
    pub file: &'static str,
    /// Verbatim from the seed, in German.
    pub cue: &'static str,
}

pub(crate) const fn seed(file: &'static str, cue: &'static str) -> SeedRef {
    SeedRef { file, cue }
}
