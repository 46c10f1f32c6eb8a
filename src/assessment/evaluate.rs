//! The engine: answers -> scores -> verdict -> reasons, archetype, plan. All rules are data in
//! `questionnaire.rs`, `rules.rs` and `plan.rs`; this file only applies them.

use std::cmp::Reverse;

use super::answers::{missing, visibility, Answers};
use super::outcome::{Evaluation, Outcome, PlanStep, Reason, ReasonKind, Verdict};
use super::plan::PLAN;
use super::questionnaire::{question_index, Dimension, Question, QUESTIONS};
use super::rules::{
    floor, Facts, KnockOut, ACTIVE, ARCHETYPES, DIMENSION_WEIGHTS, DO_IT_MIN_OVERALL, KNOCK_OUTS,
    MINIMUMS, OVERALL_MINIMUM, REASON_SPLIT, REASON_VARIANTS,
};

/// An incomplete answer set yields the missing question ids, never a verdict from guesses.
pub fn evaluate(answers: &Answers) -> Evaluation {
    let missing = missing(answers);
    if !missing.is_empty() {
        return Evaluation::Incomplete {
            missing: missing.iter().map(|q| q.id).collect(),
        };
    }
    Evaluation::Complete(outcome(answers))
}

/// Scores and verdict, before reasons and plan.
struct Judgement {
    visible: Vec<bool>,
    /// By question index: the score of the shown answer (0 if hidden or unanswered).
    question_scores: Vec<u8>,
    dims: [(Dimension, u8); 7],
    overall: u8,
    knock_outs: Vec<&'static KnockOut>,
    verdict: Verdict,
}

fn judge(answers: &Answers) -> Judgement {
    let visible = visibility(answers);
    let question_scores: Vec<u8> = QUESTIONS
        .iter()
        .zip(&visible)
        .map(|(q, &shown)| {
            if shown {
                q.score_of(answers.selected(q.id))
            } else {
                0
            }
        })
        .collect();
    let mut dims = Dimension::ALL.map(|d| (d, 0u8));
    for (d, score) in dims.iter_mut() {
        let (num, den) = QUESTIONS
            .iter()
            .zip(&question_scores)
            .filter(|(q, _)| q.dimension == *d)
            .fold((0u32, 0u32), |(n, w), (q, &s)| {
                (
                    n + u32::from(q.weight) * u32::from(s),
                    w + u32::from(q.weight),
                )
            });
        *score = rounded(num, den);
    }
    let (num, den) = DIMENSION_WEIGHTS
        .iter()
        .fold((0u32, 0u32), |(n, w), (d, dw)| {
            let s = dims[d.index()].1;
            (n + u32::from(*dw) * u32::from(s), w + u32::from(*dw))
        });
    let overall = rounded(num, den);
    let facts = Facts {
        answers,
        visible: &visible,
        verdict: None,
        archetype: None,
    };
    let knock_outs: Vec<&'static KnockOut> =
        KNOCK_OUTS.iter().filter(|k| k.when.holds(&facts)).collect();
    let verdict = if knock_outs.is_empty()
        && overall >= DO_IT_MIN_OVERALL
        && dims.iter().all(|(d, s)| *s >= floor(*d))
    {
        Verdict::DoIt
    } else {
        Verdict::LeaveIt
    };
    Judgement {
        visible,
        question_scores,
        dims,
        overall,
        knock_outs,
        verdict,
    }
}

/// Half-up rounding of num/den, capped at 100; 0 for an empty mean.
fn rounded(num: u32, den: u32) -> u8 {
    if den == 0 {
        return 0;
    }
    ((2 * num + den) / (2 * den)).min(100) as u8
}

/// A question's share of the overall score, in millionths.
fn share(q: &Question) -> u64 {
    let dim_weight = DIMENSION_WEIGHTS
        .iter()
        .find(|(d, _)| *d == q.dimension)
        .map_or(0, |(_, w)| u64::from(*w));
    let all_dims: u64 = DIMENSION_WEIGHTS.iter().map(|(_, w)| u64::from(*w)).sum();
    let in_dim: u64 = QUESTIONS
        .iter()
        .filter(|o| o.dimension == q.dimension)
        .map(|o| u64::from(o.weight))
        .sum();
    let den = all_dims * in_dim;
    if den == 0 {
        return 0;
    }
    1_000_000 * dim_weight * u64::from(q.weight) / den
}

