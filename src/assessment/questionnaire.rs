//! The questions, their answers and weights: the data a consultant adjusts.
//!
//! Scoring: every answer has a `score` (0–100). A single-choice question lists its answers from
//! weakest to strongest (the validation test insists the scores rise), which defines what
//! "a better answer" means. A multi-select question scores the sum of its selected answers,
//! capped at 100, so adding an answer never lowers it. A question with `weight` 0 is not scored:
//! it only shapes the archetype and the plan. Texts are keyed `q.<id>.title`, `q.<id>.why`,
//! `q.<id>.change` (scored questions: what a better answer looks like) and `q.<id>.o.<option>`;
//! a question worded differently for a company that is already active has its variant's title
//! under `q.<id>.title.<variant>` (see [`Question::title_for`]).
//!
//! Options are worded so that a company could pick any of them without feeling judged, and
//! where a real company has not decided yet it can say so ("noch offen"): such an answer is
//! scored as the seeds judge an open point, i.e. as something to settle before starting.

use super::answers::Answers;
use super::seeds::{seed, SeedRef, CORE, COURSE, INTERVIEW, ORGANISATION};
use crate::texts::{text_parts, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Goals,
    Audience,
    Topics,
    Resources,
    Looseness,
    Dialog,
    Readiness,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Goals,
        Dimension::Audience,
        Dimension::Topics,
        Dimension::Resources,
        Dimension::Looseness,
        Dimension::Dialog,
        Dimension::Readiness,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Dimension::Goals => "goals",
            Dimension::Audience => "audience",
            Dimension::Topics => "topics",
            Dimension::Resources => "resources",
            Dimension::Looseness => "looseness",
            Dimension::Dialog => "dialog",
            Dimension::Readiness => "readiness",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        text_parts(lang, &["dimension.", self.id()])
    }

    pub fn from_id(s: &str) -> Option<Self> {
        Dimension::ALL.into_iter().find(|d| d.id() == s)
    }

    /// Position in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: &'static str,
    /// 0–100; ignored when the question's weight is 0.
    pub score: u8,
    /// Reason id (text `reason.<id>`) this answer gives in the result; `None` only where a
    /// knock-out rule speaks for the answer instead.
    pub reason: Option<&'static str>,
}

/// A follow-up is shown only while its parent question has one of these answers.
#[derive(Debug, PartialEq, Eq)]
pub struct ShownIf {
    pub question: &'static str,
    pub any_of: &'static [&'static str],
}

/// A title worded for some answers of another question: `q.<id>.title.<suffix>` while `when`
/// holds (a company that is already active reads "Wer kümmert sich um Ihre Kanäle?", one that
/// has not started "Wer würde sich um die Kanäle kümmern?").
#[derive(Debug, PartialEq, Eq)]
pub struct TitleVariant {
    pub suffix: &'static str,
    pub when: ShownIf,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub dimension: Dimension,
    pub multi: bool,
    /// Weight within its dimension; 0 = not scored.
    pub weight: u8,
    pub options: &'static [AnswerOption],
    pub shown_if: Option<ShownIf>,
    /// Another wording of the title for some answers of an earlier question.
    pub title_variant: Option<TitleVariant>,
    /// Where the question (and its "why we ask") comes from.
    pub source: SeedRef,
}

