//! The first state from what the browser holds (storage, address, languages), and the kept
//! progress: every hostile combination gives a usable state and a notice, never a panic.

mod common;

use readiness_check::assessment::{self, examples, Lang};
use readiness_check::share::link::{self, LinkError};
use readiness_check::share::params;
use readiness_check::ui::launch::{self, initial_state};
use readiness_check::ui::snapshot;
use readiness_check::ui::state::{
    screen_fits, Action, Notice, Prefs, PrefsAction, Screen, Session, SessionAction, State,
    WorkshopAction,
};

fn langs(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| t.to_string()).collect()
}

fn launch(query: &str, fragment: &str, saved: Result<Option<String>, ()>) -> State {
    initial_state(
        params::parse(query, fragment),
        saved,
        &langs(&["en-US", "de"]),
    )
}

#[test]
fn first_visit_follows_the_browser_language() {
    let state = launch("", "", Ok(None));
    assert_eq!(state.prefs.lang, Lang::En);
    assert_eq!(state.session.screen, Screen::Start);
    assert!(state.notices.is_empty());
    let state = initial_state(params::parse("", ""), Ok(None), &langs(&["fr-FR", "it"]));
    assert_eq!(
        state.prefs.lang,
        Lang::De,
        "German when the browser speaks neither"
    );
}

#[test]
fn kept_progress_resumes_at_the_same_question_and_language() {
    let mut state = State {
        prefs: Prefs {
            lang: Lang::En,
            ..Prefs::default()
        },
        session: Session {
            company: "Müller & Söhne".into(),
            ..Session::default()
        },
        ..State::default()
    };
    state = state
        .reduce(Action::Session(SessionAction::Begin))
        .reduce(Action::Session(SessionAction::ChooseNth(1)))
        .reduce(Action::Session(SessionAction::Next));
    let kept = snapshot::save(&state);
    let resumed = launch("", "", Ok(Some(kept)));
    assert_eq!(resumed.session.screen, state.session.screen);
    assert_eq!(resumed.prefs.lang, Lang::En);
    assert_eq!(resumed.session.answers, state.session.answers);
    assert_eq!(resumed.session.company, "Müller & Söhne");
    assert!(resumed.notices.is_empty());
}

#[test]
fn the_address_sets_language_and_type_size_until_the_person_chooses_them() {
    // Progress kept on the facilitator's laptop, where nobody pressed a button for either.
    let started = State::default()
        .reduce(Action::Session(SessionAction::Begin))
        .reduce(Action::Session(SessionAction::ChooseNth(1)));
    let kept = snapshot::save(&started);
    let resumed = launch("?large=1&lang=en", "", Ok(Some(kept.clone())));
    assert_eq!(
        (resumed.prefs.lang, resumed.prefs.large_type),
        (Lang::En, true)
    );
    assert_eq!(
        resumed.session.answers, started.session.answers,
        "no answer lost"
    );
    let resumed = launch("?lang=de", "", Ok(Some(kept)));
    assert_eq!(
        (resumed.prefs.lang, resumed.prefs.large_type),
        (Lang::De, false)
    );

    // What the person chose, on or off, wins over the address.
    let chosen = started
        .clone()
        .reduce(Action::Prefs(PrefsAction::SetLang(Lang::De)))
        .reduce(Action::Prefs(PrefsAction::ToggleLargeType))
        .reduce(Action::Prefs(PrefsAction::ToggleLargeType));
    let resumed = launch("?large=1&lang=en", "", Ok(Some(snapshot::save(&chosen))));
    assert_eq!(
        (resumed.prefs.lang, resumed.prefs.large_type),
        (Lang::De, false)
    );

    // Progress an earlier version kept names its language always: taken as chosen.
    let code = link::encode(&started.session.answers);
    let earlier = format!("v=1&lang=de&at=start&r={code}&large=1");
    let resumed = launch("?large=0&lang=en", "", Ok(Some(earlier)));
    assert_eq!(
        (resumed.prefs.lang, resumed.prefs.large_type),
        (Lang::De, true)
    );
}

#[test]
fn a_question_opened_from_the_review_still_returns_there_after_a_reload() {
    let mut state = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    };
    state = state.reduce(Action::Session(SessionAction::Edit("tone")));
    assert!(state.session.editing_from_review);
    let kept = snapshot::save(&state);
    let resumed = launch("", "", Ok(Some(kept.clone())));
    assert_eq!(resumed.session.screen, Screen::Question("tone"));
    assert_eq!(
        resumed
            .reduce(Action::Session(SessionAction::Next))
            .session
            .screen,
        Screen::Review
    );

    // A link opened over it ends that: back from a link's open question, or from a
    // participant's first one, goes where it always does.
    let mut partial = examples::strong_answers();
    partial.clear("tone");
    let linked = launch(
        "",
        &format!("#r={}", link::encode(&partial)),
        Ok(Some(kept.clone())),
    );
    assert_eq!(linked.session.screen, Screen::Question("tone"));
    assert_ne!(
        linked
            .reduce(Action::Session(SessionAction::Back))
            .session
            .screen,
        Screen::Review
    );
    let code = link::encode(&examples::kunde_2());
    let workshop = launch("", &format!("#c={code}&n=Anna"), Ok(Some(kept)));
    assert_eq!(workshop.session.screen, Screen::Workshop);
    let turn = workshop.reduce(Action::Workshop(WorkshopAction::BeginParticipant(
        "Lea".into(),
    )));
    assert_eq!(
        turn.reduce(Action::Session(SessionAction::Back))
            .session
            .screen,
        Screen::Workshop
    );
}

