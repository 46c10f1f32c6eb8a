//! Links made with the first released format (v1). They must keep decoding to exactly these
//! answers, whatever later happens to the questionnaire: people have sent them around.

use readiness_check::share::link::decode;

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
