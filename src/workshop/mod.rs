//! Several participants compared (pure, std only): the core of the facilitator view.
//!
//! A [`Workshop`] holds named participants with complete answer sets, added from pasted or
//! scanned result links ([`Workshop::add_link`]) or answered one after another on the same
//! laptop ([`Workshop::add`]). [`compare`] puts their outcomes side by side: each dimension's
//! spread, where the team disagrees most (with a question to discuss from the seeds) and the
//! team's verdict. [`encode_link`] / [`decode_link`] carry the whole comparison in a link.
//!
//! Names are plain text: cleaned of control and invisible formatting characters here, and
//! rendered as text (never as markup) by the UI.
//!
//! Where is what: the roster rules in this file; the comparison and the team rule in
//! `compare.rs`; the link format in `link.rs`. The texts are `workshop.*` in
//! `texts/<lang>.json`.

mod compare;
mod link;

pub use compare::{
    compare, knocked_out, prompt, prompt_source, who_answered, Comparison, DimensionSpread,
    Disagreement, TeamReason, DISAGREEMENT_MIN_SPREAD, MAX_DISAGREEMENTS, SHARED_KNOCK_OUT_MIN,
};
pub use link::{decode_link, encode_link, result_code, WorkshopLinkError, MAX_LINK_CHARS};

use crate::assessment::{evaluate, Answers, Evaluation, Lang};
use crate::share::link::{self as result_link, LinkError};
use crate::texts::{text, text_parts};

pub const MAX_PARTICIPANTS: usize = 12;
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// Cleaned by [`clean_name`]; never empty for a participant added through [`Workshop`].
    pub name: String,
    /// Complete: `evaluate` gives a verdict.
    pub answers: Answers,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workshop {
    /// In the order they were added; the comparison keeps this order.
    pub participants: Vec<Participant>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddError {
    /// Already [`MAX_PARTICIPANTS`].
    Full,
    /// Nothing left of the name once cleaned; the UI proposes [`Workshop::default_name`].
    EmptyName,
    /// Another participant has this name (compared case-insensitively).
    DuplicateName,
    /// The answers give no verdict yet (questions left open, or answers a link had to drop).
    Incomplete,
    /// The link field was left empty.
    NoLink,
    /// The pasted result link could not be read.
    Link(LinkError),
    /// The pasted comparison link could not be read.
    ComparisonLink(WorkshopLinkError),
    /// Everyone in the pasted comparison link is in the comparison already.
    AllThere,
    /// No participant at that position (rename).
    NotFound,
    /// Someone began answering here and has not finished: starting the next person would drop
    /// their answers, so the first attempt only warns and a second one confirms.
    Unfinished,
}

/// The input of a form a refusal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Name,
    Link,
}

impl AddError {
    /// Which input the refusal is about, so the form marks it; none for a full comparison or
    /// a turn not finished.
    pub fn input(&self) -> Option<Input> {
        match self {
            AddError::EmptyName | AddError::DuplicateName => Some(Input::Name),
            AddError::NoLink
            | AddError::Link(_)
            | AddError::ComparisonLink(_)
            | AddError::Incomplete
            | AddError::AllThere => Some(Input::Link),
            AddError::Full | AddError::NotFound | AddError::Unfinished => None,
        }
    }

    /// Stable id; the text is `workshop.error.<id>`.
    pub fn id(&self) -> &'static str {
        match self {
            AddError::Full => "full",
            AddError::EmptyName => "empty-name",
            AddError::DuplicateName => "duplicate-name",
            AddError::Incomplete => "incomplete",
            AddError::Unfinished => "unfinished",
            AddError::NoLink => "no-link",
            AddError::Link(_) => "link",
            AddError::ComparisonLink(_) => "comparison-link",
            AddError::AllThere => "all-there",
            AddError::NotFound => "not-found",
        }
    }

    /// A short message for the facilitator. Pasted text without a code says so; a code that
    /// is cut off, changed or newer says which.
    pub fn text(&self, lang: Lang) -> &'static str {
        match self {
            AddError::Link(link) if !matches!(link, LinkError::Empty | LinkError::NotACode) => {
                link.text(lang)
            }
            AddError::ComparisonLink(error) => error.text(lang),
            _ => text_parts(lang, &["workshop.error.", self.id()]),
        }
    }
}

