//! Ready-made answer sets: the cases the seeds describe, for tests, demos and browser tests.
//! Each says where the company stands today (`presence`): the seeds' Teldafax, the unlocker's
//! employer and Datev already run channels of their own; the others have not started.

use super::answers::Answers;

fn build(pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, opts) in pairs {
        let r = a.set(q, opts);
        debug_assert!(r.is_ok(), "fixture {q}: {r:?}");
    }
    a
}

/// A clear "do it": every answer at or near its best.
pub fn strong_answers() -> Answers {
    build(&[
        ("presence", &["not-yet"]),
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
    ])
}

/// Seed 002: the small plumbing firm whose customers are not on Facebook and found it in the
/// phone book. Keen and able otherwise; nobody there would listen.
pub fn plumber() -> Answers {
    build(&[
        ("presence", &["not-yet"]),
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
    ])
}

/// Seed 002, Kunde 1: "Wir müssen jetzt Facebook machen" – why? silence; "die machen des jetzt
/// doch alle"; "Denken Sie sich da mal was aus."
pub fn kunde_1() -> Answers {
    build(&[
        ("presence", &["not-yet"]),
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
    ])
}

/// Seed 002, Kunde 2: people already talk about it and found fan pages, there are topics
/// galore, but "das wird sich schon wieder legen … vielleicht im nächsten Jahr".
pub fn kunde_2() -> Answers {
    build(&[
        ("presence", &["not-yet"]),
        ("attitude", &["rather-later"]),
        ("goals", &["sell-more", "reputation"]),
        ("audience", &["online"]),
        ("talked-about", &["lively"]),
        ("topics", &["regular"]),
        ("content-kinds", &["text", "pictures"]),
        ("responsible", &["named-person"]),
        ("hours", &["2-5h"]),
        ("budget", &["ongoing"]),
        ("response-time", &["few-days"]),
        ("tone", &["factual"]),
        ("customer-voice", &["when-problems"]),
        ("criticism", &["unsure"]),
        ("know-how", &["reading"]),
        ("real-names", &["rather-not"]),
        ("guidelines", &["unwritten"]),
    ])
}

/// Seed 002, Kunde 2 with one honest answer different: nobody is in charge yet ("noch offen").
pub fn kunde_2_nobody_in_charge_yet() -> Answers {
    let mut a = kunde_2();
    let r = a.set("responsible", &["undecided"]);
    debug_assert!(r.is_ok(), "{r:?}");
    a
}

/// Seed 002, Kunde 2 with one honest answer different: it writes like a press release.
pub fn kunde_2_stiff_tone() -> Answers {
    let mut a = kunde_2();
    let r = a.set("tone", &["press-release"]);
    debug_assert!(r.is_ok(), "{r:?}");
    a
}

/// Seed 002, "Bin ich locker genug?", the unlocker: a firm hired someone for blog, Facebook and
/// Twitter, trained him and gave him feedback, but his blog posts read like scholarly essays
/// and he soon left Twitter alone. Already active: some channels run, one lies idle.
pub fn not_loose_enough() -> Answers {
    build(&[
        ("presence", &["active"]),
        ("upkeep", &["mixed"]),
        ("attitude", &["want-to-check"]),
        ("goals", &["sell-more", "reputation"]),
        ("audience", &["online"]),
        ("talked-about", &["some"]),
        ("topics", &["regular"]),
        ("content-kinds", &["text"]),
        ("responsible", &["named-person"]),
        ("hours", &["over-10h"]),
        ("budget", &["ongoing"]),
        ("response-time", &["within-24h"]),
        ("tone", &["press-release"]),
        ("customer-voice", &["want-to-hear"]),
        ("criticism", &["answer-openly"]),
        ("know-how", &["reading"]),
        ("real-names", &["yes"]),
        ("guidelines", &["written"]),
    ])
}

/// Seed 001, Teldafax: busy announcing sponsorships on its Facebook page, ignoring customers'
/// questions there.
pub fn teldafax() -> Answers {
    build(&[
        ("presence", &["active"]),
        ("upkeep", &["posting"]),
        ("attitude", &["want-to-check"]),
        ("goals", &["reputation"]),
        ("audience", &["online"]),
        ("talked-about", &["lively"]),
        ("topics", &["regular"]),
        ("content-kinds", &["text", "pictures"]),
        ("responsible", &["named-person"]),
        ("hours", &["5-10h"]),
        ("budget", &["ongoing"]),
        ("response-time", &["week-or-more"]),
        ("tone", &["factual"]),
        ("customer-voice", &["not-interested"]),
        ("criticism", &["ignore"]),
        ("know-how", &["reading"]),
        ("real-names", &["some"]),
        ("guidelines", &["unwritten"]),
    ])
}

/// Seed 000, Datev: a B2B firm with a lively community, a social media manager, quick replies,
/// staff showing their working day, and a joke about laser-sword barriers. Seven platforms,
/// kept up and answered.
pub fn datev() -> Answers {
    build(&[
        ("presence", &["active"]),
        ("upkeep", &["kept-up"]),
        ("attitude", &["improve"]),
        (
            "goals",
            &["find-recruits", "service", "reputation", "feedback"],
        ),
        ("audience", &["online"]),
        ("talked-about", &["lively"]),
        ("topics", &["editorial-plan"]),
        ("content-kinds", &["text", "pictures", "video"]),
        ("responsible", &["team"]),
        ("hours", &["over-10h"]),
        ("budget", &["ongoing"]),
        ("response-time", &["within-24h"]),
        ("tone", &["conversational"]),
        ("customer-voice", &["want-to-hear"]),
        ("criticism", &["answer-openly"]),
        ("know-how", &["active"]),
        ("real-names", &["yes"]),
        ("guidelines", &["written"]),
    ])
}
