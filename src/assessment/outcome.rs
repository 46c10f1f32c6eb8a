//! What an evaluation yields: verdict, scores, reasons, archetype and plan.

use super::questionnaire::{question, Dimension};
use super::rules::floor;
use super::seeds::SeedRef;
use crate::texts::{text_parts, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    DoIt,
    LeaveIt,
}

impl Verdict {
    /// Stable; the result element carries it as `data-verdict`.
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::DoIt => "do-it",
            Verdict::LeaveIt => "leave-it",
        }
    }

    /// The seed's own words: "Ich mach das, aber dann richtig!" / "Ich lass das, …".
    pub fn headline(self, lang: Lang) -> &'static str {
        text_parts(lang, &["verdict.", self.slug(), ".headline"])
    }

    /// The verdict in plain words a company can accept ("Not yet: …"); the seed's sentence
    /// ([`Verdict::headline`]) stays its name.
    pub fn plain(self, lang: Lang) -> &'static str {
        text_parts(lang, &["verdict.", self.slug(), ".plain"])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Archetype {
    /// Kunde 1: eager from fear of missing out, but without goal, audience or topics.
    FearOfMissingOut,
    /// Kunde 2: has what it needs, holds back from fear of acting.
    FearOfActing,
}

impl Archetype {
    pub const ALL: [Archetype; 2] = [Archetype::FearOfMissingOut, Archetype::FearOfActing];

    pub fn id(self) -> &'static str {
        match self {
            Archetype::FearOfMissingOut => "kunde-1",
            Archetype::FearOfActing => "kunde-2",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        text_parts(lang, &["archetype.", self.id(), ".title"])
    }

    pub fn description(self, lang: Lang) -> &'static str {
        text_parts(lang, &["archetype.", self.id(), ".description"])
    }

    /// What the seed article calls it ("Kunde 2"): a reference, not a label for the reader.
    pub fn seed_name(self, lang: Lang) -> &'static str {
        text_parts(lang, &["archetype.", self.id(), ".seed-name"])
    }
}

/// The seed's three steps: ÜBEN, ZUHÖREN, MITREDEN.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    Practise,
    Listen,
    Join,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Practise, Phase::Listen, Phase::Join];

    pub fn id(self) -> &'static str {
        match self {
            Phase::Practise => "practise",
            Phase::Listen => "listen",
            Phase::Join => "join",
        }
    }

    /// "ÜBEN" / "Practise", …
    pub fn title(self, lang: Lang) -> &'static str {
        text_parts(lang, &["phase.", self.id(), ".title"])
    }

    /// The seed's purpose of the phase ("um Ängste abzubauen …").
    pub fn purpose(self, lang: Lang) -> &'static str {
        text_parts(lang, &["phase.", self.id(), ".purpose"])
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub id: &'static str,
    pub phase: Phase,
    pub source: SeedRef,
    /// Detail ids chosen by the answers (e.g. which platforms); text `plan.<id>.<detail>`.
    pub detail: Vec<&'static str>,
}

