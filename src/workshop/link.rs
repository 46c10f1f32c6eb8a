//! The comparison as a link, and the result code inside a pasted link.
//!
//! Format (a fragment, after `#`, never sent to a server):
//!
//! ```text
//! c=<code>.<code>.<code>&n=<name>,<name>,<name>
//! ```
//!
//! `c` holds each participant's result code exactly as in a result link (`share::link`,
//! base64url, so it never contains `.`), in the workshop's order, separated by `.`; `n` holds
//! their names in the same order, each percent-encoded (`share::codec::percent_encode`, which
//! escapes `,`, `&`, `#`, `%`, spaces and everything not ASCII), separated by `,`. Example with
//! three participants, `examples::strong_answers`, `plumber` and `kunde_2` (63 characters; a
//! code is 12, so three take 40 with `c=` and the dots):
//!
//! ```text
//! c=AZSOZH__4PUZ.AZAlIi_9oAxO.AdKR411UwPIe&n=Anna,Ben,J%C3%BCrgen
//! ```
//!
//! Other parameters beside them (`lang`, `large`, a host's own) are ignored. Each entry is
//! admitted by the same rules as [`Workshop::add`]; an entry that breaks them (a bad or
//! incomplete code, one beyond [`MAX_PARTICIPANTS`]) is skipped and counted. A name that is
//! missing, empty or unreadable becomes the one the workshop would suggest ("Person 3"), and a
//! repeated one is numbered: a person's answers are never dropped for their name.

use super::{Workshop, MAX_PARTICIPANTS};
use crate::assessment::Lang;
use crate::share::codec::{percent_decode, percent_encode};
use crate::share::link as result_link;
use crate::texts::text_parts;

/// Far longer than any comparison this app makes (twelve codes and twelve names of forty
/// four-byte characters, percent-encoded, take under 6 000); anything longer is refused before
/// it is read.
pub const MAX_LINK_CHARS: usize = 8 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopLinkError {
    /// No `c=` parameter, or an empty one: not a comparison link.
    Empty,
    /// Longer than [`MAX_LINK_CHARS`].
    TooLong,
    /// Entries, but not one that could be used; how many were skipped.
    NothingUsable { skipped: usize },
}

impl WorkshopLinkError {
    /// Stable id; the text is `workshop.link-error.<id>`.
    pub fn id(&self) -> &'static str {
        match self {
            WorkshopLinkError::Empty => "empty",
            WorkshopLinkError::TooLong => "too-long",
            WorkshopLinkError::NothingUsable { .. } => "nothing-usable",
        }
    }

    pub fn text(&self, lang: Lang) -> &'static str {
        text_parts(lang, &["workshop.link-error.", self.id()])
    }
}

/// The comparison as a fragment value, without the `#`: see the module's doc. A workshop
/// built through [`Workshop::add`] round-trips through [`decode_link`] unchanged.
pub fn encode_link(workshop: &Workshop) -> String {
    let mut out = String::with_capacity(8 + workshop.participants.len() * 24);
    out.push_str("c=");
    for (i, p) in workshop.participants.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(&result_link::encode(&p.answers));
    }
    out.push_str("&n=");
    for (i, p) in workshop.participants.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&percent_encode(&p.name));
    }
    out
}

/// The value of `key` in a fragment, a query or a whole URL (the last one given wins, see
/// `share::query`): names are percent-encoded and codes are base64url, so neither holds a
/// `#`, `?` or `&`.
fn param<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    crate::share::query::last_raw_in_text(text, key)
}

/// A value up to where the link ends in pasted text: at whitespace or a bracket no address
/// holds (`– bis morgen`, `<…>`, quotes from a chat), without the sentence's closing marks.
fn link_text(value: &str) -> &str {
    let value = value
        .trim_start()
        .split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
        .next()
        .unwrap_or("");
    crate::share::codec::without_closing_punctuation(value)
}

/// Decodes a comparison link: the fragment with or without `#`, or the whole URL. Returns the
/// workshop and how many entries were skipped; `lang` words the names a link lacks. Never
/// panics: the input is refused when longer than [`MAX_LINK_CHARS`], without `c=`, or when no
/// entry can be used.
pub fn decode_link(fragment: &str, lang: Lang) -> Result<(Workshop, usize), WorkshopLinkError> {
    if fragment.len() > MAX_LINK_CHARS {
        return Err(WorkshopLinkError::TooLong);
    }
    let codes = param(fragment, "c")
        .map(link_text)
        .filter(|c| !c.is_empty())
        .ok_or(WorkshopLinkError::Empty)?;
    let mut names = link_text(param(fragment, "n").unwrap_or("")).split(',');
    let mut workshop = Workshop::new();
    let mut skipped = 0usize;
    for code in codes.split('.') {
        let name = names
            .next()
            .and_then(percent_decode)
            .map(|n| super::clean_name(&n))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| workshop.default_name(lang));
        if workshop.participants.len() >= MAX_PARTICIPANTS {
            skipped += 1;
            continue;
        }
        // One name twice (a hand-edited link) is two people: "Anna", "Anna (2)", as a merge does.
        let added = result_link::decode(code).ok().and_then(|d| {
            // A comparison made before a question existed reads as it did then.
            let answers = d.answers_as_made();
            workshop.add(&workshop.free_variant(&name), answers).ok()
        });
        if added.is_none() {
            skipped += 1;
        }
    }
    if workshop.is_empty() {
        return Err(WorkshopLinkError::NothingUsable { skipped });
    }
    Ok((workshop, skipped))
}

/// The result code in a pasted or scanned text: the value of an `r=` parameter anywhere in it
/// (fragment or query of a whole URL, up to the first whitespace), or else the whole trimmed
/// text if it looks like nothing but a code (no `=`, `/`, `#`, `?` or `&`); otherwise empty.
pub fn result_code(text: &str) -> &str {
    let text = text.trim();
    if let Some(value) = param(text, "r") {
        return link_text(value);
    }
    if text.contains(['=', '/', '#', '?', '&']) {
        ""
    } else {
        text
    }
}