#[test]
fn one_unreadable_field_in_kept_progress_costs_only_that_field() {
    let answers = examples::strong_answers();
    let code = link::encode(&answers);
    let aside = link::encode(&examples::kunde_2());
    for bad in [
        "&company=%E2%82",
        "&p=%ZZ",
        "&o=garbage",
        "&oc=Acme",
        "&o=garbage&oc=Acme",
        &format!("&o={aside}&oc=%E2"),
    ] {
        let kept = format!("v=1&lang=en&at=q.goals&r={code}{bad}");
        let resumed = launch("", "", Ok(Some(kept)));
        assert_eq!(resumed.session.answers, answers, "{bad}");
        assert_eq!(resumed.session.screen, Screen::Question("goals"), "{bad}");
        assert!(resumed.notices.is_empty(), "{bad}: {:?}", resumed.notices);
        assert!(
            resumed
                .session
                .set_aside
                .iter()
                .all(|own| own.company.is_empty()),
            "{bad}: a company goes with its own answers only"
        );
    }
    // An `o` that does not read takes its `oc` with it; the others keep theirs.
    let kept = format!("v=1&at=start&r={code}&o={aside}&oc=Erste&o=x&oc=Zweite");
    let resumed = launch("", "", Ok(Some(kept)));
    assert_eq!(resumed.session.set_aside.len(), 1);
    assert_eq!(resumed.session.set_aside[0].company, "Erste");
}

#[test]
fn snapshot_round_trips_every_screen() {
    let answers = examples::strong_answers();
    let mut screens = vec![Screen::Start, Screen::Review, Screen::Result];
    screens.extend(
        assessment::visible_questions(&answers)
            .iter()
            .map(|q| Screen::Question(q.id)),
    );
    for screen in screens {
        let state = State {
            session: Session {
                screen,
                answers: answers.clone(),
                ..Session::default()
            },
            ..State::default()
        }
        .reduce(Action::Prefs(PrefsAction::SetLang(Lang::En)))
        .reduce(Action::Prefs(PrefsAction::ToggleLargeType));
        let back = snapshot::restore(&snapshot::save(&state)).unwrap();
        assert_eq!(
            (
                back.session.screen,
                back.session.answers,
                back.prefs.lang,
                back.prefs.large_type
            ),
            (screen, answers.clone(), Lang::En, true)
        );
    }
}

#[test]
fn unreadable_or_other_version_progress_gives_a_notice_and_a_fresh_start() {
    for kept in [
        "v=0&r=AAAA",
        "v=x&lang=de",
        "garbage",
        "",
        "v=1&r=%%%",
        "v=1&lang=de&r=not-a-code",
        "v=1&company=%ZZ&r=",
    ] {
        let state = launch("", "", Ok(Some(kept.to_string())));
        assert_eq!(state.session.screen, Screen::Start, "{kept}");
        assert!(state.session.answers.is_empty(), "{kept}");
        assert_eq!(state.notices, vec![Notice::StorageOutdated], "{kept}");
    }
}

#[test]
fn progress_from_a_newer_version_is_left_alone_with_its_own_notice() {
    // A newer format's values may not read at all: the version decides first.
    for kept in [
        "v=2&lang=de",
        "lang=en&v=17&whatever=%%%",
        "v=2&lang=de&at=start&r=AgAAAAAAAEmv",
    ] {
        let state = launch("", "", Ok(Some(kept.to_string())));
        assert_eq!(state.session.screen, Screen::Start, "{kept}");
        assert_eq!(state.notices, vec![Notice::StorageNewer], "{kept}");
        assert!(snapshot::written_by_newer_version(kept), "{kept}");
    }
    for kept in ["v=1&lang=de", "v=0", "v=x", "garbage", "lang=de", ""] {
        assert!(!snapshot::written_by_newer_version(kept), "{kept}");
    }
    let ours = snapshot::save(&launch("", "", Ok(None)));
    assert!(!snapshot::written_by_newer_version(&ours));
}