impl PlanStep {
    pub fn text(&self, lang: Lang) -> &'static str {
        text_parts(lang, &["plan.", self.id])
    }

    /// The texts of the chosen details, in order; render them as a list under the step.
    pub fn details(&self, lang: Lang) -> impl Iterator<Item = &'static str> + '_ {
        self.detail
            .iter()
            .map(move |d| text_parts(lang, &["plan.", self.id, ".", d]))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReasonKind {
    /// A knock-out rule fired; id is the rule id, text `reason.<id>`.
    KnockOut,
    /// An answer that speaks for (do-it) or against (leave-it); text `reason.<id>`.
    Answer,
    /// Under do-it, an answer that is still weak; text `reason.<id>`.
    Caveat,
    /// An answer that would have to change; id is the question id, text `q.<id>.change`.
    Change,
    /// Under leave-it without a knock-out: a minimum the scores missed (a dimension's floor,
    /// or the overall score), stated in its own words and numbers; text `reason.<id>`.
    Minimum,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub id: &'static str,
    pub question: Option<&'static str>,
    /// A knock-out decided it (for `to_change`: the question holds a knock-out answer).
    pub knock_out: bool,
    pub kind: ReasonKind,
    pub source: SeedRef,
    /// Another wording chosen by the answers (e.g. for a company that is already active):
    /// text `reason.<id>.<variant>`. See `rules::REASON_VARIANTS`.
    pub variant: Option<&'static str>,
}

impl Reason {
    pub fn text(&self, lang: Lang) -> &'static str {
        match (self.kind, self.variant) {
            (ReasonKind::Change, _) => text_parts(lang, &["q.", self.id, ".change"]),
            (_, Some(variant)) => text_parts(lang, &["reason.", self.id, ".", variant]),
            (_, None) => text_parts(lang, &["reason.", self.id]),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// 0..=100
    pub overall: u8,
    /// In `Dimension::ALL` order, each 0..=100.
    pub scores: [(Dimension, u8); 7],
    /// Most decisive first; never empty.
    pub reasons: Vec<Reason>,
    pub archetype: Option<Archetype>,
    /// Grouped by phase in `Phase::ALL` order; every phase has at least one step.
    pub plan: Vec<PlanStep>,
    /// For leave-it: the answers that would have to change (empty for do-it).
    pub to_change: Vec<Reason>,
    /// The company already has channels of its own (`presence`): the summary speaks of them.
    pub active: bool,
}

impl Outcome {
    pub fn score(&self, d: Dimension) -> u8 {
        self.scores
            .iter()
            .find(|(dim, _)| *dim == d)
            .map_or(0, |(_, s)| *s)
    }

    /// The verdict in a sentence. A "do it" with weak answers says it has the essentials, not
    /// everything it takes: its caveats are listed below it. A company that is already active
    /// reads what the verdict means for the channels it has.
    pub fn summary(&self, lang: Lang) -> &'static str {
        let caveats = self.reasons.iter().any(|r| r.kind == ReasonKind::Caveat);
        let variant = match (caveats, self.active) {
            (false, false) => ".summary",
            (true, false) => ".summary-caveats",
            (false, true) => ".summary-active",
            (true, true) => ".summary-caveats-active",
        };
        text_parts(lang, &["verdict.", self.verdict.slug(), variant])
    }

    /// The verdict in plain words, for a company already on social media worded for its
    /// channels ("Not like this yet …") rather than for a start.
    pub fn plain(&self, lang: Lang) -> &'static str {
        let variant = if self.active {
            ".plain-active"
        } else {
            ".plain"
        };
        text_parts(lang, &["verdict.", self.verdict.slug(), variant])
    }

    /// "What decided it": a knock-out decides alone, so where there is one, only the
    /// knock-outs; else, under "leave it", the minimums missed (each says so in its own words)
    /// with, where dimensions fell below the floor, the answers in those; else (an overall
    /// score too low, or "do it") every reason but a do-it's caveats.
    pub fn deciding_reasons(&self) -> impl Iterator<Item = &Reason> {
        let decided_by = self.decided_by();
        self.reasons
            .iter()
            .filter(move |r| decided_by.includes(self, r))
    }

    /// The other weak answers, which did not tip it (under do-it: its caveats).
    pub fn other_weak_reasons(&self) -> impl Iterator<Item = &Reason> {
        let decided_by = self.decided_by();
        self.reasons
            .iter()
            .filter(move |r| !decided_by.includes(self, r))
    }

    fn decided_by(&self) -> DecidedBy {
        if self.reasons.iter().any(|r| r.knock_out) {
            DecidedBy::KnockOuts
        } else if self.verdict == Verdict::LeaveIt
            && self.scores.iter().any(|(d, s)| *s < floor(*d))
        {
            DecidedBy::Floor
        } else {
            DecidedBy::Everything
        }
    }

    pub fn steps(&self, p: Phase) -> impl Iterator<Item = &PlanStep> {
        self.plan.iter().filter(move |s| s.phase == p)
    }

    pub fn has_step(&self, id: &str) -> bool {
        self.plan.iter().any(|s| s.id == id)
    }
}

/// Which reasons decided a verdict.
#[derive(Clone, Copy)]
enum DecidedBy {
    KnockOuts,
    /// Dimensions below their floor.
    Floor,
    Everything,
}

impl DecidedBy {
    fn includes(self, outcome: &Outcome, reason: &Reason) -> bool {
        match self {
            DecidedBy::KnockOuts => reason.knock_out,
            DecidedBy::Floor => {
                reason.kind == ReasonKind::Minimum
                    || reason
                        .question
                        .and_then(question)
                        .is_some_and(|q| outcome.score(q.dimension) < floor(q.dimension))
            }
            DecidedBy::Everything => reason.kind != ReasonKind::Caveat,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Evaluation {
    /// Visible questions still unanswered, by id, in order: no verdict from guesses.
    Incomplete {
        missing: Vec<&'static str>,
    },
    Complete(Outcome),
}

impl Evaluation {
    pub fn outcome(&self) -> Option<&Outcome> {
        match self {
            Evaluation::Complete(o) => Some(o),
            Evaluation::Incomplete { .. } => None,
        }
    }
}
