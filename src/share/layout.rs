//! The frozen layouts of the link format: which question and option each position means.
//! A released layout never changes. When the questionnaire changes, add the next version
//! beside the others (`V3` after `V2`), list it in [`LAYOUTS`] and bump `link::VERSION`; the
//! older layouts stay so that links made with them keep opening. The test
//! `latest_layout_covers_the_questionnaire` fails until that is done.

pub struct LayoutQuestion {
    pub id: &'static str,
    pub multi: bool,
    pub options: &'static [&'static str],
}

const fn single(id: &'static str, options: &'static [&'static str]) -> LayoutQuestion {
    LayoutQuestion {
        id,
        multi: false,
        options,
    }
}

const fn multi(id: &'static str, options: &'static [&'static str]) -> LayoutQuestion {
    LayoutQuestion {
        id,
        multi: true,
        options,
    }
}

/// Version 1 (first release).
pub const V1: &[LayoutQuestion] = &[
    single(
        "attitude",
        &["must-start-now", "want-to-check", "rather-later"],
    ),
    multi(
        "goals",
        &[
            "just-be-there",
            "sell-more",
            "find-recruits",
            "service",
            "reputation",
            "feedback",
        ],
    ),
    single("audience", &["not-online", "unknown", "partly", "online"]),
    single("talked-about", &["dont-know", "no", "some", "lively"]),
    single(
        "topics",
        &["none", "occasional", "regular", "editorial-plan"],
    ),
    multi(
        "content-kinds",
        &["text", "pictures", "video", "presentations"],
    ),
    single(
        "responsible",
        &["nobody", "whoever-has-time", "named-person", "team"],
    ),
    single("hours", &["under-2h", "2-5h", "5-10h", "over-10h"]),
    single("budget", &["none", "one-off", "ongoing"]),
    single("response-time", &["week-or-more", "few-days", "within-24h"]),
    single("tone", &["press-release", "factual", "conversational"]),
    single(
        "customer-voice",
        &["not-interested", "when-problems", "want-to-hear"],
    ),
    single("criticism", &["ignore", "unsure", "answer-openly"]),
    single("know-how", &["none", "reading", "active"]),
    single("real-names", &["rather-not", "some", "yes"]),
    single("guidelines", &["none", "unwritten", "written"]),
];

/// Version 2: where the company stands today (`presence`, with `upkeep` for a company that is
/// active), an attitude for one that wants to do better (`improve`), and an honest "not decided
/// yet" (`undecided`) for goals, who looks after the channels, hours and budget. Every v1 id
/// is kept, so a v1 link decodes to the same answers and only the new questions are left open.
pub const V2: &[LayoutQuestion] = &[
    single("presence", &["not-yet", "active"]),
    single("upkeep", &["idle", "posting", "mixed", "kept-up"]),
    single(
        "attitude",
        &["must-start-now", "want-to-check", "rather-later", "improve"],
    ),
    multi(
        "goals",
        &[
            "just-be-there",
            "sell-more",
            "find-recruits",
            "service",
            "reputation",
            "feedback",
            "undecided",
        ],
    ),
    single("audience", &["not-online", "unknown", "partly", "online"]),
    single("talked-about", &["dont-know", "no", "some", "lively"]),
    single(
        "topics",
        &["none", "occasional", "regular", "editorial-plan"],
    ),
    multi(
        "content-kinds",
        &["text", "pictures", "video", "presentations"],
    ),
    single(
        "responsible",
        &[
            "nobody",
            "undecided",
            "whoever-has-time",
            "named-person",
            "team",
        ],
    ),
    single(
        "hours",
        &["undecided", "under-2h", "2-5h", "5-10h", "over-10h"],
    ),
    single("budget", &["none", "undecided", "one-off", "ongoing"]),
    single("response-time", &["week-or-more", "few-days", "within-24h"]),
    single("tone", &["press-release", "factual", "conversational"]),
    single(
        "customer-voice",
        &["not-interested", "when-problems", "want-to-hear"],
    ),
    single("criticism", &["ignore", "unsure", "answer-openly"]),
    single("know-how", &["none", "reading", "active"]),
    single("real-names", &["rather-not", "some", "yes"]),
    single("guidelines", &["none", "unwritten", "written"]),
];

/// What a version's questionnaire took for granted and did not ask: v1 had no `presence`, and
/// asked every company as one that had not started (its advice was start-up advice). Where
/// nobody is there to answer the new question (a workshop's comparison), a v1 answer set is
/// read that way; a person who opens their own v1 link is asked instead. Verdicts and scores
/// never depend on it (`presence` is not scored).
pub const TAKEN_FOR_GRANTED: [&[(&str, &str)]; 2] = [&[("presence", "not-yet")], &[]];

/// Every released layout by its version byte (1-based: `LAYOUTS[v - 1]`); the last is the one
/// new links are made with.
pub const LAYOUTS: [&[LayoutQuestion]; 2] = [V1, V2];
