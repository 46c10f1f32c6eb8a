//! Answers <-> the code in a result link.
//!
//! The format, before base64url: one byte, the version (1 or 2); then, for each question of
//! that version's frozen layout in order (`layout::V1`, `layout::V2`), a single-choice answer as
//! its option's position + 1 (0 = no answer) in as few bits as its option count needs, or a
//! multi-choice answer as one bit per option; zero bits up to the next byte; then a
//! CRC-16/CCITT-FALSE of all that, big-endian. A layout never changes once released: a new
//! questionnaire gets a new version and layout, and the old layouts stay here so old links keep
//! opening. New links are made with the latest. A v1 link decodes to the same answers as
//! before; the questions v1 did not have are simply unanswered, and the check asks them.

use super::codec::{
    base64url_decode, base64url_encode, crc16, is_base64url_char, sextet, width_for, BitReader,
    BitWriter,
};
use super::layout::{LayoutQuestion, LAYOUTS, TAKEN_FOR_GRANTED};
use crate::assessment::Answers;
use crate::texts::{text, Lang};

/// The version new links are made with: the last of [`LAYOUTS`].
pub const VERSION: u8 = LAYOUTS.len() as u8;

/// The layout of a released version, if there is one.
fn layout(version: u8) -> Option<&'static [LayoutQuestion]> {
    LAYOUTS.get(usize::from(version).checked_sub(1)?).copied()
}

fn latest() -> &'static [LayoutQuestion] {
    LAYOUTS[LAYOUTS.len() - 1]
}

/// Far longer than any real code (a full answer set is a couple of dozen characters); anything
/// longer is refused before it is decoded.
pub const MAX_CODE_CHARS: usize = 256;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The link has no code.
    Empty,
    /// Longer than any code this app makes.
    TooLong,
    /// Not base64url: other characters, or bits no encoder writes.
    NotACode,
    /// The code ends too early.
    Truncated,
    /// The checksum does not match: the code was changed or cut.
    Damaged,
    /// Made by a newer version of the check than this one.
    NewerVersion(u8),
    /// A version that never existed.
    UnknownVersion(u8),
}

impl LinkError {
    /// The key of its text, `link-error.<kind>`: a code that is not ours, from a version that
    /// never existed, or changed all read as damaged, since the person can do the same about
    /// each (ask for the link again).
    pub fn text_key(&self) -> &'static str {
        match self {
            LinkError::NewerVersion(_) => "link-error.newer-version",
            LinkError::TooLong => "link-error.too-long",
            LinkError::Empty => "link-error.empty",
            LinkError::Truncated => "link-error.truncated",
            LinkError::NotACode | LinkError::Damaged | LinkError::UnknownVersion(_) => {
                "link-error.damaged"
            }
        }
    }

    /// What is wrong with the link, in plain words.
    pub fn text(&self, lang: Lang) -> &'static str {
        text(lang, self.text_key())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub answers: Answers,
    /// Answers in the link whose question or option the current questionnaire no longer has.
    pub dropped: usize,
    /// The format version the link was made with.
    pub version: u8,
}

impl Decoded {
    /// The answers as the version that made the link read them: what it took for granted
    /// without asking ([`TAKEN_FOR_GRANTED`]) is filled in where unanswered. For a comparison of
    /// results, where nobody is there to ask; a person opening their own link is asked instead
    /// (use [`Decoded::answers`]).
    pub fn answers_as_made(&self) -> Answers {
        let mut answers = self.answers.clone();
        let assumed = TAKEN_FOR_GRANTED
            .get(usize::from(self.version).saturating_sub(1))
            .copied()
            .unwrap_or(&[]);
        for (question, option) in assumed {
            if !answers.is_answered(question) {
                // Cannot fail: the table names current ids (tested).
                let _ = answers.set(question, &[option]);
            }
        }
        answers
    }
}

pub fn encode(answers: &Answers) -> String {
    let mut bits = BitWriter::default();
    bits.push(u32::from(VERSION), 8);
    for question in latest() {
        let selected = answers.selected(question.id);
        if question.multi {
            for option in question.options {
                bits.push(u32::from(selected.contains(option)), 1);
            }
        } else {
            let position = question
                .options
                .iter()
                .position(|o| selected.first() == Some(o));
            bits.push(
                position.map_or(0, |p| p as u32 + 1),
                width_for(question.options.len()),
            );
        }
    }
    let mut bytes = bits.into_bytes();
    let crc = crc16(&bytes);
    bytes.extend(crc.to_be_bytes());
    base64url_encode(&bytes)
}