impl Question {
    /// The default wording: for a company that has not started, or whose answers are not
    /// known yet. Where answers are at hand, prefer [`Question::title_for`].
    pub fn title(&self, lang: Lang) -> &'static str {
        text_parts(lang, &["q.", self.id, ".title"])
    }

    /// The title as this person reads it: worded for an active company where the question has
    /// such a variant and the answers say so, else [`Question::title`].
    pub fn title_for(&self, answers: &Answers, lang: Lang) -> &'static str {
        match &self.title_variant {
            Some(v)
                if answers
                    .selected(v.when.question)
                    .iter()
                    .any(|o| v.when.any_of.contains(o)) =>
            {
                text_parts(lang, &["q.", self.id, ".title.", v.suffix])
            }
            _ => self.title(lang),
        }
    }

    /// One line "why we ask", drawn from the seed.
    pub fn why(&self, lang: Lang) -> &'static str {
        text_parts(lang, &["q.", self.id, ".why"])
    }

    /// What a better answer would look like (scored questions only).
    pub fn change(&self, lang: Lang) -> &'static str {
        text_parts(lang, &["q.", self.id, ".change"])
    }

    pub fn option_label(&self, option_id: &str, lang: Lang) -> &'static str {
        text_parts(lang, &["q.", self.id, ".o.", option_id])
    }

    pub fn option(&self, option_id: &str) -> Option<&'static AnswerOption> {
        self.options.iter().find(|o| o.id == option_id)
    }

    /// Position of an option in display order (for compact encodings).
    pub fn option_index(&self, option_id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == option_id)
    }

    pub fn is_scored(&self) -> bool {
        self.weight > 0
    }

    pub fn is_follow_up(&self) -> bool {
        self.shown_if.is_some()
    }

    /// Score of a selection (0 for an empty one).
    pub fn score_of(&self, selected: &[&str]) -> u8 {
        if self.multi {
            let sum: u32 = selected
                .iter()
                .filter_map(|id| self.option(id))
                .map(|o| u32::from(o.score))
                .sum();
            sum.min(100) as u8
        } else {
            selected
                .first()
                .and_then(|id| self.option(id))
                .map_or(0, |o| o.score)
        }
    }

    /// The strongest selection: the top option, or every scoring option of a multi-select
    /// (every option, if none scores). Never empty.
    pub fn best(&self) -> Vec<&'static str> {
        if self.multi {
            let scoring = self.options.iter().any(|o| o.score > 0);
            self.options
                .iter()
                .filter(|o| o.score > 0 || !scoring)
                .map(|o| o.id)
                .collect()
        } else {
            // Last of the highest: options are listed weakest first.
            let top = self.options.iter().map(|o| o.score).max().unwrap_or(0);
            self.options
                .iter()
                .rev()
                .find(|o| o.score == top)
                .map(|o| o.id)
                .into_iter()
                .collect()
        }
    }
}

pub fn questions() -> &'static [Question] {
    QUESTIONS
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

pub(crate) fn question_index(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == id)
}

const fn o(id: &'static str, score: u8, reason: &'static str) -> AnswerOption {
    AnswerOption {
        id,
        score,
        reason: if reason.is_empty() {
            None
        } else {
            Some(reason)
        },
    }
}

/// The goals that are goals ("just be there" is not one; seed 002).
pub const REAL_GOALS: &[&str] = &[
    "sell-more",
    "find-recruits",
    "service",
    "reputation",
    "feedback",
];

/// The wording of a question for a company that already has channels of its own.
const IF_ACTIVE: ShownIf = ShownIf {
    question: "presence",
    any_of: &["active"],
};

const fn active_title() -> Option<TitleVariant> {
    Some(TitleVariant {
        suffix: "active",
        when: IF_ACTIVE,
    })
}

