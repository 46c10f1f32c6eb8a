//! Properties over many thousands of answer sets, drawn with a tiny deterministic PRNG.

use readiness_check::assessment::rules::{floor, DO_IT_MIN_OVERALL};
use readiness_check::assessment::*;

/// xorshift64*: deterministic, no crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Every question answered, hidden follow-ups included. Single-choice answers lean towards
/// the stronger end now and then, so that both verdicts come up often.
fn random_answers(rng: &mut Rng) -> Answers {
    let mut a = Answers::new();
    let lean = rng.below(3);
    for q in questions() {
        let n = q.options.len();
        if q.multi {
            let mut picked: Vec<&str> = q
                .options
                .iter()
                .filter(|_| rng.below(3) == 0)
                .map(|o| o.id)
                .collect();
            if picked.is_empty() {
                picked.push(q.options[rng.below(n)].id);
            }
            a.set(q.id, &picked).unwrap();
        } else {
            // Two sets in three lean strong: mostly one of the top two answers.
            let i = if lean == 0 || rng.below(5) == 0 {
                rng.below(n)
            } else {
                n - 1 - rng.below(2)
            };
            a.set(q.id, &[q.options[i].id]).unwrap();
        }
    }
    a
}

fn complete(a: &Answers) -> Outcome {
    match evaluate(a) {
        Evaluation::Complete(o) => o,
        Evaluation::Incomplete { missing } => panic!("incomplete {missing:?} for {a:?}"),
    }
}

fn score(q: &Question, option: &str) -> u8 {
    q.option(option).map_or(0, |o| o.score)
}

/// Every answer set that differs from `a` in one answer and is at least as good there:
/// a higher single-choice answer, or one more option on a multi-select. For unscored
/// questions every other answer counts (they must not matter to the verdict at all).
fn neighbours(a: &Answers) -> Vec<(&'static Question, Answers)> {
    let mut out = Vec::new();
    for q in questions() {
        let sel = a.selected(q.id).to_vec();
        for o in q.options {
            let better = if !q.is_scored() || q.multi {
                !sel.contains(&o.id)
            } else {
                sel.first().is_some_and(|cur| o.score > score(q, cur))
            };
            if !better {
                continue;
            }
            let mut b = a.clone();
            if q.multi && q.is_scored() {
                let mut next = sel.clone();
                next.push(o.id);
                b.set(q.id, &next).unwrap();
            } else {
                b.set(q.id, &[o.id]).unwrap();
            }
            out.push((q, b));
        }
    }
    out
}

#[test]
fn improving_one_answer_never_turns_do_it_into_leave_it() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut do_it_bases, mut flips_up, mut checked) = (0u32, 0u32, 0u32);
    for _ in 0..4000 {
        let a = random_answers(&mut rng);
        let base = complete(&a);
        if base.verdict == Verdict::DoIt {
            do_it_bases += 1;
        }
        for (q, b) in neighbours(&a) {
            let next = complete(&b);
            checked += 1;
            if q.is_scored() {
                assert!(
                    !(base.verdict == Verdict::DoIt && next.verdict == Verdict::LeaveIt),
                    "improving {} turned do-it into leave-it: {a:?} -> {b:?}",
                    q.id
                );
                assert!(next.overall >= base.overall, "{}: overall fell", q.id);
                for d in Dimension::ALL {
                    assert!(next.score(d) >= base.score(d), "{}: {} fell", q.id, d.id());
                }
                if base.verdict == Verdict::LeaveIt && next.verdict == Verdict::DoIt {
                    flips_up += 1;
                }
            } else {
                // Attitude and content kinds shape archetype and plan, never the verdict.
                assert_eq!(next.verdict, base.verdict, "{} changed the verdict", q.id);
                assert_eq!(next.scores, base.scores, "{} changed a score", q.id);
            }
        }
    }
    eprintln!("{do_it_bases} do-it sets of 4000, {checked} neighbours, {flips_up} turned do-it");
    // The property is only worth something if both verdicts and real flips occurred.
    assert!(do_it_bases > 800, "only {do_it_bases} do-it sets");
    assert!(flips_up > 300, "only {flips_up} upward flips");
    assert!(checked > 60_000, "only {checked} neighbours");
}

#[test]
fn same_answers_always_give_the_same_result() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let a = random_answers(&mut rng);
        let first = evaluate(&a);
        assert_eq!(first, evaluate(&a));
        // The order in which answers were given does not matter.
        let mut b = Answers::new();
        let given: Vec<(&str, Vec<&str>)> = a.iter().map(|(q, s)| (q.id, s.to_vec())).collect();
        for (id, sel) in given.iter().rev() {
            b.set(id, sel).unwrap();
        }
        assert_eq!(a, b);
        assert_eq!(first, evaluate(&b));
    }
}