#[test]
fn tampered_progress_is_held_to_what_the_app_itself_would_keep() {
    let code = link::encode(&examples::kunde_2());
    let mut kept = format!(
        "v=1&lang=de&at=start&r={code}&company={}&p=%E2%80%AE%20",
        "A".repeat(400_000)
    );
    for _ in 0..2000 {
        kept.push_str(&format!("&o={code}&oc=B"));
    }
    let state = snapshot::restore(&kept).unwrap();
    assert_eq!(state.session.company.chars().count(), 80);
    assert_eq!(
        state.session.participant, None,
        "a name of nothing but invisible characters"
    );
    assert_eq!(state.session.set_aside.len(), 4);
    assert_eq!(state.session.answers, examples::kunde_2());
}

#[test]
fn a_page_view_alone_saves_nothing() {
    let fresh = launch("?lang=en&large=1", "", Ok(None));
    let opened_with = (fresh.prefs.lang, fresh.prefs.large_type);
    assert_eq!(opened_with, (Lang::En, true));
    assert!(snapshot::only_looked_at(&fresh, opened_with, None));
    // Someone's result link, looked at.
    let code = link::encode(&examples::kunde_2());
    let linked = launch("", &format!("#r={code}"), Ok(None));
    assert!(snapshot::only_looked_at(
        &linked,
        (linked.prefs.lang, false),
        None
    ));
    // Anything answered, typed or chosen is kept; so is whatever replaces stored progress.
    let mut chosen = fresh.clone();
    chosen.prefs.lang = Lang::De;
    let mut typed = fresh.clone();
    typed.session.company = "Bäckerei".into();
    let mut started = fresh.clone();
    started.session.screen = Screen::Question("attitude");
    for state in [&chosen, &typed, &started] {
        assert!(!snapshot::only_looked_at(state, opened_with, None));
    }
    assert!(!snapshot::only_looked_at(
        &fresh,
        opened_with,
        Some("v=1&r=x")
    ));
    let with_workshop = launch("", &format!("#c={code}&n=Lea"), Ok(None));
    assert!(!with_workshop.room.workshop.is_empty());
    assert!(!snapshot::only_looked_at(
        &with_workshop,
        (with_workshop.prefs.lang, false),
        None
    ));
}

#[test]
fn a_comparison_link_opens_the_workshop_and_never_a_result_code_beside_it() {
    let own = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Question("tone"),
            ..Session::default()
        },
        ..State::default()
    };
    let kept = snapshot::save(&own);
    let (a, b) = (
        link::encode(&examples::kunde_2()),
        link::encode(&examples::plumber()),
    );
    let both = launch(
        "",
        &format!("#r={a}&c={a}.{b}&n=X,Y"),
        Ok(Some(kept.clone())),
    );
    assert_eq!(both.session.screen, Screen::Workshop);
    assert_eq!(both.room.workshop.participants.len(), 2);
    // The person's own answers, not the code's, are the ones to go on with.
    assert_eq!(both.session.answers, own.session.answers);
    assert!(!both.session.from_link && both.session.set_aside.is_empty());
    // A comparison that does not read: its notice, and still the person's own answers.
    let bad = launch("", &format!("#r={a}&c=junk"), Ok(Some(kept)));
    assert_eq!(bad.session.answers, own.session.answers);
    assert!(!bad.session.from_link);
    assert!(matches!(
        bad.notices.as_slice(),
        [Notice::BadWorkshopLink(_)]
    ));
    // A comparison a mail tool moved into the query opens as well; the fragment's wins.
    let query = launch(&format!("?c={a}.{b}&n=X,Y"), "", Ok(None));
    assert_eq!(query.session.screen, Screen::Workshop);
    let names: Vec<&str> = query
        .room
        .workshop
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["X", "Y"]);
    let fragment_wins = launch(&format!("?c={a}&n=Q"), &format!("#c={b}&n=F"), Ok(None));
    assert_eq!(fragment_wins.room.workshop.participants[0].name, "F");
}

#[test]
fn no_storage_gives_a_notice() {
    let state = launch("", "", Err(()));
    assert_eq!(state.notices, vec![Notice::StorageUnavailable]);
    assert_eq!(state.prefs.lang, Lang::En);
}

#[test]
fn a_result_link_opens_the_result_and_is_not_saved_as_own_progress() {
    let answers = examples::kunde_2();
    let state = launch("", &format!("#r={}", link::encode(&answers)), Ok(None));
    assert_eq!(state.session.screen, Screen::Result);
    assert_eq!(state.session.answers, answers);
    assert!(state.session.from_link);
    // Changing an answer makes them the person's own.
    let state = state
        .reduce(Action::Session(SessionAction::Edit("tone")))
        .reduce(Action::Session(SessionAction::ChooseNth(0)));
    assert!(!state.session.from_link);
}

