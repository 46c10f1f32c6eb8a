//! What decided a verdict, in numbers a person can check: the knock-out that decided alone,
//! the areas under their minimum with score and minimum, or the overall score against its
//! minimum. Read from the outcome and the thresholds in `rules.rs`; the result's first screen
//! and its print show these lines.

use super::outcome::{Outcome, ReasonKind, Verdict};
use super::questionnaire::Dimension;
use super::rules::{floor, DO_IT_MIN_OVERALL};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decisive {
    /// A knock-out rule decided "leave it" alone; text `reason.<id>`.
    KnockOut { id: &'static str },
    /// An area under the minimum "do it" needs.
    BelowMinimum {
        dimension: Dimension,
        score: u8,
        minimum: u8,
    },
    /// The overall score under the minimum "do it" needs.
    OverallBelow { score: u8, minimum: u8 },
    /// "Do it": every area at or over its minimum, and the overall score too.
    AllMet { overall: u8, minimum: u8 },
}

impl Decisive {
    /// Where on the chart or in the answers this points: the area, if it is one.
    pub fn dimension(&self) -> Option<Dimension> {
        match self {
            Decisive::BelowMinimum { dimension, .. } => Some(*dimension),
            _ => None,
        }
    }
}

/// The minimum an area needs for "do it" (also drawn on the chart).
pub fn minimum(dimension: Dimension) -> u8 {
    floor(dimension)
}

/// What decided the verdict, most decisive first; never empty. Knock-outs decide alone, so
/// where one fired only the knock-outs are named; else every area under its minimum; else,
/// for "leave it", the overall score; for "do it", that every minimum is met.
pub fn decisive(outcome: &Outcome) -> Vec<Decisive> {
    let knock_outs: Vec<Decisive> = outcome
        .reasons
        .iter()
        .filter(|r| r.kind == ReasonKind::KnockOut)
        .map(|r| Decisive::KnockOut { id: r.id })
        .collect();
    if !knock_outs.is_empty() {
        return knock_outs;
    }
    let mut below: Vec<Decisive> = outcome
        .scores
        .iter()
        .filter(|(d, s)| *s < minimum(*d))
        .map(|&(dimension, score)| Decisive::BelowMinimum {
            dimension,
            score,
            minimum: minimum(dimension),
        })
        .collect();
    // The furthest under its minimum first.
    below.sort_by_key(|d| match d {
        Decisive::BelowMinimum { score, minimum, .. } => {
            std::cmp::Reverse(minimum.saturating_sub(*score))
        }
        _ => std::cmp::Reverse(0),
    });
    if outcome.overall < DO_IT_MIN_OVERALL {
        below.push(Decisive::OverallBelow {
            score: outcome.overall,
            minimum: DO_IT_MIN_OVERALL,
        });
    }
    if below.is_empty() || outcome.verdict == Verdict::DoIt {
        return vec![Decisive::AllMet {
            overall: outcome.overall,
            minimum: DO_IT_MIN_OVERALL,
        }];
    }
    below
}

impl Decisive {
    /// The line as a person reads it: "Ressourcen und Zeit: 35 von 100 – nötig sind
    /// mindestens 50." A knock-out reads as its reason.
    pub fn text(&self, lang: crate::texts::Lang) -> String {
        use crate::texts::{fill, text, text_parts};
        let number = |n: u8| n.to_string();
        match *self {
            Decisive::KnockOut { id } => text_parts(lang, &["reason.", id]).to_string(),
            Decisive::BelowMinimum {
                dimension,
                score,
                minimum,
            } => fill(
                text(lang, "decisive.below-minimum"),
                &[
                    ("dimension", dimension.title(lang)),
                    ("score", &number(score)),
                    ("minimum", &number(minimum)),
                ],
            ),
            Decisive::OverallBelow { score, minimum } => fill(
                text(lang, "decisive.overall-below"),
                &[("score", &number(score)), ("minimum", &number(minimum))],
            ),
            Decisive::AllMet { overall, minimum } => fill(
                text(lang, "decisive.all-met"),
                &[("score", &number(overall)), ("minimum", &number(minimum))],
            ),
        }
    }
}
