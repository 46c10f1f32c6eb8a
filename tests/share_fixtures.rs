//! Links made with the first released format (v1). They must keep decoding to exactly these
//! answers, whatever later happens to the questionnaire: people have sent them around. Opened
//! today, they ask only what v1 did not have (where the company stands), then give the verdict
//! they gave then.

use readiness_check::assessment::{evaluate, Evaluation, Verdict};
use readiness_check::share::link::{decode, LinkError};
use readiness_check::share::params;

/// Question id and the option ids chosen.
type Answer = (&'static str, &'static [&'static str]);

const V1_LINKS: &[(&str, &[Answer])] = &[
    (
        "AZSOZH__4PUZ",
        &[
            ("attitude", &["want-to-check"]),
            ("goals", &["sell-more", "service"]),
            ("audience", &["online"]),
            ("talked-about", &["some"]),
            ("topics", &["editorial-plan"]),
            ("content-kinds", &["text", "pictures"]),
            ("responsible", &["team"]),
            ("hours", &["5-10h"]),
            ("budget", &["ongoing"]),
            ("response-time", &["within-24h"]),
            ("tone", &["conversational"]),
            ("customer-voice", &["want-to-hear"]),
            ("criticism", &["answer-openly"]),
            ("know-how", &["active"]),
            ("real-names", &["yes"]),
            ("guidelines", &["written"]),
        ],
    ),
    (
        "AZAlIi_9oAxO",
        &[
            ("attitude", &["want-to-check"]),
            ("goals", &["sell-more"]),
            ("audience", &["not-online"]),
            ("talked-about", &["dont-know"]),
            ("topics", &["occasional"]),
            ("content-kinds", &["pictures"]),
            ("responsible", &["whoever-has-time"]),
            ("hours", &["under-2h"]),
            ("budget", &["none"]),
            ("response-time", &["within-24h"]),
            ("tone", &["conversational"]),
            ("customer-voice", &["want-to-hear"]),
            ("criticism", &["answer-openly"]),
            ("know-how", &["reading"]),
            ("real-names", &["yes"]),
            ("guidelines", &["none"]),
        ],
    ),
    (
        "AWBEgjVVIEX0",
        &[
            ("attitude", &["must-start-now"]),
            ("goals", &["just-be-there"]),
            ("audience", &["unknown"]),
            ("talked-about", &["dont-know"]),
            ("topics", &["none"]),
            ("responsible", &["whoever-has-time"]),
            ("hours", &["under-2h"]),
            ("budget", &["one-off"]),
            ("response-time", &["few-days"]),
            ("tone", &["factual"]),
            ("customer-voice", &["when-problems"]),
            ("criticism", &["unsure"]),
            ("know-how", &["reading"]),
            ("real-names", &["some"]),
            ("guidelines", &["none"]),
        ],
    ),
];

#[test]
fn v1_links_still_decode_to_the_same_answers() {
    for (code, expected) in V1_LINKS {
        let decoded = decode(code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert_eq!(decoded.dropped, 0, "{code}");
        let got: Vec<(&str, Vec<&str>)> = decoded
            .answers
            .iter()
            .map(|(q, o)| (q.id, o.to_vec()))
            .collect();
        let want: Vec<(&str, Vec<&str>)> = expected.iter().map(|(q, o)| (*q, o.to_vec())).collect();
        assert_eq!(got, want, "{code}");
    }
}

/// A v1 link's answers lack only the questions v2 added: the check asks where the company stands
/// (the first question, where it walks to), and with that answered gives the verdict of then.
#[test]
fn v1_links_ask_only_what_v1_did_not_have_then_evaluate() {
    let verdicts = [Verdict::DoIt, Verdict::LeaveIt, Verdict::LeaveIt];
    for ((code, _), verdict) in V1_LINKS.iter().zip(verdicts) {
        let mut answers = decode(code).unwrap().answers;
        assert_eq!(
            evaluate(&answers),
            Evaluation::Incomplete {
                missing: vec!["presence"]
            },
            "{code}"
        );
        answers.set("presence", &["not-yet"]).unwrap();
        let Evaluation::Complete(o) = evaluate(&answers) else {
            panic!("{code}: complete once presence is answered")
        };
        assert_eq!(o.verdict, verdict, "{code}");
        // An active company's answers are as complete once its follow-up is answered.
        answers.set("presence", &["active"]).unwrap();
        assert_eq!(
            evaluate(&answers),
            Evaluation::Incomplete {
                missing: vec!["upkeep"]
            }
        );
    }
}

/// A cut v1 code still says it was cut (its length is v1's, not the latest's).
#[test]
fn cut_v1_links_say_so() {
    for (code, _) in V1_LINKS {
        for cut in 1..code.len() {
            assert_eq!(
                decode(&code[..cut]),
                Err(LinkError::Truncated),
                "{code} at {cut}"
            );
        }
    }
}

/// Prefill made for v1 (`a.<question>=<answer>`) keeps working: every v1 id is still read.
#[test]
fn v1_prefill_ids_keep_working() {
    for (_, answers) in V1_LINKS {
        let query: Vec<String> = answers
            .iter()
            .map(|(q, o)| format!("a.{q}={}", o.join(",")))
            .collect();
        let launch = params::parse(&format!("?{}", query.join("&")), "");
        assert!(launch.ignored.is_empty(), "{:?}", launch.ignored);
        for (q, o) in *answers {
            assert_eq!(launch.prefill.selected(q), *o, "{q}");
        }
    }
}