fn outcome(answers: &Answers) -> Outcome {
    let j = judge(answers);
    let mut facts = Facts {
        answers,
        visible: &j.visible,
        verdict: Some(j.verdict),
        archetype: None,
    };
    facts.archetype = ARCHETYPES
        .iter()
        .find(|r| r.when.holds(&facts))
        .map(|r| r.archetype);
    let mut plan: Vec<PlanStep> = PLAN
        .iter()
        .filter(|s| s.when.holds(&facts))
        .map(|s| PlanStep {
            id: s.id,
            phase: s.phase,
            source: s.source,
            detail: s
                .details
                .iter()
                .filter(|(_, w)| w.holds(&facts))
                .map(|(d, _)| *d)
                .collect(),
        })
        .collect();
    crate::small_sort::sort_by_key(&mut plan, |s| s.phase);
    let mut reasons = reasons(answers, &j);
    for r in reasons.iter_mut() {
        r.variant = REASON_VARIANTS
            .iter()
            .find(|v| v.reason == r.id && v.when.holds(&facts))
            .map(|v| v.variant);
    }
    Outcome {
        verdict: j.verdict,
        overall: j.overall,
        scores: j.dims,
        reasons,
        archetype: facts.archetype,
        plan,
        to_change: to_change(answers, &j),
        active: ACTIVE.holds(&facts),
    }
}

/// Knock-outs first (rule order). Without one, a leave-it then names the minimums it missed:
/// the dimensions below their floor, lowest first, and the overall score. Then the answers
/// pointing the verdict's way: for leave-it the weak answers, those in dimensions below the
/// floor first, then by the overall points they cost; for do-it the strong answers by the
/// points they bring, then, as caveats, the weak ones by the points they cost.
fn reasons(answers: &Answers, j: &Judgement) -> Vec<Reason> {
    let mut out: Vec<Reason> = j
        .knock_outs
        .iter()
        .map(|k| Reason {
            id: k.id,
            question: Some(k.question),
            knock_out: true,
            kind: ReasonKind::KnockOut,
            source: k.source,
            variant: None,
        })
        .collect();
    if j.verdict == Verdict::LeaveIt && j.knock_outs.is_empty() {
        let mut below: Vec<(u8, usize)> = j
            .dims
            .iter()
            .enumerate()
            .filter(|(_, (d, s))| *s < floor(*d))
            .map(|(i, (_, s))| (*s, i))
            .collect();
        crate::small_sort::sort_by_key(&mut below, |&(score, i)| (score, i));
        let missed = below
            .iter()
            .filter_map(|&(_, i)| MINIMUMS.get(i).map(|(_, m)| m))
            .chain((j.overall < DO_IT_MIN_OVERALL).then_some(&OVERALL_MINIMUM));
        out.extend(missed.map(|m| Reason {
            id: m.id,
            question: None,
            knock_out: false,
            kind: ReasonKind::Minimum,
            source: m.source,
            variant: None,
        }));
    }
    let for_it = j.verdict == Verdict::DoIt;
    // (group, impact, question index, reason id, kind)
    let mut found: Vec<(u8, Reverse<u64>, usize, &'static str, ReasonKind)> = Vec::new();
    for (i, q) in QUESTIONS.iter().enumerate() {
        let shown = j.visible.get(i).copied().unwrap_or(false);
        // A knock-out's text already says what its answers are.
        let stated = |k: &&KnockOut| k.question == q.id || k.states_also.contains(&q.id);
        if !q.is_scored() || !shown || j.knock_outs.iter().any(stated) {
            continue;
        }
        let score = j.question_scores.get(i).copied().unwrap_or(0);
        let strong = score >= REASON_SPLIT;
        if strong && !for_it {
            continue;
        }
        let Some(reason) = reason_of(q, answers.selected(q.id)) else {
            continue;
        };
        let points = if strong { score } else { 100 - score.min(100) };
        let dim_score = j.dims[q.dimension.index()].1;
        let (group, kind) = match (for_it, strong) {
            (true, true) => (0, ReasonKind::Answer),
            (true, false) => (1, ReasonKind::Caveat),
            _ if dim_score < floor(q.dimension) => (dim_score, ReasonKind::Answer),
            _ => (u8::MAX, ReasonKind::Answer),
        };
        found.push((
            group,
            Reverse(share(q) * u64::from(points)),
            i,
            reason,
            kind,
        ));
    }
    crate::small_sort::sort_by_key(&mut found, |&(group, weight, i, _, _)| (group, weight, i));
    for (_, _, i, reason, kind) in found {
        if out.iter().any(|r| r.id == reason) {
            continue;
        }
        if let Some(q) = QUESTIONS.get(i) {
            out.push(Reason {
                id: reason,
                question: Some(q.id),
                knock_out: false,
                kind,
                source: q.source,
                variant: None,
            });
        }
    }
    out
}

fn reason_of(q: &Question, selected: &[&str]) -> Option<&'static str> {
    selected
        .iter()
        .filter_map(|id| q.option(id))
        .find_map(|o| o.reason)
}

