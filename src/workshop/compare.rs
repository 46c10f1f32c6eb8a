//! The participants' outcomes side by side: each dimension's spread, where the team disagrees
//! most, and the team's verdict. The rules a consultant could argue about are the constants
//! and the doc comments here.

use super::Workshop;
use crate::assessment::rules::KNOCK_OUTS;
use crate::assessment::seeds::{seed, CORE};
use crate::assessment::{
    evaluate, question, questions, visible_questions, Answers, Dimension, Evaluation, Lang,
    Outcome, Question, ReasonKind, SeedRef, Verdict,
};
use crate::texts::{fill, text, text_parts};

/// A dimension counts as a disagreement when its scores lie at least this many points apart
/// (a quarter of the 0–100 scale: on most questions more than one answer step), or when some
/// participants hit one of its knock-outs and others do not, whatever the spread.
pub const DISAGREEMENT_MIN_SPREAD: u8 = 25;

/// At most this many disagreements are listed: a workshop can discuss a handful.
pub const MAX_DISAGREEMENTS: usize = 5;

/// A knock-out named by at least this many participants is the team's: it blocks the team's
/// "do it" even against a majority (see [`Comparison::team_verdict`]).
pub const SHARED_KNOCK_OUT_MIN: usize = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// One per participant, in the workshop's order: the chart's series.
    pub outcomes: Vec<Outcome>,
    /// In [`Dimension::ALL`] order.
    pub dimensions: [DimensionSpread; 7],
    /// Largest spread first (ties in [`Dimension::ALL`] order); only dimensions with a spread
    /// of at least [`DISAGREEMENT_MIN_SPREAD`] or a split knock-out; at most
    /// [`MAX_DISAGREEMENTS`].
    pub disagreements: Vec<Disagreement>,
    /// The team's verdict. "Ich mach das, aber dann richtig!" asks the whole team to be ready
    /// to do it properly, and the seed's knock-outs are categorical ("Dann lassen Sie es"). So
    /// the team says **do it** only when
    /// 1. a strict majority of the participants reach "do it" (a tie is no majority), and
    /// 2. no knock-out is named by [`SHARED_KNOCK_OUT_MIN`] (two) or more participants: a
    ///    categorical no that several see independently is a fact to settle first, not a
    ///    minority opinion to outvote.
    ///
    /// Otherwise **leave it**. A knock-out named by one participant alone does not block the
    /// team, but it is listed in `team_reasons` and its dimension among the disagreements.
    /// With one participant the team's verdict is that participant's.
    pub team_verdict: Verdict,
    /// Why: first the vote, then each knock-out named, most often named first (ties in the
    /// order of the knock-out rules).
    pub team_reasons: Vec<TeamReason>,
    /// (do it, leave it)
    pub verdict_counts: (usize, usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionSpread {
    pub dimension: Dimension,
    pub min: u8,
    pub max: u8,
    /// Mean of the participants' scores, rounded half up.
    pub mean: u8,
    /// `max - min`
    pub spread: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub dimension: Dimension,
    pub spread: u8,
    /// The dimension's scored questions that participants answered differently (an answer to
    /// a hidden follow-up does not count), the widest apart in score first, then in
    /// questionnaire order. Never empty.
    pub question_ids: Vec<&'static str>,
    /// Some participants hit a knock-out in this dimension and others do not.
    pub knock_out_split: bool,
    /// Participants (by position) with the lowest score in this dimension.
    pub lowest: Vec<usize>,
    /// Participants (by position) with the highest score in this dimension.
    pub highest: Vec<usize>,
}

impl Disagreement {
    /// A question to discuss, the seed's question for this dimension in the team's words.
    pub fn prompt(&self, lang: Lang) -> &'static str {
        prompt(self.dimension, lang)
    }

    /// Where the prompt comes from.
    pub fn source(&self) -> SeedRef {
        prompt_source(self.dimension)
    }
}

/// The question to discuss for a dimension (texts `workshop.prompt.<dimension>`).
pub fn prompt(dimension: Dimension, lang: Lang) -> &'static str {
    text_parts(lang, &["workshop.prompt.", dimension.id()])
}

