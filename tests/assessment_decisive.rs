//! What decided a verdict, in numbers: the knock-out, the area under its minimum, or the
//! overall score. Every "leave it" names it; a "do it" says every minimum is met.

use readiness_check::assessment::rules::{floor, DO_IT_MIN_OVERALL};
use readiness_check::assessment::{decisive, evaluate, examples, Decisive, Dimension, Verdict};

mod common;

fn outcome(answers: &readiness_check::assessment::Answers) -> readiness_check::assessment::Outcome {
    evaluate(answers).outcome().expect("complete").clone()
}

#[test]
fn every_leave_it_names_what_decided_it_in_numbers_or_by_its_rule() {
    let mut rng = common::XorShift(0x5eed_cafe);
    let mut leave_its = 0;
    for _ in 0..3000 {
        let answers = common::random_complete(&mut rng);
        let o = outcome(&answers);
        let lines = decisive(&o);
        assert!(!lines.is_empty());
        if o.verdict == Verdict::LeaveIt {
            leave_its += 1;
            assert!(
                !lines.iter().any(|d| matches!(d, Decisive::AllMet { .. })),
                "{lines:?}"
            );
            for line in &lines {
                match *line {
                    Decisive::BelowMinimum {
                        dimension,
                        score,
                        minimum,
                    } => {
                        assert_eq!(o.score(dimension), score);
                        assert!(score < minimum);
                        assert_eq!(minimum, floor(dimension));
                    }
                    Decisive::OverallBelow { score, minimum } => {
                        assert_eq!(score, o.overall);
                        assert!(score < minimum);
                    }
                    Decisive::KnockOut { id } => {
                        assert!(o.reasons.iter().any(|r| r.id == id && r.knock_out))
                    }
                    Decisive::AllMet { .. } => unreachable!(),
                }
            }
        } else {
            assert_eq!(
                lines,
                vec![Decisive::AllMet {
                    overall: o.overall,
                    minimum: DO_IT_MIN_OVERALL
                }]
            );
        }
    }
    assert!(leave_its > 100, "the sample has leave-its: {leave_its}");
}

#[test]
fn a_knock_out_decides_alone() {
    let o = outcome(&examples::plumber());
    let lines = decisive(&o);
    assert!(
        lines.iter().all(|d| matches!(d, Decisive::KnockOut { .. })),
        "{lines:?}"
    );
}

#[test]
fn a_minimum_missed_is_named_with_score_and_minimum() {
    // Strong everywhere but resources: leftover time, a one-off budget, days to answer.
    let mut answers = examples::strong_answers();
    answers.set("responsible", &["whoever-has-time"]).unwrap();
    answers.set("hours", &["2-5h"]).unwrap();
    answers.set("budget", &["one-off"]).unwrap();
    answers.set("response-time", &["few-days"]).unwrap();
    let o = outcome(&answers);
    assert_eq!(o.verdict, Verdict::LeaveIt);
    assert!(o.score(Dimension::Resources) < floor(Dimension::Resources));
    {
        let lines = decisive(&o);
        assert!(
            lines.contains(&Decisive::BelowMinimum {
                dimension: Dimension::Resources,
                score: o.score(Dimension::Resources),
                minimum: floor(Dimension::Resources),
            }),
            "{lines:?}"
        );
    }
}

#[test]
fn the_decisive_minimum_reads_in_numbers_in_both_languages() {
    use readiness_check::assessment::Lang;
    let line = Decisive::BelowMinimum {
        dimension: Dimension::Resources,
        score: 35,
        minimum: 50,
    };
    assert_eq!(
        line.text(Lang::De),
        "Ressourcen und Zeit: 35 von 100 – nötig sind mindestens 50."
    );
    assert_eq!(line.text(Lang::En).matches("35").count(), 1);
    assert!(line.text(Lang::En).contains("at least 50"));
    let knock_out = decisive(&outcome(&examples::plumber()))[0];
    assert!(!knock_out.text(Lang::De).is_empty());
    assert!(!knock_out.text(Lang::De).contains('{'));
}