/// For leave-it: raise answers to their best, knock-outs first, then the weakest link (the
/// lowest dimension below the floor, else the answer costing the most points), until the
/// verdict turns. Lists each question once, in that order.
fn to_change(answers: &Answers, first: &Judgement) -> Vec<Reason> {
    let mut out: Vec<Reason> = Vec::new();
    if first.verdict == Verdict::DoIt {
        return out;
    }
    // Hidden answers are ignored here too: a follow-up revealed on the way is taken at its
    // weakest, so the list is enough whatever the person answers there.
    let mut sim = answers.clone();
    for (q, shown) in QUESTIONS.iter().zip(&first.visible) {
        if !shown {
            sim.clear(q.id);
        }
    }
    let mut j = judge_at_the_weakest_of_new_follow_ups(&mut sim);
    for _ in 0..=QUESTIONS.len() {
        if j.verdict == Verdict::DoIt {
            break;
        }
        let picks: Vec<(usize, bool)> = if j.knock_outs.is_empty() {
            weakest_link(&j).map(|i| (i, false)).into_iter().collect()
        } else {
            j.knock_outs
                .iter()
                .filter_map(|k| question_index(k.question).map(|i| (i, true)))
                .collect()
        };
        if picks.is_empty() {
            break;
        }
        for (i, knock_out) in picks {
            let Some(q) = QUESTIONS.get(i) else { continue };
            // Cannot fail: best() only holds the question's own option ids.
            let _ = sim.set(q.id, &q.best());
            if !out.iter().any(|r| r.id == q.id) {
                out.push(Reason {
                    id: q.id,
                    question: Some(q.id),
                    knock_out,
                    kind: ReasonKind::Change,
                    source: q.source,
                    variant: None,
                });
            }
        }
        j = judge_at_the_weakest_of_new_follow_ups(&mut sim);
    }
    out
}

/// Judges `sim` after giving every shown but unanswered question (a follow-up the simulation
/// revealed) its weakest answer.
fn judge_at_the_weakest_of_new_follow_ups(sim: &mut Answers) -> Judgement {
    loop {
        let j = judge(sim);
        let revealed = QUESTIONS
            .iter()
            .zip(&j.visible)
            .find(|(q, shown)| **shown && sim.selected(q.id).is_empty())
            .and_then(|(q, _)| q.options.first().map(|weakest| (q.id, weakest.id)));
        match revealed {
            // Cannot fail: the question's own option.
            Some((question, weakest)) => drop(sim.set(question, &[weakest])),
            None => return j,
        }
    }
}

fn weakest_link(j: &Judgement) -> Option<usize> {
    let floor_dim = j
        .dims
        .iter()
        .filter(|(d, s)| *s < floor(*d))
        .min_by_key(|(_, s)| *s)
        .map(|(d, _)| *d);
    QUESTIONS
        .iter()
        .enumerate()
        .filter(|(i, q)| {
            q.is_scored()
                && j.visible.get(*i).copied().unwrap_or(false)
                && floor_dim.is_none_or(|d| q.dimension == d)
        })
        .filter_map(|(i, q)| {
            let now = j.question_scores.get(i).copied().unwrap_or(0);
            let best = q.score_of(&q.best());
            (now < best).then(|| (share(q) * u64::from(best - now), Reverse(i)))
        })
        .max()
        .map(|(_, Reverse(i))| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up_and_safe() {
        assert_eq!(rounded(0, 0), 0);
        assert_eq!(rounded(145, 2), 73);
        assert_eq!(rounded(144, 2), 72);
        assert_eq!(rounded(1000, 1), 100);
    }

    #[test]
    fn shares_add_up_to_the_whole() {
        let total: u64 = QUESTIONS.iter().map(share).sum();
        // Integer division loses at most one millionth per question.
        assert!((1_000_000 - QUESTIONS.len() as u64..=1_000_000).contains(&total));
    }

    #[test]
    fn empty_answers_are_incomplete_not_judged() {
        match evaluate(&Answers::new()) {
            Evaluation::Incomplete { missing } => {
                assert_eq!(missing.first(), Some(&"presence"));
                assert!(
                    !missing.contains(&"upkeep"),
                    "follow-ups wait for their parent"
                );
                assert!(
                    !missing.contains(&"hours"),
                    "follow-ups wait for their parent"
                );
                assert!(!missing.contains(&"content-kinds"));
            }
            Evaluation::Complete(_) => panic!("no verdict without answers"),
        }
    }
}
