//! How answers become a verdict: knock-outs, thresholds, archetypes. Data, read top to bottom.
//!
//! 1. A knock-out rule that holds decides "leave it", whatever the scores say (the seeds are
//!    categorical there). Rules are listed most decisive first; that is the order of reasons.
//! 2. Otherwise the scores decide: "do it" needs an overall score of at least
//!    [`DO_IT_MIN_OVERALL`] and no dimension below its floor ([`floor`]; seed 002 asks every
//!    question before "Ich mach das, aber dann richtig!": one missing piece is enough to fail).
//!    Such a "leave it" names the minimum it missed in its own words ([`MINIMUMS`],
//!    [`OVERALL_MINIMUM`]), as a knock-out does: no rule decides silently. A single answer that
//!    alone would sink its dimension below the floor is a stated knock-out instead.
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
    // "Nur dabei sein" and "not decided yet" alike: no goal yet. Its text is true of both.
    KnockOut {
        id: "ko-no-goal",
        question: "goals",
        states_also: &[],
        when: When::NoneOf("goals", REAL_GOALS),
        source: seed(CORE, "Dann sparen Sie sich den Aufwand."),
    },
    // Not online, or not known to be, unless people already talk about the company there a
    // lot: then someone is listening, whatever the company believes (seed 002's Kunde 2: "Die
    // Menschen suchen den Dialog zu Ihnen ... wir sollten hier einsteigen"). Not knowing
    // whether anyone listens is found out first (seed 002 to Kunde 1: "Hört Ihnen überhaupt
    // jemand zu?"); its text is true of both answers.
    KnockOut {
        id: "ko-audience-offline",
        question: "audience",
        states_also: &[],
        when: When::All(&[
            When::Is("audience", &["not-online", "unknown"]),
            When::Is("talked-about", &["dont-know", "no", "some"]),
        ]),
        source: seed(CORE, "wenn Ihnen keiner zuhört"),
    },
    KnockOut {
        id: "ko-no-topics",
        question: "topics",
        states_also: &[],
        when: When::Is("topics", &["none"]),
        source: seed(
            CORE,
            "Aber irgendeine Art von Idee wohin es inhaltlich geht, sollte man schon haben.",
        ),
    },
    // Nobody, or not decided yet who: "Wer macht es denn?" comes before any channel.
    KnockOut {
        id: "ko-nobody",
        question: "responsible",
        states_also: &[],
        when: When::Is("responsible", &["nobody", "undecided"]),
        source: seed(
            CORE,
            "Haben Sie Mitarbeiter, die die Plattformen pflegen können?",
        ),
    },
    // Under two hours a week, or none fixed yet, and no lasting budget to buy more: a channel
    // run on leftovers, whoever is in charge and however quickly the answers would come, soon
    // lies idle.
    KnockOut {
        id: "ko-no-capacity",
        question: "hours",
        states_also: &["budget"],
        when: When::All(&[
            When::Is("hours", &["undecided", "under-2h"]),
            When::Is("budget", &["none", "undecided", "one-off"]),
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
    // Seed 004 is categorical about the style ("völlig fehl am Platz"), and seed 002's
    // unlocker shows that training and feedback did not loosen it. It used to decide through
    // the looseness floor without a word; now it says so, and the plan's remedy is someone who
    // writes naturally, or hiring one (seed 003).
    KnockOut {
        id: "ko-press-tone",
        question: "tone",
        states_also: &[],
        when: When::Is("tone", &["press-release"]),
        source: seed(
            COURSE,
            "Der Stil von Pressemeldungen oder platten Werbebotschaften ist hier völlig fehl am Platz.",
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

/// A company with channels of its own (seed 004: "Wie viele Blogs, Foren, Seiten und Kanäle
/// liegen brach"): the plan deals with what it has, and some reasons speak of its channels.
pub const ACTIVE: When = When::Is("presence", &["active"]);

/// Another wording of a reason (`reason.<id>.<variant>`) where its condition holds; the first
/// that holds wins. Every default text stays true for every answer that gives the reason, so a
/// list that names reasons by id alone (the workshop's) is never wrong.
pub struct ReasonVariant {
    pub reason: &'static str,
    pub variant: &'static str,
    pub when: When,
}

pub static REASON_VARIANTS: &[ReasonVariant] = &[
    ReasonVariant {
        reason: "ko-nobody",
        variant: "active",
        when: ACTIVE,
    },
    ReasonVariant {
        reason: "ko-no-capacity",
        variant: "active",
        when: ACTIVE,
    },
    ReasonVariant {
        reason: "ko-ignores-customers",
        variant: "active",
        when: ACTIVE,
    },
    ReasonVariant {
        reason: "ko-slow-answers",
        variant: "active",
        when: ACTIVE,
    },
    ReasonVariant {
        reason: "ko-press-tone",
        variant: "active",
        when: ACTIVE,
    },
    ReasonVariant {
        reason: "responsible-sideline",
        variant: "active",
        when: ACTIVE,
    },
];

/// A minimum the scores missed: its reason id (text `reason.<id>`, which names the minimum in
/// numbers) and the seed's question behind it.
pub struct Minimum {
    pub id: &'static str,
    pub source: SeedRef,
}

/// Per dimension, in [`Dimension::ALL`] order: the reason a "leave it" gives when that
/// dimension is below its floor and no knock-out decided.
pub static MINIMUMS: [(Dimension, Minimum); 7] = [
    (
        Dimension::Goals,
        Minimum {
            id: "floor-goals",
            source: seed(CORE, "Was will ich erreichen?"),
        },
    ),
    (
        Dimension::Audience,
        Minimum {
            id: "floor-audience",
            source: seed(CORE, "Wen will ich erreichen?"),
        },
    ),
    (
        Dimension::Topics,
        Minimum {
            id: "floor-topics",
            source: seed(
                CORE,
                "Habe ich REGELMÄßIG INTERESSANTE THEMEN für die Zielgruppe?",
            ),
        },
    ),
    (
        Dimension::Resources,
        Minimum {
            id: "floor-resources",
            source: seed(CORE, "Habe ich Ressourcen? Habe ich Zeit?"),
        },
    ),
    (
        Dimension::Looseness,
        Minimum {
            id: "floor-looseness",
            source: seed(CORE, "Bin ich locker genug?"),
        },
    ),
    (
        Dimension::Dialog,
        Minimum {
            id: "floor-dialog",
            source: seed(CORE, "Bin ich bereit für den Dialog?"),
        },
    ),
    (
        Dimension::Readiness,
        Minimum {
            id: "floor-readiness",
            source: seed(CORE, "Bin ich bereit?"),
        },
    ),
];

/// The reason a "leave it" gives when the overall score is below [`DO_IT_MIN_OVERALL`] and no
/// knock-out decided.
pub static OVERALL_MINIMUM: Minimum = Minimum {
    id: "overall-low",
    source: seed(
        CORE,
        "Ich mach das, aber dann richtig! oder Ich lass das, weil ich kann es nicht!",
    ),
};

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
    // Kunde 2 by fear and signals, not by the verdict: it holds back ("Kunde 2 hat Angst,
    // etwas zu machen"), while people already talk about it ("Die Menschen suchen den Dialog
    // zu Ihnen"), and it has what Kunde 1 lacks, a goal and topics ("alles hat, um erfolgreich
    // Social Media zu nutzen, aber halt nicht will"). Nobody in charge yet, a stiff tone or
    // no know-how may turn the verdict, not the type.
    ArchetypeRule {
        archetype: Archetype::FearOfActing,
        when: When::All(&[
            When::Is("attitude", &["rather-later"]),
            When::Is("talked-about", &["some", "lively"]),
            When::Is("goals", REAL_GOALS),
            When::Is("topics", &["occasional", "regular", "editorial-plan"]),
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