/// A name as merges compare it: without every " (2)" that [`Workshop::free_variant`] added
/// (a numbered name can be numbered again on another laptop), and cut where `free_variant`
/// cuts a long name before numbering it.
fn merge_key(name: &str) -> String {
    let mut name = name;
    while let Some(base) = name
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map(|(base, _)| base)
    {
        name = base;
    }
    numbering_base(name)
}

/// The part of a name that "name (2)" keeps: short enough for the number to fit.
fn numbering_base(name: &str) -> String {
    name.chars()
        .take(MAX_NAME_CHARS.saturating_sub(5))
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// A name as the workshop keeps it: whitespace runs (tabs, line breaks) become one space,
/// leading and trailing whitespace goes, control and invisible formatting characters are
/// removed, and the rest is cut to [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    let mut space = false;
    for c in name.chars() {
        if c.is_whitespace() {
            space = count > 0;
            continue;
        }
        if crate::branding::is_hidden(c) {
            continue;
        }
        let needed = if space { 2 } else { 1 };
        if count + needed > MAX_NAME_CHARS {
            break;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
        count += needed;
    }
    out
}

/// Case-insensitive comparison of two cleaned names, for the Latin letters of the languages a
/// workshop here is held in (ASCII, Latin-1 and Latin Extended-A: Jürgen, Zoë, Łukasz).
/// Other scripts compare exactly: the full Unicode case tables would add 12 KB to the page.
fn same_name(a: &str, b: &str) -> bool {
    compared(a).eq(compared(b))
}

fn compared(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|&c| !looks_like_nothing(c))
        .map(fold_case)
}

/// Joiners, variation selectors and tags: kept in a name (emoji and some scripts need them),
/// but "An\u{200C}na" looks like "Anna", so the two names are the same.
fn looks_like_nothing(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E007F}')
}