/// The seed passage each prompt is drawn from: seed 002's "Fragen Sie sich".
pub fn prompt_source(dimension: Dimension) -> SeedRef {
    match dimension {
        Dimension::Goals => seed(CORE, "Was will ich erreichen?"),
        Dimension::Audience => seed(CORE, "Ist meine Zielgruppe im Web 2.0?"),
        Dimension::Topics => seed(
            CORE,
            "Habe ich REGELMÄßIG INTERESSANTE THEMEN für die Zielgruppe?",
        ),
        Dimension::Resources => seed(CORE, "Wer macht es denn?"),
        Dimension::Looseness => seed(CORE, "Bin ich locker genug?"),
        Dimension::Dialog => seed(CORE, "Bin ich bereit für den Dialog?"),
        Dimension::Readiness => seed(
            CORE,
            "Möglichkeiten, Mechanismen und Manieren des Social Web",
        ),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamReason {
    /// How many of all reach "do it"; a majority when `2 * do_it > of`.
    Votes { do_it: usize, of: usize },
    /// A knock-out rule (id as in `rules::KNOCK_OUTS`, text `reason.<id>`) that `count` of
    /// `of` participants hit; it blocks the team when `count >= SHARED_KNOCK_OUT_MIN`.
    KnockOut {
        id: &'static str,
        count: usize,
        of: usize,
    },
}

impl TeamReason {
    /// Speaks against the team's "do it".
    pub fn blocks(&self) -> bool {
        match *self {
            TeamReason::Votes { do_it, of } => 2 * do_it <= of,
            // Named by everyone blocks too: a workshop of one is that person's verdict.
            TeamReason::KnockOut { count, of, .. } => count >= SHARED_KNOCK_OUT_MIN || count == of,
        }
    }

    /// The knock-out's seed passage.
    pub fn source(&self) -> Option<SeedRef> {
        match *self {
            TeamReason::Votes { .. } => None,
            TeamReason::KnockOut { id, .. } => {
                KNOCK_OUTS.iter().find(|k| k.id == id).map(|k| k.source)
            }
        }
    }

    /// One sentence, e.g. "For “I'll do it – but properly!”: 2 of 3 – a majority." or
    /// "Knock-out for 2 of 4 – settle it before you start: Nobody can look after …".
    pub fn text(&self, lang: Lang) -> String {
        match *self {
            TeamReason::Votes { do_it, of } => {
                let key = if self.blocks() {
                    "workshop.votes.no-majority"
                } else {
                    "workshop.votes.majority"
                };
                fill(
                    text(lang, key),
                    &[("n", &do_it.to_string()), ("of", &of.to_string())],
                )
            }
            TeamReason::KnockOut { id, count, of } => {
                let key = if self.blocks() {
                    "workshop.knock-out.shared"
                } else {
                    "workshop.knock-out.single"
                };
                let mut s = fill(
                    text(lang, key),
                    &[("n", &count.to_string()), ("of", &of.to_string())],
                );
                s.push(' ');
                s.push_str(text_parts(lang, &["reason.", id]));
                s
            }
        }
    }
}

/// The comparison of all participants: `None` for an empty workshop, or when a participant's
/// answers give no verdict (which [`Workshop::add`] and `decode_link` never let in).
pub fn compare(workshop: &Workshop) -> Option<Comparison> {
    if workshop.participants.is_empty() {
        return None;
    }
    let outcomes: Vec<Outcome> = workshop
        .participants
        .iter()
        .map(|p| match evaluate(&p.answers) {
            Evaluation::Complete(o) => Some(o),
            Evaluation::Incomplete { .. } => None,
        })
        .collect::<Option<_>>()?;
    let n = outcomes.len();
    let dimensions = Dimension::ALL.map(|d| spread_of(&outcomes, d));
    // Per knock-out rule, in rule order: how many participants hit it.
    let knock_outs: Vec<(&'static str, usize)> = KNOCK_OUTS
        .iter()
        .map(|k| {
            let count = outcomes
                .iter()
                .filter(|o| {
                    o.reasons
                        .iter()
                        .any(|r| r.kind == ReasonKind::KnockOut && r.id == k.id)
                })
                .count();
            (k.id, count)
        })
        .collect();
    let do_it = outcomes
        .iter()
        .filter(|o| o.verdict == Verdict::DoIt)
        .count();

    let mut team_reasons = vec![TeamReason::Votes { do_it, of: n }];
    let mut named: Vec<TeamReason> = knock_outs
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|&(id, count)| TeamReason::KnockOut { id, count, of: n })
        .collect();
    // Stable: ties keep the rules' order.
    crate::small_sort::sort_by_key(&mut named, |r| match r {
        TeamReason::KnockOut { count, .. } => std::cmp::Reverse(*count),
        TeamReason::Votes { .. } => std::cmp::Reverse(0),
    });
    team_reasons.extend(named);
    let team_verdict = if team_reasons.iter().any(TeamReason::blocks) {
        Verdict::LeaveIt
    } else {
        Verdict::DoIt
    };

    let visible: Vec<Vec<&'static Question>> = workshop
        .participants
        .iter()
        .map(|p| visible_questions(&p.answers))
        .collect();
    let answers: Vec<&Answers> = workshop.participants.iter().map(|p| &p.answers).collect();
    let mut disagreements: Vec<Disagreement> = dimensions
        .iter()
        .filter_map(|s| {
            let split = knock_outs.iter().any(|&(id, count)| {
                count > 0 && count < n && knock_out_dimension(id) == Some(s.dimension)
            });
            if s.spread < DISAGREEMENT_MIN_SPREAD && !split {
                return None;
            }
            let question_ids = differing_questions(s.dimension, &answers, &visible);
            if question_ids.is_empty() {
                return None;
            }
            let at = |score: u8| -> Vec<usize> {
                outcomes
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.score(s.dimension) == score)
                    .map(|(i, _)| i)
                    .collect()
            };
            Some(Disagreement {
                dimension: s.dimension,
                spread: s.spread,
                question_ids,
                knock_out_split: split,
                lowest: at(s.min),
                highest: at(s.max),
            })
        })
        .collect();
    // Stable: ties keep the dimensions' order.
    crate::small_sort::sort_by_key(&mut disagreements, |d| std::cmp::Reverse(d.spread));
    // The widest spreads, but never without a knock-out some named and others did not: it
    // decides verdicts, however small its spread.
    let splits = disagreements.iter().filter(|d| d.knock_out_split).count();
    let mut room = MAX_DISAGREEMENTS.saturating_sub(splits);
    disagreements.retain(|d| {
        let keep = d.knock_out_split || room > 0;
        if !d.knock_out_split && keep {
            room -= 1;
        }
        keep
    });
    disagreements.truncate(MAX_DISAGREEMENTS);

    Some(Comparison {
        outcomes,
        dimensions,
        disagreements,
        team_verdict,
        team_reasons,
        verdict_counts: (do_it, n - do_it),
    })
}

fn spread_of(outcomes: &[Outcome], dimension: Dimension) -> DimensionSpread {
    let scores = || outcomes.iter().map(|o| o.score(dimension));
    let min = scores().min().unwrap_or(0);
    let max = scores().max().unwrap_or(0);
    let sum: u32 = scores().map(u32::from).sum();
    let n = outcomes.len() as u32;
    let mean = if n == 0 {
        0
    } else {
        ((2 * sum + n) / (2 * n)).min(100) as u8
    };
    DimensionSpread {
        dimension,
        min,
        max,
        mean,
        spread: max.saturating_sub(min),
    }
}

fn knock_out_dimension(id: &str) -> Option<Dimension> {
    let k = KNOCK_OUTS.iter().find(|k| k.id == id)?;
    question(k.question).map(|q| q.dimension)
}

/// The answer as `evaluate` sees it: none for a hidden follow-up.
fn effective<'a>(
    q: &Question,
    answers: &'a Answers,
    visible: &[&'static Question],
) -> &'a [&'static str] {
    if visible.iter().any(|v| v.id == q.id) {
        answers.selected(q.id)
    } else {
        &[]
    }
}

