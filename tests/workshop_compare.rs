//! The facilitator's comparison: outcomes, spreads, disagreements, the team's verdict.

mod common;
use common::{random_complete, XorShift};
use readiness_check::assessment::{
    self, evaluate, examples, Answers, Dimension, Lang, Outcome, Verdict, MISSING_TEXT,
};
use readiness_check::workshop::{
    compare, decode_link, encode_link, Comparison, Participant, TeamReason, Workshop,
    DISAGREEMENT_MIN_SPREAD, MAX_DISAGREEMENTS, MAX_PARTICIPANTS, SHARED_KNOCK_OUT_MIN,
};

fn workshop(entries: &[(&str, Answers)]) -> Workshop {
    let mut w = Workshop::new();
    for (name, answers) in entries {
        w.add(name, answers.clone())
            .expect("example answers are complete");
    }
    w
}

fn outcome(a: &Answers) -> Outcome {
    evaluate(a).outcome().expect("complete").clone()
}

fn three() -> Workshop {
    workshop(&[
        ("Anna", examples::strong_answers()),
        ("Ben", examples::plumber()),
        ("Jürgen", examples::kunde_2()),
    ])
}

#[test]
fn empty_workshop_has_no_comparison() {
    assert_eq!(compare(&Workshop::new()), None);
}

#[test]
fn an_incomplete_participant_set_by_hand_gives_no_comparison() {
    let mut w = three();
    w.participants.push(Participant {
        name: "Eve".into(),
        answers: Answers::new(),
    });
    assert_eq!(compare(&w), None);
}

#[test]
fn three_participants_side_by_side() {
    let w = three();
    let c = compare(&w).unwrap();

    // One series per participant, in order, each the participant's own outcome.
    assert_eq!(c.outcomes.len(), 3);
    assert_eq!(c.outcomes[0], outcome(&examples::strong_answers()));
    assert_eq!(c.outcomes[1], outcome(&examples::plumber()));
    assert_eq!(c.outcomes[2], outcome(&examples::kunde_2()));

    // Hand-computed dimension scores (weighted means, half up):
    // strong:  goals 100, audience (2*100+75)/3=92, topics 100, resources (300+170+200+300)/10=97,
    //          looseness 100, dialog 100, readiness 100
    // plumber: 100, (0+20)/3=7, 35, (75+20+0+300)/10=40 (39.5), 100, 100, (90+100+0)/4=48 (47.5)
    // kunde 2: 100, 100, 80, (300+100+200+105)/10=71 (70.5), 45, (50+40)/2=45, (90+0+40)/4=33
    let expected: [(Dimension, [u8; 3]); 7] = [
        (Dimension::Goals, [100, 100, 100]),
        (Dimension::Audience, [92, 7, 100]),
        (Dimension::Topics, [100, 35, 80]),
        (Dimension::Resources, [97, 40, 71]),
        (Dimension::Looseness, [100, 100, 45]),
        (Dimension::Dialog, [100, 100, 45]),
        (Dimension::Readiness, [100, 48, 33]),
    ];
    for (i, (d, scores)) in expected.iter().enumerate() {
        for (p, s) in scores.iter().enumerate() {
            assert_eq!(c.outcomes[p].score(*d), *s, "{d:?} of participant {p}");
        }
        let s = c.dimensions[i];
        assert_eq!(s.dimension, *d);
        assert_eq!(s.min, *scores.iter().min().unwrap(), "{d:?}");
        assert_eq!(s.max, *scores.iter().max().unwrap(), "{d:?}");
        assert_eq!(s.spread, s.max - s.min, "{d:?}");
    }
    // Means, half up: 300/3=100, 199/3=66, 215/3=72, 208/3=69, 245/3=82, 245/3=82, 181/3=60.
    let means: Vec<u8> = c.dimensions.iter().map(|s| s.mean).collect();
    assert_eq!(means, [100, 66, 72, 69, 82, 82, 60]);
    let spreads: Vec<u8> = c.dimensions.iter().map(|s| s.spread).collect();
    assert_eq!(spreads, [0, 93, 65, 57, 55, 55, 67]);

    // Most disagreement first: audience (93), readiness (67), topics (65), resources (57),
    // then looseness before dialog (both 55, dimension order); goals (0) is cut at five.
    let order: Vec<Dimension> = c.disagreements.iter().map(|d| d.dimension).collect();
    assert_eq!(
        order,
        [
            Dimension::Audience,
            Dimension::Readiness,
            Dimension::Topics,
            Dimension::Resources,
            Dimension::Looseness,
        ]
    );
    let max = c.dimensions.iter().map(|s| s.spread).max().unwrap();
    assert_eq!(c.disagreements[0].spread, max);

    let audience = &c.disagreements[0];
    assert_eq!(audience.spread, 93);
    assert!(
        audience.knock_out_split,
        "only the plumber's audience is offline"
    );
    assert_eq!(audience.question_ids, ["audience", "talked-about"]);
    assert_eq!(audience.lowest, [1]);
    assert_eq!(audience.highest, [2]);
    // Readiness: real names differ by 100, guidelines by 100 (none .. written), know-how by 55.
    assert_eq!(
        c.disagreements[1].question_ids,
        ["real-names", "guidelines", "know-how"]
    );
    let looseness = &c.disagreements[4];
    assert_eq!(looseness.question_ids, ["tone"]);
    assert_eq!(looseness.highest, [0, 1]);
    assert_eq!(looseness.lowest, [2]);

    for d in &c.disagreements {
        for lang in Lang::ALL {
            let p = d.prompt(lang);
            assert!(
                p != MISSING_TEXT && p.ends_with('?'),
                "{:?} {lang:?}",
                d.dimension
            );
        }
        assert_ne!(d.prompt(Lang::De), d.prompt(Lang::En));
        assert_eq!(d.source().file, assessment::seeds::CORE);
    }
    assert_eq!(
        c.disagreements[0].source().cue,
        "Ist meine Zielgruppe im Web 2.0?"
    );

    // Two of three say do it, the plumber's knock-out is his alone: the team does it.
    assert_eq!(c.verdict_counts, (2, 1));
    assert_eq!(c.team_verdict, Verdict::DoIt);
    assert_eq!(
        c.team_reasons,
        [
            TeamReason::Votes { do_it: 2, of: 3 },
            TeamReason::KnockOut {
                id: "ko-audience-offline",
                count: 1,
                of: 3
            },
            TeamReason::KnockOut {
                id: "ko-no-capacity",
                count: 1,
                of: 3
            },
        ]
    );
    assert_eq!(
        c.team_reasons[0].text(Lang::En),
        "For “I'll do it – but properly!”: 2 of 3 – a majority."
    );
    let ko = c.team_reasons[1].text(Lang::De);
    assert!(ko.starts_with("K.-o.-Kriterium bei 1 von 3"), "{ko}");
    assert!(ko.contains("dass Ihnen dort jemand zuhört"), "{ko}");
    assert!(c.team_reasons[1].source().is_some());
    assert!(c.team_reasons[0].source().is_none());
}

