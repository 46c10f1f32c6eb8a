//! How answers become a verdict: knock-outs, thresholds, archetypes. Data, read top to bottom.
//!
//! 1. A knock-out rule that holds decides "leave it", whatever the scores say (the seeds are
//!    categorical there). Rules are listed most decisive first; that is the order of reasons.
//! 2. Otherwise the scores decide: "do it" needs an overall score of at least
//!    [`DO_IT_MIN_OVERALL`] and no dimension below its floor ([`floor`]; seed 002 asks every
//!    question before "Ich mach das, aber dann richtig!": one missing piece is enough to fail).
//!
//! A dimension score is the weighted mean of its questions' scores (a hidden follow-up counts
//! 0); the overall score is the weighted mean of the dimension scores. Each knock-out names only
//! the weakest answers of its question, so a better answer can never trigger one, and the
//! attitude question is in no rule here: it shapes the archetype and the plan only.

use super::answers::Answers;
use super::outcome::{Archetype, Verdict};
use super::questionnaire::{question_index, Dimension, REAL_GOALS};
use super::seeds::{seed, SeedRef, CORE, COURSE, ORGANISATION};

pub const DO_IT_MIN_OVERALL: u8 = 55;
/// The least score a dimension needs for "do it".
pub const DIMENSION_FLOOR: u8 = 30;
/// Resources need more: the seeds ask first of all who does it, with what time and money, and
/// how fast ("Wer macht es denn?", seed 002; "nur mit einem ausreichenden Budget möglich und mit
/// einem Team", seed 004). Leftover time, a launch-only budget and days to answer (35) do not
/// make up for each other; one person in charge, a few hours, a lasting budget (65) do.
pub const RESOURCES_FLOOR: u8 = 50;

/// The floor of a dimension: [`RESOURCES_FLOOR`] for resources, else [`DIMENSION_FLOOR`].
pub fn floor(dimension: Dimension) -> u8 {
    match dimension {
        Dimension::Resources => RESOURCES_FLOOR,
        _ => DIMENSION_FLOOR,
    }
}

/// Weights of the dimensions in the overall score.
pub const DIMENSION_WEIGHTS: [(Dimension, u8); 7] = [
    (Dimension::Goals, 1),
    (Dimension::Audience, 1),
    (Dimension::Topics, 1),
    (Dimension::Resources, 1),
    (Dimension::Looseness, 1),
    (Dimension::Dialog, 1),
    (Dimension::Readiness, 1),
];
/// An answer scoring at least this speaks for doing it; below, against.
pub const REASON_SPLIT: u8 = DO_IT_MIN_OVERALL;