#[test]
fn every_outcome_is_coherent() {
    let mut rng = Rng(7);
    // Kunde 1; Kunde 2 doing it; Kunde 2 leaving it for now.
    let mut seen_archetypes = [0u32; 3];
    for _ in 0..6000 {
        let a = random_answers(&mut rng);
        let o = complete(&a);
        assert!(o.overall <= 100);
        assert!(o.scores.iter().all(|(_, s)| *s <= 100));
        assert_eq!(o.scores.map(|(d, _)| d), Dimension::ALL);
        // The rules as stated in rules.rs.
        let any_ko = o.reasons.iter().any(|r| r.knock_out);
        let by_scores =
            o.overall >= DO_IT_MIN_OVERALL && o.scores.iter().all(|(d, s)| *s >= floor(*d));
        assert_eq!(o.verdict == Verdict::DoIt, !any_ko && by_scores);
        // Reasons: never empty, knock-outs first.
        assert!(!o.reasons.is_empty(), "{a:?}");
        let first_plain = o.reasons.iter().position(|r| !r.knock_out);
        if let Some(i) = first_plain {
            assert!(o.reasons[i..].iter().all(|r| !r.knock_out));
        }
        // Plan: every phase present, grouped in order, ids unique.
        for p in Phase::ALL {
            assert!(o.steps(p).next().is_some(), "no {} step", p.id());
        }
        assert!(o.plan.windows(2).all(|w| w[0].phase <= w[1].phase));
        let mut ids: Vec<_> = o.plan.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), o.plan.len());
        // What would have to change: only for leave-it, and it really is enough.
        assert_eq!(o.to_change.is_empty(), o.verdict == Verdict::DoIt);
        if o.verdict == Verdict::LeaveIt {
            let mut b = a.clone();
            for r in &o.to_change {
                let q = question(r.question.unwrap()).unwrap();
                b.set(q.id, &q.best()).unwrap();
            }
            // Enough whatever the follow-ups revealed on the way say: try their weakest.
            let shown = visible_questions(&a);
            for q in questions().iter().filter(|q| q.is_follow_up()) {
                let was_hidden = !shown.iter().any(|s| s.id == q.id);
                if was_hidden && !o.to_change.iter().any(|r| r.id == q.id) {
                    b.set(q.id, &[q.options[0].id]).unwrap();
                }
            }
            assert_eq!(complete(&b).verdict, Verdict::DoIt, "{a:?}");
        }
        match o.archetype {
            Some(Archetype::FearOfMissingOut) => {
                seen_archetypes[0] += 1;
                assert_eq!(o.verdict, Verdict::LeaveIt);
                assert_eq!(a.selected("attitude"), ["must-start-now"]);
            }
            // Kunde 2 by fear and signals, whatever the verdict: hesitant while people talk.
            Some(Archetype::FearOfActing) => {
                seen_archetypes[1 + usize::from(o.verdict == Verdict::LeaveIt)] += 1;
                assert_eq!(a.selected("attitude"), ["rather-later"]);
                assert!(["some", "lively"].contains(&a.selected("talked-about")[0]));
                // Its plan starts where people already talk.
                assert_eq!(o.plan[0].id, "practise-start-small");
                assert!(!o.has_step("join-when-needed"), "{a:?}");
            }
            None => {}
        }
        // Every "leave it" names what decided it in a rule's own words: a knock-out, or the
        // minimum it missed; and an active company's plan deals with its channels.
        if o.verdict == Verdict::LeaveIt {
            let deciding: Vec<&Reason> = o.deciding_reasons().collect();
            assert!(
                deciding
                    .iter()
                    .any(|r| matches!(r.kind, ReasonKind::KnockOut | ReasonKind::Minimum)),
                "{a:?}: {deciding:?}"
            );
            assert_eq!(
                o.has_step("join-channel-decision"),
                a.selected("presence") == ["active"]
            );
        }
        for lang in Lang::ALL {
            assert!(o.reasons.iter().all(|r| r.text(lang) != MISSING_TEXT));
            assert!(o.to_change.iter().all(|r| r.text(lang) != MISSING_TEXT));
            assert!(o.plan.iter().all(|s| s.text(lang) != MISSING_TEXT));
            assert!(o
                .plan
                .iter()
                .all(|s| s.details(lang).all(|t| t != MISSING_TEXT)));
        }
    }
    eprintln!("archetypes seen (kunde-1, kunde-2 doing it, kunde-2 not yet): {seen_archetypes:?}");
    assert!(
        seen_archetypes.iter().all(|n| *n > 50),
        "{seen_archetypes:?}"
    );
}

#[test]
fn a_missing_shown_answer_yields_missing_never_a_verdict() {
    let mut rng = Rng(2024);
    for _ in 0..2000 {
        let a = random_answers(&mut rng);
        let shown = visible_questions(&a);
        let full = complete(&a);
        for q in questions() {
            let mut b = a.clone();
            b.clear(q.id);
            if shown.iter().any(|s| s.id == q.id) {
                // Clearing a parent also hides its follow-ups, so only the parent is missing.
                assert_eq!(
                    evaluate(&b),
                    Evaluation::Incomplete {
                        missing: vec![q.id]
                    }
                );
            } else {
                // A hidden follow-up's answer is kept but ignored.
                assert_eq!(evaluate(&b), Evaluation::Complete(full.clone()));
            }
        }
    }
}

#[test]
fn answer_api_never_panics_on_odd_input() {
    let mut rng = Rng(99);
    let junk = [
        "",
        " ",
        "goals",
        "GOALS",
        "sell-more",
        "ü",
        "a-b-",
        "\u{0}",
        "hours",
    ];
    let mut a = Answers::new();
    for _ in 0..20_000 {
        let q = if rng.below(2) == 0 {
            questions()[rng.below(questions().len())].id
        } else {
            junk[rng.below(junk.len())]
        };
        let opt = match rng.below(3) {
            0 => junk[rng.below(junk.len())],
            _ => question(q).map_or("x", |q| q.options[rng.below(q.options.len())].id),
        };
        let before = a.clone();
        match rng.below(3) {
            0 => {
                if a.set(q, &[opt, opt]).is_err() {
                    assert_eq!(a, before, "a failed set changed the answers");
                }
            }
            1 => {
                if a.choose(q, opt).is_err() {
                    assert_eq!(a, before, "a failed choose changed the answers");
                }
            }
            _ => a.clear(q),
        }
        // Whatever happened, these hold.
        assert!(a
            .iter()
            .all(|(q, sel)| !sel.is_empty() && (q.multi || sel.len() == 1)));
        let _ = evaluate(&a);
    }
}