fn fold_case(c: char) -> char {
    let code = u32::from(c);
    let lower = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => code + 32,
        // Latin Extended-A pairs its capitals (even) with small letters (odd) in two runs,
        // shifted by one around the dotless i and ĸ; ı and ſ have no pair here.
        'Ā'..='Ķ' | 'Ŋ'..='Ŷ' if code % 2 == 0 && c != 'İ' => code + 1,
        'Ĺ'..='Ň' | 'Ź'..='Ž' if code % 2 == 1 => code + 1,
        'Ÿ' => u32::from('ÿ'),
        'İ' => u32::from('i'),
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn is_complete(answers: &Answers) -> bool {
    matches!(evaluate(answers), Evaluation::Complete(_))
}

impl Workshop {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.participants.len()
    }

    pub fn is_empty(&self) -> bool {
        self.participants.is_empty()
    }

    /// The participants' names, in order.
    pub fn names(&self) -> Vec<&str> {
        self.participants.iter().map(|p| p.name.as_str()).collect()
    }

    pub fn is_full(&self) -> bool {
        self.participants.len() >= MAX_PARTICIPANTS
    }

    /// Is the name (as [`clean_name`] leaves it) taken, ignoring case? `except` is a position
    /// not to count (the participant being renamed).
    fn taken(&self, name: &str, except: Option<usize>) -> bool {
        self.participants
            .iter()
            .enumerate()
            .any(|(i, p)| Some(i) != except && same_name(&p.name, name))
    }

    /// Would this name be refused? For checking while the facilitator types.
    pub fn check_name(&self, name: &str) -> Result<String, AddError> {
        self.checked_name(name, None)
    }

    fn checked_name(&self, name: &str, except: Option<usize>) -> Result<String, AddError> {
        let name = clean_name(name);
        if name.is_empty() {
            Err(AddError::EmptyName)
        } else if self.taken(&name, except) {
            Err(AddError::DuplicateName)
        } else {
            Ok(name)
        }
    }

    /// A free name to propose: "Person 3" / "Participant 3", numbered from the next position
    /// on, skipping numbers already taken.
    pub fn default_name(&self, lang: Lang) -> String {
        let word = text(lang, "workshop.default-name");
        let mut n = self.participants.len() + 1;
        loop {
            let mut name = String::with_capacity(word.len() + 3);
            name.push_str(word);
            name.push(' ');
            name.push_str(&n.to_string());
            // Ends: there are at most MAX_PARTICIPANTS names to step over.
            if !self.taken(&name, None) || n > self.participants.len() + MAX_PARTICIPANTS + 1 {
                return name;
            }
            n += 1;
        }
    }

    /// `name`, or the first of "name (2)", "name (3)", … that is free.
    pub fn free_variant(&self, name: &str) -> String {
        let mut candidate = clean_name(name);
        let base = numbering_base(&candidate);
        let mut n = 2;
        // Ends: at most MAX_PARTICIPANTS names can be taken.
        while self.taken(&candidate, None) && n <= MAX_PARTICIPANTS + 2 {
            candidate = format!("{base} ({n})");
            n += 1;
        }
        candidate
    }

    /// Adds a participant whose answers are complete, under the name [`clean_name`] makes of
    /// `name`. Checked in this order: `Full`, `EmptyName`, `DuplicateName`, `Incomplete`. On
    /// error the workshop is unchanged.
    pub fn add(&mut self, name: &str, answers: Answers) -> Result<(), AddError> {
        if self.is_full() {
            return Err(AddError::Full);
        }
        let name = self.checked_name(name, None)?;
        if !is_complete(&answers) {
            return Err(AddError::Incomplete);
        }
        self.participants.push(Participant { name, answers });
        Ok(())
    }

    /// Adds a participant from a pasted or scanned result link: a whole URL with `r=CODE` in
    /// its fragment or query, or just the code (see [`result_code`]). `Full` is checked first,
    /// then the link, then as in [`Workshop::add`].
    pub fn add_link(&mut self, name: &str, link: &str) -> Result<(), AddError> {
        if self.is_full() {
            return Err(AddError::Full);
        }
        if link.len() > MAX_LINK_CHARS {
            return Err(AddError::Link(LinkError::TooLong));
        }
        if link.trim().is_empty() {
            return Err(AddError::NoLink);
        }
        let decoded = result_link::decode(result_code(link)).map_err(AddError::Link)?;
        // A link made before a question existed compares as the check that made it read it.
        self.add(name, decoded.answers_as_made())
    }

    /// Adds everyone of `other` that fits (a whole comparison link pasted or opened): someone
    /// already here with the same answers is not added twice, another person of a name taken
    /// here comes in as "name (2)". Returns how many did not fit.
    pub fn merge(&mut self, other: Workshop) -> usize {
        let mut refused = 0;
        // Each one here stands for at most one coming in: two entries of one link are two
        // people, even with the same answers.
        let mut matched = vec![false; self.participants.len()];
        for p in other.participants {
            // "Anna (2)" here may be the "Anna" coming in, numbered by an earlier merge.
            let here = matched.iter().zip(&self.participants).position(|(&m, q)| {
                !m && q.answers == p.answers && same_name(&merge_key(&q.name), &merge_key(&p.name))
            });
            match here {
                Some(i) => matched[i] = true,
                None => {
                    if self.add(&self.free_variant(&p.name), p.answers).is_err() {
                        refused += 1;
                    }
                }
            }
        }
        refused
    }

    /// Removes the participant at `index`; nothing happens for a position that does not exist.
    pub fn remove(&mut self, index: usize) {
        if index < self.participants.len() {
            self.participants.remove(index);
        }
    }

    /// Renames the participant at `index` (a change of case of the own name is fine).
    pub fn rename(&mut self, index: usize, name: &str) -> Result<(), AddError> {
        if index >= self.participants.len() {
            return Err(AddError::NotFound);
        }
        let name = self.checked_name(name, Some(index))?;
        if let Some(p) = self.participants.get_mut(index) {
            p.name = name;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::fold_case;

    #[test]
    fn case_folding_is_unicode_lower_case_for_latin_letters() {
        for code in 0..0x180u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let unicode: Vec<char> = c.to_lowercase().collect();
            let expected = if unicode.len() == 1 { unicode[0] } else { 'i' };
            assert_eq!(fold_case(c), expected, "{c} (U+{code:04X})");
        }
        assert_eq!(fold_case('Ж'), 'Ж', "other scripts compare exactly");
    }
}