/// The acceptance case: three result links -> three series, the widest dimension named first,
/// and the comparison link reopens the same view.
#[test]
fn three_result_links_compare_and_reopen() {
    let mut w = Workshop::new();
    for (name, a) in [
        ("Anna", examples::strong_answers()),
        ("Ben", examples::plumber()),
        ("Cem", examples::kunde_1()),
    ] {
        let link =
            "https://example.org/check/#r=".to_owned() + &readiness_check::share::link::encode(&a);
        w.add_link(name, &link).unwrap();
    }
    let c = compare(&w).unwrap();
    assert_eq!(c.outcomes.len(), 3);
    // The first of the widest (ties in dimension order): goals and topics both go 100..0.
    let widest = c.dimensions.iter().rev().max_by_key(|s| s.spread).unwrap();
    assert_eq!(c.disagreements[0].spread, widest.spread);
    assert_eq!(c.disagreements[0].dimension, widest.dimension);
    assert_eq!(
        (c.disagreements[0].dimension, c.disagreements[0].spread),
        (Dimension::Goals, 100)
    );
    assert_eq!(c.disagreements[1].dimension, Dimension::Topics);

    let fragment = "#".to_owned() + &encode_link(&w);
    let (again, skipped) = decode_link(&fragment, Lang::De).unwrap();
    assert_eq!(skipped, 0);
    assert_eq!(again, w);
    assert_eq!(compare(&again).unwrap(), c);
}

