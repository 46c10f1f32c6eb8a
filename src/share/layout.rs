//! The frozen layouts of the link format: which question and option each position means.
//! A released layout never changes. When the questionnaire changes, add `V2` beside it (and
//! bump `link::VERSION`); `V1` stays so that links made with it keep opening. The test
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