#[test]
fn a_result_link_wins_over_kept_progress_but_a_bad_one_keeps_it() {
    let kept = snapshot::save(&State {
        session: Session {
            answers: examples::plumber(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    });
    let good = launch(
        "",
        &format!("#r={}", link::encode(&examples::kunde_1())),
        Ok(Some(kept.clone())),
    );
    assert_eq!(good.session.answers, examples::kunde_1());
    let bad = launch("", "#r=garbage", Ok(Some(kept)));
    assert_eq!(
        bad.session.answers,
        examples::plumber(),
        "the person's own answers are not lost"
    );
    assert_eq!(bad.session.screen, Screen::Start);
    assert_eq!(bad.notices, vec![Notice::BadLink(LinkError::NotACode)]);
}

#[test]
fn hostile_fragments_never_panic_and_always_leave_a_way_to_start() {
    let megabyte = format!("#r={}", "A".repeat(1 << 20));
    for fragment in [
        "#r=",
        "#r",
        "#r=%",
        "#r=%ZZ",
        "#r=äöü",
        "#r=AwECAwQFBgcI",
        "#&&&==&",
        "#r=a&r=b",
        megabyte.as_str(),
        "#a.goals=",
        "#lang=xx",
    ] {
        let state = launch("", fragment, Ok(None));
        assert_eq!(state.session.screen, Screen::Start, "{fragment:.40}");
        assert_eq!(
            state
                .reduce(Action::Session(SessionAction::Begin))
                .session
                .screen,
            Screen::Question(assessment::questions()[0].id)
        );
    }
    assert_eq!(
        launch("", "#r=AwECAwQFBgcI", Ok(None)).notices,
        vec![Notice::BadLink(LinkError::NewerVersion(3))]
    );
}

#[test]
fn prefill_fills_only_unanswered_questions_and_names_the_unknown() {
    let kept = snapshot::save(&State {
        session: Session {
            answers: {
                let mut a = assessment::Answers::new();
                a.set("audience", &["partly"]).unwrap();
                a
            },
            ..Session::default()
        },
        ..State::default()
    });
    let state = launch(
        "?a.audience=online&a.tone=conversational&a.goals=sell-more,nope&a.ghost=x&utm_source=mail",
        "",
        Ok(Some(kept)),
    );
    assert_eq!(
        state.session.answers.selected("audience"),
        ["partly"],
        "the person's answer stays"
    );
    assert_eq!(state.session.answers.selected("tone"), ["conversational"]);
    assert_eq!(state.session.answers.selected("goals"), ["sell-more"]);
    assert_eq!(
        state.notices,
        vec![Notice::PrefillIgnored(vec![
            "a.goals=nope".into(),
            "a.ghost=x".into()
        ])]
    );
    assert_eq!(state.session.screen, Screen::Start);
}

#[test]
fn address_options_set_language_and_large_type() {
    let state = launch("?lang=de&large=1", "", Ok(None));
    assert_eq!(state.prefs.lang, Lang::De);
    assert!(state.prefs.large_type);
    let state = launch("?lang=de", "#lang=en", Ok(None));
    assert_eq!(state.prefs.lang, Lang::En, "the fragment wins");
}

#[test]
fn link_parameters_leave_the_address_without_touching_the_rest() {
    use params::without_keys;
    assert_eq!(without_keys("#r=ABC", &["r"]), "");
    assert_eq!(
        without_keys("?utm=x&r=ABC&lang=en", &["r"]),
        "?utm=x&lang=en"
    );
    assert_eq!(
        without_keys("#/route?x=1&color=red&filter=r", &["r"]),
        "#/route?x=1&color=red&filter=r",
        "only the key r, not every r= inside a text"
    );
    assert_eq!(
        without_keys("#c=A.B&n=Mia.Carl&lang=de", &["c", "n"]),
        "#lang=de"
    );
    assert_eq!(without_keys("", &["r"]), "");
    assert_eq!(
        without_keys("#%72=ABC", &["r"]),
        "",
        "a percent-encoded key too"
    );
}

#[test]
fn on_a_hosts_page_only_the_element_sets_the_branding() {
    let config = "brand=Agentur&cta-text=Workshop%20buchen&cta-url=https%3A%2F%2Fagentur.example%2F&lang=en&";
    let crafted = "?cta-text=Hier&cta-url=https://evil.example&contact=x@evil.example";
    let inline = params::parse_page(
        config,
        &format!("{crafted}&lang=fr&large=yes"),
        "#brand=Evil",
        false,
    );
    assert_eq!(inline.branding.name.as_deref(), Some("Agentur"));
    let cta = inline.branding.cta.expect("the host's call to action");
    assert_eq!(cta.url, "https://agentur.example/");
    assert_eq!(inline.branding.contact, None);
    assert!(inline.warnings.is_empty(), "{:?}", inline.warnings);
    assert_eq!(inline.lang, Some(Lang::En));
    assert!(
        inline.ignored.is_empty(),
        "the host's own lang is not ours: {:?}",
        inline.ignored
    );

    // Doubled marks read as the first key everywhere, so they cannot slip one past the filter.
    for fragment in [
        "##cta-url=https://evil.example",
        "#?cta-url=https://evil.example",
    ] {
        let inline = params::parse_page(config, "??contact=x@evil.example", fragment, false);
        let cta = inline.branding.cta.expect("the host's call to action");
        assert_eq!(cta.url, "https://agentur.example/", "{fragment}");
        assert_eq!(inline.branding.contact, None);
    }
    assert_eq!(
        params::without_keys("##c=AZSOZH__4PUZ&n=Anna", &["c", "n"]),
        ""
    );
    assert_eq!(params::without_keys("#?r=AZSOZH__4PUZ&x=1", &["r"]), "#x=1");

    // The app's own page (and the snippet's iframe) takes its options from the address.
    let own = params::parse_page("", "?brand=Agentur", "", true);
    assert_eq!(own.branding.name.as_deref(), Some("Agentur"));
    // Unless the deployment set branding on its element: then that is locked.
    let locked = params::parse_page(config, &format!("{crafted}&lang=de"), "#brand=Evil", true);
    assert_eq!(locked.branding.name.as_deref(), Some("Agentur"));
    assert_eq!(
        locked.branding.cta.expect("its own").url,
        "https://agentur.example/"
    );
    assert_eq!(locked.branding.contact, None);
    assert_eq!(
        locked.lang,
        Some(Lang::De),
        "the address still chooses the language"
    );
}

#[test]
fn a_flood_of_unknown_prefills_is_summed_up() {
    let query = format!("?a.goals={}", vec!["nope"; 10_000].join(","));
    let launch = params::parse(&query, "");
    assert_eq!(launch.ignored.len(), params::MAX_IGNORED_SHOWN + 1);
    assert_eq!(launch.ignored.last().map(String::as_str), Some("… (+9995)"));
}

#[test]
fn the_host_origin_is_written_as_the_browser_writes_it() {
    use params::valid_origin;
    for (given, origin) in [
        ("https://Agentur.Example", "https://agentur.example"),
        ("https://agentur.example:443", "https://agentur.example"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ] {
        assert_eq!(valid_origin(given).as_deref(), Some(origin), "{given}");
    }
    for bad in [
        "https://:::",
        "https://",
        "https://a.example:",
        "https://a.example:99999999",
        "https://a.example/path",
        "https://user@a.example",
        "javascript:alert(1)",
        "https://[zz]",
    ] {
        assert_eq!(valid_origin(bad), None, "{bad}");
    }
}

#[test]
fn a_bad_language_or_type_size_option_is_a_console_warning_not_a_notice() {
    let launch = params::parse("?lang=fr&large=yes", "");
    assert_eq!(launch.lang, None);
    assert_eq!(launch.large_type, None);
    assert!(launch.ignored.is_empty(), "{:?}", launch.ignored);
    assert_eq!(launch.warnings.len(), 2, "{:?}", launch.warnings);
    assert!(launch.warnings[0].contains("lang=fr"));
    let state = initial_state(launch, Ok(None), &langs(&["en-GB"]));
    assert!(state.notices.is_empty(), "{:?}", state.notices);
    assert_eq!(state.prefs.lang, Lang::En, "the browser's language stands");

    // A hostile link's flood of bad values: a few lines, then how many more.
    let flood = "lang=xx&large=x&color=x&host=x&".repeat(25_000);
    let launch = params::parse("", &format!("#{flood}lang=en"));
    assert_eq!(launch.lang, Some(Lang::En));
    assert_eq!(launch.warnings.len(), params::MAX_IGNORED_SHOWN + 1);
    assert_eq!(
        launch.warnings.last().unwrap(),
        "readiness-check: ignored 99995 more bad values"
    );
}

#[test]
fn on_a_hosts_page_the_query_is_the_hosts_and_only_the_fragment_is_ours() {
    use readiness_check::assessment::examples;
    use readiness_check::share::link;
    let code = link::encode(&examples::plumber());
    let host_query = format!("?r={code}&a.goals=service&page=2");
    let inline = params::parse_page("", &host_query, "", false);
    assert_eq!(inline.result, None, "the host's own r is not a result link");
    assert!(inline.prefill.is_empty());
    let inline = params::parse_page("", &host_query, &format!("#r={code}"), false);
    assert_eq!(
        inline
            .result
            .expect("the fragment's link")
            .map(|d| d.answers),
        Ok(examples::plumber())
    );
    let own = params::parse_page("", &host_query, "", true);
    assert!(own.result.is_some(), "the app's own page reads its query");
    // A single-page app's route in the fragment is the host's too, whatever keys it holds.
    for route in [
        "#/products?id=7&c=blue",
        "#/search?q=shoes&r=20",
        "#!/a&a.goals=x",
        "#top",
    ] {
        let launch = params::parse_page("", "", route, false);
        assert_eq!(
            (launch.result, launch.workshop, launch.ignored.len()),
            (None, None, 0),
            "{route}"
        );
        assert!(!params::fragment_is_ours(route), "{route}");
    }
    for ours in [
        format!("#r={code}"),
        "#c=A.B&n=X".into(),
        "#a.goals=service".into(),
    ] {
        assert!(params::fragment_is_ours(&ours), "{ours}");
    }
    // Our keys in any order: the host's `lang` is dropped, the result still read.
    let lang_first = params::parse_page("", "", &format!("#lang=en&r={code}"), false);
    assert!(matches!(lang_first.result, Some(Ok(_))));
    assert_eq!(lang_first.lang, None);
}

#[test]
fn links_are_built_on_the_page_the_widget_is_on() {
    use params::link_base;
    // A CMS page found by its query: the query is the host's and stays whole.
    assert_eq!(
        link_base("https://agentur.example/?page_id=42&r=x#r=OLD", false),
        "https://agentur.example/?page_id=42&r=x"
    );
    // The sender's tracking tags never travel on.
    assert_eq!(
        link_base(
            "https://agentur.example/?utm_source=mail&page_id=42&fbclid=IwAR0x&_gl=1*abc&UTM_Medium=x",
            false
        ),
        "https://agentur.example/?page_id=42"
    );
    // The app's own page (or the snippet's iframe): only the branding stays; what only this
    // visit meant goes, and so does what a mailing tool added about the sender.
    assert_eq!(
        link_base(
            "https://agentur.example/check/?embed=1&host=https%3A%2F%2Fagentur.example&brand=Agentur&lang=en&a.goals=service&utm_source=x#r=OLD",
            true
        ),
        "https://agentur.example/check/?brand=Agentur"
    );
    assert_eq!(
        link_base(
            "https://agentur.example/check/?_kx=KLAVIYO.abc&email=max%40firma.de&color=%23aa0000&ml_subscriber=123&sessionid=s3cr3t&cta-url=https%3A%2F%2Fagentur.example&brand=A",
            true
        ),
        "https://agentur.example/check/?color=%23aa0000&cta-url=https%3A%2F%2Fagentur.example&brand=A"
    );
    assert_eq!(
        link_base(
            "file:///home/anna/readiness-check.html?large=1#c=A&n=B",
            true
        ),
        "file:///home/anna/readiness-check.html"
    );
    assert_eq!(
        link_base("https://x.example/sub/", true),
        "https://x.example/sub/"
    );
}

#[test]
fn a_framed_check_that_cannot_save_goes_on_in_its_own_tab_where_it_left_off() {
    let framed = "https://agentur.example/check/?brand=Agentur&embed=1&host=https%3A%2F%2Fagentur.example&large=0";
    let base = params::link_base(framed, true);
    let mut partial = examples::strong_answers();
    partial.clear("tone");
    let code = link::encode(&partial);
    let own_tab = params::own_tab_link(&base, Lang::En, true, Some(&code));
    assert_eq!(
        own_tab,
        format!("https://agentur.example/check/?brand=Agentur&lang=en&large=1#r={code}")
    );
    // Opened there: no host to report to, the same brand, language and type size, and the
    // answers so far, at the first question still open.
    let (page, fragment) = own_tab.split_once('#').unwrap();
    let query = &page[page.find('?').unwrap()..];
    let opened = params::parse_page("", query, &format!("#{fragment}"), true);
    assert!(!opened.reports_to_host && opened.embedded_in.is_none());
    assert_eq!(opened.branding.name.as_deref(), Some("Agentur"));
    let state = initial_state(opened, Ok(None), &langs(&["de"]));
    assert_eq!((state.prefs.lang, state.prefs.large_type), (Lang::En, true));
    assert_eq!(state.session.answers, partial);
    assert_eq!(state.session.screen, Screen::Question("tone"));
    // Before the first answer: the start, with no result code.
    assert_eq!(
        params::own_tab_link("https://x.example/", Lang::De, false, None),
        "https://x.example/?lang=de"
    );
}

#[test]
fn the_start_screen_says_when_the_page_around_hears_of_the_answers() {
    assert!(!params::parse_page("", "", "", true).reports_to_host);
    assert!(!params::parse_page("", "?embed=1", "", true).reports_to_host);
    let framed = "?embed=1&host=https%3A%2F%2Fagentur.example";
    assert!(params::parse_page("", framed, "", true).reports_to_host);
    // The iframe's address opened in a tab of its own: nobody around to hear.
    let top = params::parse_page("", framed, "", true).at_top_level();
    assert!(!top.reports_to_host && top.embedded_in.is_none());
    assert!(
        params::parse_page("", "", "", false).reports_to_host,
        "inline"
    );
    let (mut state, host) = launch::open(params::parse_page("", framed, "", true), Ok(None), &[]);
    assert!(host.reports_to_host);
    // Starting again keeps it: the page around is the same.
    state.session.answers = examples::kunde_2();
    state.session.screen = Screen::Result;
    let restarted = state.reduce(Action::Session(SessionAction::Restart));
    assert!(restarted.session.answers.is_empty());
    // The host's configuration is not in the state: no action can change it.
    assert!(host.reports_to_host);
}

#[test]
fn a_fragment_a_link_wrapper_encoded_whole_still_reads() {
    let code = link::encode(&examples::kunde_2());
    let wrapped = format!("#r%3D{code}");
    let launch = params::parse("", &params::unwrapped_fragment(&wrapped));
    assert_eq!(
        launch.result.map(|r| r.map(|d| d.answers)),
        Some(Ok(examples::kunde_2()))
    );
    let comparison = format!("#c%3D{code}%26n%3DLea");
    let launch = params::parse("", &params::unwrapped_fragment(&comparison));
    let (workshop, skipped) = launch.decode_workshop(Lang::De).unwrap().unwrap();
    assert_eq!(
        (workshop.participants[0].name.as_str(), skipped),
        ("Lea", 0)
    );
    // An encoded key reads as the key.
    let launch = params::parse("", &format!("#%63={code}&n=Lea"));
    assert!(launch.decode_workshop(Lang::De).unwrap().is_ok());
    // A fragment with a real `=` is as written: its encoded parts are values.
    assert_eq!(params::unwrapped_fragment("#brand=A%3DB"), "#brand=A%3DB");
    assert_eq!(params::unwrapped_fragment("#top"), "#top");
}

#[test]
fn a_hosts_page_cannot_be_told_to_report_to_a_framing_page() {
    let fragment = "#embed=1&host=https%3A%2F%2Fevil.example";
    let inline = params::parse_page("", "", fragment, false);
    assert_eq!(inline.embedded_in, None);
    let own = params::parse_page("", "", fragment, true);
    assert_eq!(own.embedded_in.as_deref(), Some("https://evil.example"));
}

#[test]
fn a_link_escaped_as_html_text_still_reads() {
    use readiness_check::assessment::examples;
    use readiness_check::share::link;
    let code = link::encode(&examples::plumber());
    let launch = params::parse("", &format!("#lang=en&amp;r={code}&amp;a.goals=service"));
    assert_eq!(launch.lang, Some(Lang::En));
    assert_eq!(
        launch.result.map(|r| r.map(|d| d.answers)),
        Some(Ok(examples::plumber()))
    );
    assert_eq!(
        params::without_keys("#lang=en&amp;r=ABC", &["r"]),
        "#lang=en"
    );
}

/// Kept progress is read at every start and whenever another tab saves: mutated and random
/// snapshots give a usable state (or a notice), never a panic, and a taken-in one too.
#[test]
fn mangled_snapshots_never_panic() {
    let mut rng = common::XorShift(0x5eed_cafe);
    let mut rich = State {
        prefs: Prefs {
            large_type: true,
            ..Prefs::default()
        },
        session: Session {
            answers: examples::plumber(),
            company: "Bäckerei & Söhne 100%".into(),
            participant: Some("Mia".into()),
            ..Session::default()
        },
        ..State::default()
    };
    rich.room.workshop.add("Carl", examples::datev()).unwrap();
    rich.session.set_own_answers_aside();
    let seed = snapshot::save(&rich);
    let alphabet: Vec<char> = "v=1&r%oc_w.-AZaz09ü\u{0}#".chars().collect();
    for _ in 0..20_000 {
        let mut text: Vec<char> = seed.chars().collect();
        for _ in 0..=rng.below(4) {
            let at = rng.below(text.len() + 1);
            match rng.below(3) {
                0 if at < text.len() => {
                    text.remove(at);
                }
                1 if at < text.len() => text[at] = alphabet[rng.below(alphabet.len())],
                _ => text.insert(at, alphabet[rng.below(alphabet.len())]),
            }
        }
        let text: String = text.into_iter().collect();
        // Whatever was read, the screen is one its answers can show.
        let state = launch("", "", Ok(Some(text.clone())));
        assert!(
            screen_fits(state.session.screen, &state.session.answers),
            "{text}"
        );
        if let Ok(stored) = snapshot::restore(&text) {
            let taken = rich
                .clone()
                .reduce(Action::SavedElsewhere(Box::new(stored)));
            assert!(
                screen_fits(taken.session.screen, &taken.session.answers),
                "{text}"
            );
        }
    }
}

/// Prospects on a consultancy's site are not offered the facilitators' workshop view, unless
/// the host asks for it; on the check's own page it is there unless the host turns it off.
#[test]
fn the_workshop_entry_is_the_hosts_to_offer() {
    use readiness_check::ui::host_config::HostConfig;
    let entry = |config: &str, query: &str, own_page: bool| {
        HostConfig::from_launch(&params::parse_page(config, query, "", own_page)).workshop_entry
    };
    assert!(entry("", "", true), "the check's own page");
    assert!(!entry("", "", false), "inline on a host's page");
    let framed = "?embed=1&host=https%3A%2F%2Fagentur.example";
    assert!(!entry("", framed, true), "in the snippet's iframe");
    assert!(entry("", &format!("{framed}&workshop=on"), true));
    assert!(
        entry("workshop=on&", "", false),
        "the host's element asks for it"
    );
    assert!(
        !entry("", "?workshop=off", true),
        "turned off on the own page"
    );
    // A visitor's crafted address cannot turn it on on a host's page.
    assert!(!entry("", "?workshop=on", false));
    let bad = params::parse_page("", "?workshop=maybe", "", true);
    assert_eq!(bad.warnings.len(), 1, "{:?}", bad.warnings);
}

/// Links made in the snippet's iframe point to the consultancy's page it sits on, never to a
/// page on another origin than the one the snippet named.
#[test]
fn links_made_in_the_frame_point_to_the_hosts_page() {
    use readiness_check::ui::host_config::HostConfig;
    let page =
        |query: &str| HostConfig::from_launch(&params::parse_page("", query, "", true)).link_page;
    let host = "embed=1&host=https%3A%2F%2Fagentur.example";
    assert_eq!(
        page(&format!(
            "?{host}&page=https%3A%2F%2Fagentur.example%2Fcheck%2F%3Fp%3D42%26utm_source%3Dnl"
        ))
        .as_deref(),
        Some("https://agentur.example/check/?p=42"),
        "the host's page, without the sender's tracking tags"
    );
    assert_eq!(
        page(&format!("?{host}&page=https%3A%2F%2Fevil.example%2F")),
        None
    );
    assert_eq!(
        page(&format!(
            "?{host}&page=https%3A%2F%2Fagentur.example%40evil.example%2F"
        )),
        None
    );
    assert_eq!(
        page("?page=https%3A%2F%2Fagentur.example%2F"),
        None,
        "not framed"
    );
    // Opened as the tab's own page: its own address.
    let top = params::parse_page(
        "",
        &format!("?{host}&page=https%3A%2F%2Fagentur.example%2F"),
        "",
        true,
    )
    .at_top_level();
    assert_eq!(HostConfig::from_launch(&top).link_page, None);
    assert_eq!(
        HostConfig::from_launch(&top).link_base(|| "https://check.example/".into()),
        "https://check.example/"
    );
}

#[test]
fn what_a_person_did_on_the_prerendered_start_screen_is_kept() {
    let typed = launch::EarlyStart {
        company: "Bäckerei Korn".into(),
        begun: true,
    };
    let state = launch::take_early(launch("", "", Ok(None)), &typed);
    assert_eq!(state.session.company, "Bäckerei Korn");
    assert!(matches!(state.session.screen, Screen::Question(_)));

    let only_typed = launch::EarlyStart {
        company: "Korn".into(),
        begun: false,
    };
    let state = launch::take_early(launch("", "", Ok(None)), &only_typed);
    assert_eq!(
        (state.session.company.as_str(), state.session.screen),
        ("Korn", Screen::Start)
    );

    // A result link opens the result: there was no start screen to press.
    let code = link::encode(&examples::strong_answers());
    let state = launch::take_early(launch("", &format!("r={code}"), Ok(None)), &typed);
    assert_eq!(state.session.screen, Screen::Result);
    assert_eq!(state.session.company, "");
    assert_eq!(
        launch::take_early(launch("", "", Ok(None)), &launch::EarlyStart::default()),
        launch("", "", Ok(None))
    );
}

#[test]
fn a_hosts_texts_file_is_a_path_here_or_an_https_address() {
    for ok in [
        "texts/du.json",
        "/check/du.json",
        "du.json?v=2",
        "https://agentur.example/check/du.json",
        "http://localhost:8080/du.json",
        "http://127.0.0.1/du.json",
    ] {
        assert_eq!(params::texts_url(ok).as_deref(), Ok(ok), "{ok}");
        assert_eq!(
            params::parse(&format!("texts={ok}"), "")
                .texts_url
                .as_deref(),
            Some(ok)
        );
    }
    for bad in [
        "",
        "javascript:alert(1)",
        "data:application/json,{}",
        "//evil.example/x.json",
        "http://agentur.example/du.json",
        "https://a@evil.example/x.json",
        "du .json",
        "du\\x.json",
    ] {
        assert!(params::texts_url(bad).is_err(), "{bad}");
        let launch = params::parse(&format!("texts={bad}"), "");
        assert_eq!(launch.texts_url, None, "{bad}");
    }
    assert!(params::parse("texts=javascript:x", "").warnings[0].contains("ignored texts"));
}