#[test]
fn team_verdict_all_do_it() {
    let c = compare(&workshop(&[
        ("A", examples::strong_answers()),
        ("B", examples::kunde_2()),
        ("C", examples::datev()),
    ]))
    .unwrap();
    assert_eq!(c.verdict_counts, (3, 0));
    assert_eq!(c.team_verdict, Verdict::DoIt);
    assert_eq!(c.team_reasons, [TeamReason::Votes { do_it: 3, of: 3 }]);
}

#[test]
fn team_verdict_all_leave_it() {
    let c = compare(&workshop(&[
        ("A", examples::plumber()),
        ("B", examples::kunde_1()),
        ("C", examples::teldafax()),
    ]))
    .unwrap();
    assert_eq!(c.verdict_counts, (0, 3));
    assert_eq!(c.team_verdict, Verdict::LeaveIt);
    // Each knock-out named once: listed in the rules' order.
    let ids: Vec<&str> = c
        .team_reasons
        .iter()
        .filter_map(|r| match r {
            TeamReason::KnockOut {
                id,
                count: 1,
                of: 3,
            } => Some(*id),
            _ => None,
        })
        .collect();
    assert_eq!(
        ids,
        [
            "ko-no-goal",
            "ko-no-topics",
            "ko-not-interested",
            "ko-ignores-customers",
            "ko-slow-answers"
        ]
    );
    assert_eq!(c.team_reasons[0], TeamReason::Votes { do_it: 0, of: 3 });
    assert!(c.team_reasons[0].blocks());
    assert_eq!(
        c.team_reasons[0].text(Lang::De),
        "Für „Ich mach das, aber dann richtig!“: 0 von 3 – keine Mehrheit."
    );
}

#[test]
fn team_verdict_tie_is_no_majority() {
    let c = compare(&workshop(&[
        ("A", examples::strong_answers()),
        ("B", examples::not_loose_enough()),
    ]))
    .unwrap();
    assert_eq!(c.verdict_counts, (1, 1));
    assert_eq!(c.team_verdict, Verdict::LeaveIt);
    // The unlocker's style is a stated knock-out now, named for the team.
    assert_eq!(
        c.team_reasons,
        [
            TeamReason::Votes { do_it: 1, of: 2 },
            TeamReason::KnockOut {
                id: "ko-press-tone",
                count: 1,
                of: 2
            }
        ]
    );
}

#[test]
fn team_verdict_a_shared_knock_out_beats_the_majority() {
    // Three of five say do it, but two independently find the audience offline.
    let c = compare(&workshop(&[
        ("A", examples::strong_answers()),
        ("B", examples::datev()),
        ("C", examples::kunde_2()),
        ("D", examples::plumber()),
        ("E", examples::plumber()),
    ]))
    .unwrap();
    assert_eq!(c.verdict_counts, (3, 2));
    assert_eq!(c.team_verdict, Verdict::LeaveIt);
    let shared = TeamReason::KnockOut {
        id: "ko-audience-offline",
        count: 2,
        of: 5,
    };
    let capacity = TeamReason::KnockOut {
        id: "ko-no-capacity",
        count: 2,
        of: 5,
    };
    assert_eq!(
        c.team_reasons,
        [TeamReason::Votes { do_it: 3, of: 5 }, shared, capacity]
    );
    assert!(!c.team_reasons[0].blocks());
    assert!(shared.blocks());
    assert!(shared
        .text(Lang::En)
        .starts_with("Deal-breaker for 2 of 5 – settle it before you start: "));

    // The same knock-out named once among a majority does not block.
    let c = compare(&workshop(&[
        ("A", examples::strong_answers()),
        ("B", examples::datev()),
        ("C", examples::kunde_2()),
        ("D", examples::plumber()),
    ]))
    .unwrap();
    assert_eq!(c.team_verdict, Verdict::DoIt);
    assert_eq!(SHARED_KNOCK_OUT_MIN, 2);
}

#[test]
fn one_participant_is_the_team() {
    for a in [
        examples::strong_answers(),
        examples::plumber(),
        examples::kunde_1(),
        examples::kunde_2(),
        examples::not_loose_enough(),
        examples::teldafax(),
        examples::datev(),
    ] {
        let c = compare(&workshop(&[("Solo", a.clone())])).unwrap();
        assert_eq!(c.team_verdict, outcome(&a).verdict);
        assert!(c.disagreements.is_empty(), "nobody to disagree with");
        assert!(c
            .dimensions
            .iter()
            .all(|s| s.spread == 0 && s.min == s.mean));
    }
}

