//! What a page address asks the app to do, from its query and fragment (both may be used;
//! the fragment wins):
//!
//! | key | value | meaning |
//! |---|---|---|
//! | `r` | a result code | open this result (see `link`) |
//! | `a.<question-id>` | option ids, comma-separated | prefill that answer |
//! | `lang` | `de` or `en` | the language |
//! | `large` | `1` or `0` | large type (workshop, projector) |
//!
//! Nothing here fails: what cannot be used is reported in `ignored` and left out.

use super::codec::percent_decode;
use super::link::{self, Decoded, LinkError};
use crate::assessment::{self, Answers, Lang};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Launch {
    pub lang: Option<Lang>,
    pub large_type: Option<bool>,
    /// A result code, decoded or with what was wrong with it.
    pub result: Option<Result<Decoded, LinkError>>,
    /// Prefilled answers (only those whose ids exist).
    pub prefill: Answers,
    /// Parameters that named an unknown question or answer, or had a bad value, as given.
    pub ignored: Vec<String>,
}

/// The pairs of a query or fragment, with or without its leading `?` or `#`.
fn pairs(part: &str) -> impl Iterator<Item = (String, String)> + '_ {
    part.trim_start_matches(['?', '#'])
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let decode = |s: &str| percent_decode(s).unwrap_or_else(|| "\u{FFFD}".into());
            (decode(k), decode(v))
        })
}

/// Shortened for a notice: a hostile link must not flood the page.
fn shown(key: &str, value: &str) -> String {
    let text = if value.is_empty() {
        key.to_string()
    } else {
        format!("{key}={value}")
    };
    if text.chars().count() > 40 {
        text.chars().take(39).chain(['…']).collect()
    } else {
        text
    }
}

pub fn parse(query: &str, fragment: &str) -> Launch {
    let mut launch = Launch::default();
    for (key, value) in pairs(query).chain(pairs(fragment)) {
        match key.as_str() {
            "r" => launch.result = Some(link::decode(&value)),
            "lang" => match Lang::from_code(&value) {
                Some(lang) => launch.lang = Some(lang),
                None => launch.ignored.push(shown(&key, &value)),
            },
            "large" => match value.as_str() {
                "1" | "true" | "" => launch.large_type = Some(true),
                "0" | "false" => launch.large_type = Some(false),
                _ => launch.ignored.push(shown(&key, &value)),
            },
            _ => {
                if let Some(question) = key.strip_prefix("a.") {
                    prefill(&mut launch, question, &value);
                }
                // Anything else (campaign tags, a host's own parameters) is none of our business.
            }
        }
    }
    launch
}

fn prefill(launch: &mut Launch, question_id: &str, value: &str) {
    let Some(question) = assessment::question(question_id) else {
        launch
            .ignored
            .push(shown(&format!("a.{question_id}"), value));
        return;
    };
    let (known, unknown): (Vec<&str>, Vec<&str>) = value
        .split(',')
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .partition(|o| question.option(o).is_some());
    for option in unknown {
        launch
            .ignored
            .push(shown(&format!("a.{question_id}"), option));
    }
    let known = if question.multi {
        &known[..]
    } else {
        &known[..known.len().min(1)]
    };
    if !known.is_empty() && launch.prefill.set(question.id, known).is_err() {
        launch
            .ignored
            .push(shown(&format!("a.{question_id}"), value));
    }
}