/// A condition on the answers (and, for the plan, on verdict and archetype).
#[derive(Debug)]
pub enum When {
    Always,
    Verdict(Verdict),
    Archetype(Archetype),
    /// The question is shown and one of these options is selected.
    Is(&'static str, &'static [&'static str]),
    /// The question is shown and answered, and none of these options is selected.
    NoneOf(&'static str, &'static [&'static str]),
    All(&'static [When]),
    Any(&'static [When]),
    Not(&'static When),
}

/// What a condition is checked against.
pub(crate) struct Facts<'a> {
    pub answers: &'a Answers,
    /// By question index; see `answers::visibility`.
    pub visible: &'a [bool],
    pub verdict: Option<Verdict>,
    pub archetype: Option<Archetype>,
}

impl Facts<'_> {
    pub(crate) fn shown(&self, question: &str) -> bool {
        question_index(question)
            .and_then(|i| self.visible.get(i).copied())
            .unwrap_or(false)
    }
}

impl When {
    /// Whether the condition looks at this question's answer.
    #[cfg(test)]
    pub(crate) fn names(&self, question: &str) -> bool {
        match self {
            When::Is(q, _) | When::NoneOf(q, _) => *q == question,
            When::All(ws) | When::Any(ws) => ws.iter().any(|w| w.names(question)),
            When::Not(w) => w.names(question),
            When::Always | When::Verdict(_) | When::Archetype(_) => false,
        }
    }

    pub(crate) fn holds(&self, f: &Facts<'_>) -> bool {
        match self {
            When::Always => true,
            When::Verdict(v) => f.verdict == Some(*v),
            When::Archetype(a) => f.archetype == Some(*a),
            When::Is(q, opts) => {
                f.shown(q) && f.answers.selected(q).iter().any(|o| opts.contains(o))
            }
            When::NoneOf(q, opts) => {
                let sel = f.answers.selected(q);
                f.shown(q) && !sel.is_empty() && !sel.iter().any(|o| opts.contains(o))
            }
            When::All(ws) => ws.iter().all(|w| w.holds(f)),
            When::Any(ws) => ws.iter().any(|w| w.holds(f)),
            When::Not(w) => !w.holds(f),
        }
    }
}

pub struct KnockOut {
    /// Reason id; text `reason.<id>`.
    pub id: &'static str,
    /// The question whose answer triggers it.
    pub question: &'static str,
    /// Other questions whose answers its text states: their own reasons are not listed again.
    pub states_also: &'static [&'static str],
    pub when: When,
    pub source: SeedRef,
}

/// Most decisive first.
pub static KNOCK_OUTS: &[KnockOut] = &[
    KnockOut {
        id: "ko-no-goal",
        question: "goals",
        states_also: &[],
        when: When::NoneOf("goals", REAL_GOALS),
        source: seed(CORE, "Dann sparen Sie sich den Aufwand."),
    },
    // Unless people already talk about the company there a lot: then someone is listening,
    // whatever the company believes (seed 002's Kunde 2: "Die Menschen suchen den Dialog zu
    // Ihnen ... wir sollten hier einsteigen").
    KnockOut {
        id: "ko-audience-offline",
        question: "audience",
        states_also: &[],
        when: When::All(&[
            When::Is("audience", &["not-online"]),
            When::Is("talked-about", &["dont-know", "no", "some"]),
        ]),
        source: seed(CORE, "wenn Ihnen keiner zuhört"),
    },
    KnockOut {
        id: "ko-nobody",
        question: "responsible",
        states_also: &[],
        when: When::Is("responsible", &["nobody"]),
        source: seed(
            CORE,
            "Haben Sie Mitarbeiter, die die Plattformen pflegen können?",
        ),
    },
    // Under two hours a week and no lasting budget to buy more: a channel run on leftovers,
    // whoever is in charge and however quickly the answers would come, soon lies idle.
    KnockOut {
        id: "ko-no-capacity",
        question: "hours",
        states_also: &["budget"],
        when: When::All(&[
            When::Is("hours", &["under-2h"]),
            When::Is("budget", &["none", "one-off"]),
        ]),
        source: seed(
            COURSE,
            "ist nur mit einem ausreichenden Budget möglich und mit einem Team",
        ),
    },
    KnockOut {
        id: "ko-not-interested",
        question: "customer-voice",
        states_also: &[],
        when: When::Is("customer-voice", &["not-interested"]),
        source: seed(
            CORE,
            "Wenn Sie die Meinung Ihrer Kunden eigentlich nicht interessiert. Dann lassen Sie es auch.",
        ),
    },
    KnockOut {
        id: "ko-ignores-customers",
        question: "criticism",
        states_also: &[],
        when: When::Is("criticism", &["ignore"]),
        source: seed(CORE, "dann lassen Sie das besser mit Social Media"),
    },
    KnockOut {
        id: "ko-slow-answers",
        question: "response-time",
        states_also: &[],
        when: When::Is("response-time", &["week-or-more"]),
        source: seed(
            ORGANISATION,
            "Schnelligkeit ist daher ein wichtiges K.O.-Kriterium.",
        ),
    },
    // Seed 002 is categorical: without knowing the platforms from one's own use, a company
    // is not ready. Practising comes first (the plan's first step). The seed's next sentence,
    // on fearing real names, is no knock-out here: someone who knows the platforms can
    // practise appearing under their name (the question says so, and the plan has the step),
    // but someone who does not know them has nothing yet to do it properly with.
    KnockOut {
        id: "ko-no-know-how",
        question: "know-how",
        states_also: &[],
        when: When::Is("know-how", &["none"]),
        source: seed(
            CORE,
            "Wenn Sie die Möglichkeiten, Mechanismen und Manieren des Social Web nicht kennen, sind Sie es nicht.",
        ),
    },
];

pub struct ArchetypeRule {
    pub archetype: Archetype,
    /// Checked after the verdict; the first rule that holds wins.
    pub when: When,
    pub source: SeedRef,
}

pub static ARCHETYPES: &[ArchetypeRule] = &[
    // Kunde 1: eager, and for lack of goal, audience or topics it makes no sense (yet).
    ArchetypeRule {
        archetype: Archetype::FearOfMissingOut,
        when: When::All(&[
            When::Is("attitude", &["must-start-now"]),
            When::Verdict(Verdict::LeaveIt),
            When::Any(&[
                When::NoneOf("goals", REAL_GOALS),
                When::Is("audience", &["not-online", "unknown"]),
                When::Is("topics", &["none"]),
            ]),
        ]),
        source: seed(CORE, "Kunde 1 ist übereifrig."),
    },
    // Kunde 2: "alles hat, um erfolgreich Social Media zu nutzen, aber halt nicht will".
    ArchetypeRule {
        archetype: Archetype::FearOfActing,
        when: When::All(&[
            When::Is("attitude", &["rather-later"]),
            When::Verdict(Verdict::DoIt),
        ]),
        source: seed(CORE, "alles hat, um erfolgreich Social Media zu nutzen"),
    },
];

impl Archetype {
    pub fn source(self) -> SeedRef {
        ARCHETYPES
            .iter()
            .find(|r| r.archetype == self)
            .map_or(seed(CORE, "Kunde 1 will"), |r| r.source)
    }
}