/// All questions in display order; follow-ups right after their parent.
pub static QUESTIONS: &[Question] = &[
    // First: where the company stands today. Not scored (being on social media already is
    // neither better nor worse): it words the questions after it and changes the plan, e.g.
    // what to do with the channels a company has (seed 004: "Wie viele Blogs, Foren, Seiten
    // und Kanäle liegen brach").
    Question {
        id: "presence",
        dimension: Dimension::Goals,
        multi: false,
        weight: 0,
        options: &[o("not-yet", 0, ""), o("active", 0, "")],
        shown_if: None,
        title_variant: None,
        source: seed(
            COURSE,
            "Wie viele Blogs, Foren, Seiten und Kanäle liegen brach",
        ),
    },
    // Follow-up, not scored: how the channels a company has are kept up and answered decides
    // what the plan does with them (answer what is open, hand over or close idle channels,
    // talk instead of only posting; Teldafax in seed 001 posted and ignored its customers).
    Question {
        id: "upkeep",
        dimension: Dimension::Goals,
        multi: false,
        weight: 0,
        options: &[
            o("idle", 0, ""),
            o("posting", 0, ""),
            o("mixed", 0, ""),
            o("kept-up", 0, ""),
        ],
        shown_if: Some(ShownIf {
            question: "presence",
            any_of: &["active"],
        }),
        title_variant: None,
        source: seed(
            COURSE,
            "nachdem die Betreiber doch mit so viel Schwung gestartet waren",
        ),
    },
    // Not scored: tells Kunde 1 (eager) from Kunde 2 (hesitant) and sets the plan's emphasis.
    Question {
        id: "attitude",
        dimension: Dimension::Goals,
        multi: false,
        weight: 0,
        options: &[
            o("must-start-now", 0, ""),
            o("want-to-check", 0, ""),
            o("rather-later", 0, ""),
            o("improve", 0, ""),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(CORE, "Kunde 1 hat Angst, etwas zu verpassen."),
    },
    // Multi-select; "just-be-there" and "undecided" score 0 and, without a real goal, are a
    // knock-out ("starten Sie keine Social-Media-Kampagne ohne Ziel und Strategie").
    // Beside a real goal they are ignored: they neither add nor take away. One real goal scores
    // full: seed 002 is satisfied with "Ich will mehr verkaufen", and seed 004 asks to
    // prioritise goals, so ticking more of them never turns a verdict.
    Question {
        id: "goals",
        dimension: Dimension::Goals,
        multi: true,
        weight: 1,
        options: &[
            o("just-be-there", 0, ""),
            o("sell-more", 100, "goals-clear"),
            o("find-recruits", 100, "goals-clear"),
            o("service", 100, "goals-clear"),
            o("reputation", 100, "goals-clear"),
            o("feedback", 100, "goals-clear"),
            o("undecided", 0, ""),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(CORE, "Sie wollen nur dabei sein, damit Sie dabei sind?"),
    },
    Question {
        id: "audience",
        dimension: Dimension::Audience,
        multi: false,
        weight: 2,
        options: &[
            // With "unknown", a knock-out unless people already talk about the company a lot
            // (see the rule); beside such talk, each gives the reason that names the overlook.
            o("not-online", 0, "audience-not-online"),
            o("unknown", 5, "audience-unknown"),
            o("partly", 65, "audience-partly"),
            o("online", 100, "audience-online"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(CORE, "Ist meine Zielgruppe im Web 2.0?"),
    },
    Question {
        id: "talked-about",
        dimension: Dimension::Audience,
        multi: false,
        weight: 1,
        options: &[
            o("dont-know", 20, "talk-unknown"),
            o("no", 40, "talk-none"),
            o("some", 75, "talk-some"),
            o("lively", 100, "talk-lively"),
        ],
        shown_if: None,
        title_variant: active_title(),
        source: seed(
            CORE,
            "manche haben sogar schon Fanpages in Ihrem Namen gegründet",
        ),
    },
    // "none" is a knock-out: "irgendeine Art von Idee wohin es inhaltlich geht, sollte man
    // schon haben" (seed 002).
    Question {
        id: "topics",
        dimension: Dimension::Topics,
        multi: false,
        weight: 1,
        options: &[
            o("none", 0, ""),
            o("occasional", 35, "topics-occasional"),
            o("regular", 80, "topics-regular"),
            o("editorial-plan", 100, "topics-plan"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(CORE, "Ein Redaktionsplan hilft."),
    },
    // Follow-up, not scored: picks the platforms in the plan.
    Question {
        id: "content-kinds",
        dimension: Dimension::Topics,
        multi: true,
        weight: 0,
        options: &[
            o("text", 0, ""),
            o("pictures", 0, ""),
            o("video", 0, ""),
            o("presentations", 0, ""),
        ],
        shown_if: Some(ShownIf {
            question: "topics",
            any_of: &["occasional", "regular", "editorial-plan"],
        }),
        title_variant: None,
        source: seed(COURSE, "Texte, Bilder, Videos oder Präsentationen"),
    },
    // One person or several score alike: "Im Grunde spielt es keine Rolle, ob nur eine Person
    // die Pflege übernimmt oder, ob es mehrere sind" (seed 003). What counts is that someone
    // is named; the hours say whether they have the time. Nobody, or not decided yet, is a
    // knock-out ("Wer macht es denn?", seed 002).
    Question {
        id: "responsible",
        dimension: Dimension::Resources,
        multi: false,
        weight: 3,
        options: &[
            o("nobody", 0, ""),
            o("undecided", 10, ""),
            o("whoever-has-time", 25, "responsible-sideline"),
            o("named-person", 100, "responsible-named"),
            o("team", 100, "responsible-team"),
        ],
        shown_if: None,
        title_variant: active_title(),
        source: seed(
            CORE,
            "Haben Sie Mitarbeiter, die die Plattformen pflegen können?",
        ),
    },
    // Follow-up: hours only mean something once someone is (or may be) in charge. While
    // hidden it counts 0, so revealing it never raises a score by itself. Not fixed yet is
    // weakest: "Bevor Sie jetzt wirklich durchstarten, klären Sie, welche Kapazitäten
    // dauerhaft bereitgestellt werden können" (seed 004).
    Question {
        id: "hours",
        dimension: Dimension::Resources,
        multi: false,
        weight: 2,
        options: &[
            o("undecided", 5, "hours-open"),
            o("under-2h", 10, "hours-few"),
            o("2-5h", 50, "hours-some"),
            o("5-10h", 85, "hours-enough"),
            o("over-10h", 100, "hours-enough"),
        ],
        shown_if: Some(ShownIf {
            question: "responsible",
            any_of: &["undecided", "whoever-has-time", "named-person", "team"],
        }),
        title_variant: active_title(),
        source: seed(COURSE, "nicht zum Nulltarif zu haben"),
    },
    // Open is above none (it may yet come) and below a launch budget (seed 004: channels
    // lie idle after a start "mit so viel Schwung").
    Question {
        id: "budget",
        dimension: Dimension::Resources,
        multi: false,
        weight: 2,
        options: &[
            o("none", 0, "budget-none"),
            o("undecided", 15, "budget-open"),
            o("one-off", 35, "budget-one-off"),
            o("ongoing", 100, "budget-ongoing"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(COURSE, "nur mit einem ausreichenden Budget möglich"),
    },
    // Includes approvals: seed 002 asks whether complicated sign-offs slow the answer.
    Question {
        id: "response-time",
        dimension: Dimension::Resources,
        multi: false,
        weight: 3,
        options: &[
            o("week-or-more", 0, ""),
            o("few-days", 35, "response-days"),
            o("within-24h", 100, "response-24h"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(
            ORGANISATION,
            "nach max. 24 Stunden eine Reaktion erfolgt sein",
        ),
    },
    // "press-release" is a stated knock-out (seed 004: "völlig fehl am Platz"; seed 002's
    // unlocker): a matter-of-fact tone is weak, not decisive.
    Question {
        id: "tone",
        dimension: Dimension::Looseness,
        multi: false,
        weight: 1,
        options: &[
            o("press-release", 0, ""),
            o("factual", 45, "tone-factual"),
            o("conversational", 100, "tone-conversational"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(
            COURSE,
            "Der Stil von Pressemeldungen oder platten Werbebotschaften ist hier völlig fehl am Platz.",
        ),
    },
    Question {
        id: "customer-voice",
        dimension: Dimension::Dialog,
        multi: false,
        weight: 1,
        options: &[
            o("not-interested", 0, ""),
            o("when-problems", 50, "voice-problems"),
            o("want-to-hear", 100, "voice-want"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(
            CORE,
            "Wenn Sie die Meinung Ihrer Kunden eigentlich nicht interessiert. Dann lassen Sie es auch.",
        ),
    },
    Question {
        id: "criticism",
        dimension: Dimension::Dialog,
        multi: false,
        weight: 1,
        options: &[
            o("ignore", 0, ""),
            o("unsure", 40, "criticism-unsure"),
            o("answer-openly", 100, "criticism-open"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(INTERVIEW, "Kundenanfragen aber ignoriert"),
    },
    Question {
        id: "know-how",
        dimension: Dimension::Readiness,
        multi: false,
        weight: 2,
        options: &[
            o("none", 0, "knowhow-none"),
            o("reading", 45, "knowhow-reading"),
            o("active", 100, "knowhow-active"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(CORE, "Möglichkeiten, Mechanismen und Manieren des Social Web"),
    },
    // Fear of real names lowers readiness; the plan practises it. Not a knock-out.
    Question {
        id: "real-names",
        dimension: Dimension::Readiness,
        multi: false,
        weight: 1,
        options: &[
            o("rather-not", 0, "names-no"),
            o("some", 50, "names-some"),
            o("yes", 100, "names-yes"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(
            CORE,
            "Wenn Sie Angst haben, Ihren echten Namen für Social Media zu verwenden",
        ),
    },
    Question {
        id: "guidelines",
        dimension: Dimension::Readiness,
        multi: false,
        weight: 1,
        options: &[
            o("none", 0, "guidelines-none"),
            o("unwritten", 40, "guidelines-unwritten"),
            o("written", 100, "guidelines-written"),
        ],
        shown_if: None,
        title_variant: None,
        source: seed(
            INTERVIEW,
            "Gebe dich als Mitarbeiter zu erkennen, plaudere keine Geschäftsgeheimnisse aus und fange keinen Streit an.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_select_sums_and_caps() {
        let goals = question("goals").unwrap();
        assert_eq!(goals.score_of(&[]), 0);
        assert_eq!(goals.score_of(&["just-be-there"]), 0);
        assert_eq!(goals.score_of(&["just-be-there", "sell-more"]), 100);
        assert_eq!(goals.score_of(&["sell-more", "service", "feedback"]), 100);
        assert_eq!(goals.score_of(&["undecided"]), 0);
        assert_eq!(goals.best(), REAL_GOALS.to_vec());
    }

    #[test]
    fn titles_follow_where_the_company_stands() {
        let responsible = question("responsible").unwrap();
        let mut a = Answers::new();
        assert_eq!(
            responsible.title_for(&a, Lang::De),
            responsible.title(Lang::De)
        );
        a.set("presence", &["not-yet"]).unwrap();
        assert_eq!(
            responsible.title_for(&a, Lang::De),
            responsible.title(Lang::De)
        );
        a.set("presence", &["active"]).unwrap();
        assert_ne!(
            responsible.title_for(&a, Lang::De),
            responsible.title(Lang::De)
        );
        // A question without a variant reads the same either way.
        let goals = question("goals").unwrap();
        assert_eq!(goals.title_for(&a, Lang::En), goals.title(Lang::En));
    }

    #[test]
    fn single_choice_best_is_the_strongest() {
        assert_eq!(question("audience").unwrap().best(), vec!["online"]);
        assert_eq!(question("hours").unwrap().best(), vec!["over-10h"]);
        assert_eq!(question("content-kinds").unwrap().best().len(), 4);
        assert_eq!(question("tone").unwrap().score_of(&["nonsense"]), 0);
    }

    #[test]
    fn dimension_ids_round_trip() {
        for d in Dimension::ALL {
            assert_eq!(Dimension::from_id(d.id()), Some(d));
            assert_eq!(Dimension::ALL[d.index()], d);
        }
        assert_eq!(Dimension::from_id("Goals"), None);
    }
}