fn differing_questions(
    dimension: Dimension,
    answers: &[&Answers],
    visible: &[Vec<&'static Question>],
) -> Vec<&'static str> {
    // (score spread, questionnaire position, id)
    let mut found: Vec<(u8, usize, &'static str)> = Vec::new();
    for (i, q) in questions().iter().enumerate() {
        if q.dimension != dimension || !q.is_scored() {
            continue;
        }
        let picks: Vec<&[&'static str]> = answers
            .iter()
            .zip(visible)
            .map(|(a, v)| effective(q, a, v))
            .collect();
        let Some(first) = picks.first() else { continue };
        if picks.iter().all(|p| p == first) {
            continue;
        }
        let scores = || picks.iter().map(|p| q.score_of(p));
        let lo = scores().min().unwrap_or(0);
        let hi = scores().max().unwrap_or(0);
        found.push((hi.saturating_sub(lo), i, q.id));
    }
    crate::small_sort::sort_by_key(&mut found, |&(spread, i, _)| (std::cmp::Reverse(spread), i));
    found.into_iter().map(|(_, _, id)| id).collect()
}

/// Who (by position) hit the knock-out `id`: a workshop names them, so the room knows whom to
/// ask.
pub fn knocked_out(comparison: &Comparison, id: &str) -> Vec<usize> {
    comparison
        .outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            o.reasons
                .iter()
                .any(|r| r.kind == ReasonKind::KnockOut && r.id == id)
        })
        .map(|(i, _)| i)
        .collect()
}

/// Who answered what to `question`: each answer given (as `evaluate` sees it: none for a
/// hidden follow-up) with the participants (by position) who gave it, in the order first
/// given.
pub fn who_answered(workshop: &Workshop, question: &str) -> Vec<(Vec<&'static str>, Vec<usize>)> {
    let Some(q) = crate::assessment::question(question) else {
        return Vec::new();
    };
    let mut groups: Vec<(Vec<&'static str>, Vec<usize>)> = Vec::new();
    for (i, p) in workshop.participants.iter().enumerate() {
        let visible = visible_questions(&p.answers);
        let answer = effective(q, &p.answers, &visible).to_vec();
        match groups.iter_mut().find(|(a, _)| *a == answer) {
            Some((_, people)) => people.push(i),
            None => groups.push((answer, vec![i])),
        }
    }
    groups
}