pub fn decode(code: &str) -> Result<Decoded, LinkError> {
    let code = crate::share::codec::without_closing_punctuation(code.trim());
    if code.is_empty() {
        return Err(LinkError::Empty);
    }
    if code.len() > MAX_CODE_CHARS {
        return Err(LinkError::TooLong);
    }
    // A code of ours that does not decode: shorter than a whole one, its end was cut off (a
    // cut code's last character rarely has the zero bits a whole one ends with); otherwise a
    // character was changed or added.
    // (The whole length of a code depends on its version, which its first two characters
    // tell; an unknown version is measured against the latest layout.)
    let bytes = base64url_decode(code).ok_or_else(|| {
        let whole = version_hint(code).and_then(layout).unwrap_or_else(latest);
        if !(code.bytes().all(is_base64url_char) && starts_like_a_code(code)) {
            LinkError::NotACode
        } else if code.len() < full_code_chars(whole) {
            LinkError::Truncated
        } else {
            LinkError::Damaged
        }
    })?;
    match bytes.first() {
        None => Err(LinkError::Truncated),
        Some(&v) => match layout(v) {
            Some(layout) => decode_layout(&bytes, layout, v),
            None if v < VERSION => Err(LinkError::UnknownVersion(v)),
            None if v <= MAX_PLAUSIBLE_VERSION => Err(LinkError::NewerVersion(v)),
            // A word, or a code whose letters a chat tool changed to lower case: not from the
            // future.
            None => Err(LinkError::NotACode),
        },
    }
}

/// The version byte of a code that does not decode as a whole: its first two characters hold it.
fn version_hint(code: &str) -> Option<u8> {
    let bytes = code.as_bytes();
    let high = sextet(*bytes.first()?)?;
    let low = sextet(*bytes.get(1)?)?;
    u8::try_from((high << 2) | (low >> 4)).ok()
}

/// The highest version byte a future format could have: its codes start with "A" to "P".
const MAX_PLAUSIBLE_VERSION: u8 = 63;

fn starts_like_a_code(code: &str) -> bool {
    matches!(code.as_bytes().first(), Some(b'A'..=b'P'))
}

fn payload_bits(layout: &[LayoutQuestion]) -> usize {
    layout
        .iter()
        .map(|q| {
            if q.multi {
                q.options.len()
            } else {
                width_for(q.options.len()) as usize
            }
        })
        .sum()
}

/// Bytes of a whole code: version, answers, checksum.
fn code_bytes(layout: &[LayoutQuestion]) -> usize {
    (8 + payload_bits(layout)).div_ceil(8) + 2
}

fn full_code_chars(layout: &[LayoutQuestion]) -> usize {
    (code_bytes(layout) * 8).div_ceil(6)
}

fn decode_layout(
    bytes: &[u8],
    layout: &[LayoutQuestion],
    version: u8,
) -> Result<Decoded, LinkError> {
    let expected = code_bytes(layout);
    if bytes.len() < expected {
        return Err(LinkError::Truncated);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 2);
    if bytes.len() != expected || crc16(body) != u16::from_be_bytes([crc[0], crc[1]]) {
        return Err(LinkError::Damaged);
    }
    let mut bits = BitReader::new(&body[1..]);
    let mut answers = Answers::new();
    let mut dropped = 0;
    for question in layout {
        let mut picked: Vec<&str> = Vec::new();
        if question.multi {
            for option in question.options {
                if bits.read(1).ok_or(LinkError::Truncated)? == 1 {
                    picked.push(option);
                }
            }
        } else {
            let position = bits
                .read(width_for(question.options.len()))
                .ok_or(LinkError::Truncated)? as usize;
            if position > question.options.len() {
                return Err(LinkError::Damaged);
            }
            if position > 0 {
                picked.push(question.options[position - 1]);
            }
        }
        if !picked.is_empty() && answers.set(question.id, &picked).is_err() {
            dropped += 1;
        }
    }
    if !bits.rest_is_zero() {
        return Err(LinkError::Damaged);
    }
    Ok(Decoded {
        answers,
        dropped,
        version,
    })
}