#[test]
fn agreeing_participants_have_no_disagreements() {
    let c = compare(&workshop(&[
        ("A", examples::kunde_2()),
        ("B", examples::kunde_2()),
        ("C", examples::kunde_2()),
    ]))
    .unwrap();
    assert!(c.disagreements.is_empty());
}

#[test]
fn a_split_knock_out_is_a_disagreement_even_below_the_threshold() {
    // Same answers but one knock-out: response time "week or more" instead of "few days"
    // moves resources by only 35*3/10 = 10 or 11 points.
    let mut slow = examples::kunde_2();
    slow.set("response-time", &["week-or-more"]).unwrap();
    let c = compare(&workshop(&[("A", examples::kunde_2()), ("B", slow)])).unwrap();
    let resources = c.dimensions[Dimension::Resources.index()];
    assert!(resources.spread < DISAGREEMENT_MIN_SPREAD, "{resources:?}");
    assert_eq!(c.disagreements.len(), 1);
    let d = &c.disagreements[0];
    assert_eq!(d.dimension, Dimension::Resources);
    assert!(d.knock_out_split);
    assert_eq!(d.question_ids, ["response-time"]);
    assert_eq!(d.lowest, [1]);
}

#[test]
fn a_hidden_follow_up_answer_is_no_disagreement() {
    // Both have nobody responsible; one still carries an old answer to the hidden "hours".
    let mut a = examples::plumber();
    a.set("responsible", &["nobody"]).unwrap();
    a.clear("hours");
    let mut b = a.clone();
    b.set("hours", &["over-10h"]).unwrap();
    let c = compare(&workshop(&[("A", a), ("B", b)])).unwrap();
    assert!(c.disagreements.is_empty(), "{:?}", c.disagreements);
    assert_eq!(c.dimensions[Dimension::Resources.index()].spread, 0);
}

fn check_invariants(w: &Workshop, c: &Comparison) {
    let n = w.participants.len();
    assert_eq!(c.outcomes.len(), n);
    for (p, o) in w.participants.iter().zip(&c.outcomes) {
        assert_eq!(*o, outcome(&p.answers));
    }
    let do_it = c
        .outcomes
        .iter()
        .filter(|o| o.verdict == Verdict::DoIt)
        .count();
    assert_eq!(c.verdict_counts, (do_it, n - do_it));
    for (s, d) in c.dimensions.iter().zip(Dimension::ALL) {
        assert_eq!(s.dimension, d);
        let scores: Vec<u8> = c.outcomes.iter().map(|o| o.score(d)).collect();
        assert_eq!(s.min, *scores.iter().min().unwrap());
        assert_eq!(s.max, *scores.iter().max().unwrap());
        assert_eq!(s.spread, s.max - s.min);
        assert!(s.min <= s.mean && s.mean <= s.max);
    }
    assert!(c.disagreements.len() <= MAX_DISAGREEMENTS);
    for pair in c.disagreements.windows(2) {
        assert!(pair[0].spread >= pair[1].spread);
    }
    let max = c.dimensions.iter().map(|s| s.spread).max().unwrap();
    if max >= DISAGREEMENT_MIN_SPREAD {
        assert_eq!(c.disagreements[0].spread, max);
    }
    // Split knock-outs are always listed; the others are the widest spreads (none, when the
    // splits fill every place).
    let listed_min = c
        .disagreements
        .iter()
        .filter(|d| !d.knock_out_split)
        .map(|d| d.spread)
        .min()
        .unwrap_or(u8::MAX);
    for s in &c.dimensions {
        let listed = c.disagreements.iter().any(|d| d.dimension == s.dimension);
        if !listed && s.spread >= DISAGREEMENT_MIN_SPREAD {
            assert_eq!(c.disagreements.len(), MAX_DISAGREEMENTS);
            assert!(s.spread <= listed_min);
        }
    }
    for d in &c.disagreements {
        assert!(d.spread >= DISAGREEMENT_MIN_SPREAD || d.knock_out_split);
        assert_eq!(d.spread, c.dimensions[d.dimension.index()].spread);
        assert!(!d.question_ids.is_empty());
        for id in &d.question_ids {
            assert_eq!(assessment::question(id).unwrap().dimension, d.dimension);
        }
        assert!(!d.lowest.is_empty() && !d.highest.is_empty());
        let s = c.dimensions[d.dimension.index()];
        assert!(d
            .lowest
            .iter()
            .all(|&i| c.outcomes[i].score(d.dimension) == s.min));
        assert!(d
            .highest
            .iter()
            .all(|&i| c.outcomes[i].score(d.dimension) == s.max));
    }
    // The rule, restated.
    let majority = 2 * do_it > n;
    let shared = c
        .team_reasons
        .iter()
        .any(|r| matches!(r, TeamReason::KnockOut { count, .. } if *count >= SHARED_KNOCK_OUT_MIN));
    let expected = if majority && !shared {
        Verdict::DoIt
    } else {
        Verdict::LeaveIt
    };
    assert_eq!(c.team_verdict, expected);
    assert_eq!(c.team_reasons[0], TeamReason::Votes { do_it, of: n });
    for r in &c.team_reasons {
        for lang in Lang::ALL {
            let t = r.text(lang);
            assert!(!t.contains('{') && !t.contains(MISSING_TEXT), "{t}");
        }
    }
}

#[test]
fn random_workshops_keep_the_invariants() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    for round in 0..400 {
        let n = 1 + rng.below(MAX_PARTICIPANTS);
        let mut w = Workshop::new();
        for i in 0..n {
            w.add(&format!("P{round}-{i}"), random_complete(&mut rng))
                .unwrap();
        }
        let c = compare(&w).unwrap();
        check_invariants(&w, &c);
    }
}

#[test]
fn a_split_knock_out_is_talked_about_even_among_big_spreads() {
    // Weak everywhere, but one knock-out only (a reserved tone and a partly known audience
    // are weak, not decisive).
    let mut b = examples::strong_answers();
    for (q, o) in [
        ("topics", "occasional"),
        ("tone", "factual"),
        ("guidelines", "none"),
        ("real-names", "rather-not"),
        ("audience", "partly"),
        ("talked-about", "dont-know"),
        ("criticism", "unsure"),
        ("response-time", "week-or-more"),
    ] {
        b.set(q, &[o]).unwrap();
    }
    let c = compare(&workshop(&[("A", examples::strong_answers()), ("B", b)])).unwrap();
    assert_eq!(c.disagreements.len(), MAX_DISAGREEMENTS);
    let split: Vec<_> = c
        .disagreements
        .iter()
        .filter(|d| d.knock_out_split)
        .collect();
    assert_eq!(split.len(), 1, "{:?}", c.disagreements);
    assert_eq!(split[0].dimension, Dimension::Resources);
    assert!(c
        .disagreements
        .windows(2)
        .all(|w| w[0].spread >= w[1].spread));
}

#[test]
fn a_workshop_of_one_is_that_persons_verdict() {
    let c = compare(&workshop(&[("A", examples::plumber())])).unwrap();
    assert_eq!(c.team_verdict, Verdict::LeaveIt);
    let knock_out = c
        .team_reasons
        .iter()
        .find(|r| matches!(r, TeamReason::KnockOut { .. }))
        .expect("the plumber's knock-out");
    assert!(knock_out.blocks(), "named by everyone there is");
    assert!(knock_out
        .text(Lang::De)
        .starts_with("K.-o.-Kriterium bei 1 von 1 – erst klären, dann starten:"));
}

#[test]
fn the_room_sees_who_answered_what_and_whose_knock_out_it_is() {
    use readiness_check::workshop::{knocked_out, who_answered};
    let mut w = readiness_check::workshop::Workshop::new();
    w.add("Anna", examples::strong_answers()).unwrap();
    w.add("Ben", examples::plumber()).unwrap();
    w.add("Cem", examples::strong_answers()).unwrap();
    let c = compare(&w).unwrap();
    let ko = readiness_check::assessment::evaluate(&examples::plumber())
        .outcome()
        .unwrap()
        .reasons
        .iter()
        .find(|r| r.knock_out)
        .unwrap()
        .id;
    assert_eq!(knocked_out(&c, ko), vec![1]);
    let groups = who_answered(&w, "audience");
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[0].1, vec![0, 2]);
    assert_eq!(groups[1].1, vec![1]);
    assert_ne!(groups[0].0, groups[1].0);
    assert!(who_answered(&w, "no-such-question").is_empty());
}
