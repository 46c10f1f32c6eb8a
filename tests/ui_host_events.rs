//! The events a host page receives, derived from the flow.

use readiness_check::assessment::{self, examples, Verdict};
use readiness_check::share::link;
use readiness_check::ui::host_events::{between, HostEvent, HostReporter};
use readiness_check::ui::state::{
    Action, PrefsAction, Screen, Session, SessionAction, State, WorkshopAction,
};

/// Every event a person produces by answering each question with its first answer.
fn walk(mut state: State) -> Vec<HostEvent> {
    let mut events = Vec::new();
    let mut step = |state: State, action: Action| {
        let next = state.clone().reduce(action);
        events.extend(between(&state, &next));
        next
    };
    state = step(state, Action::Session(SessionAction::Begin));
    while let Screen::Question(_) = state.session.screen {
        state = step(state, Action::Session(SessionAction::ChooseNth(0)));
        state = step(state, Action::Session(SessionAction::Next));
    }
    step(state, Action::Session(SessionAction::ShowResult));
    events
}

#[test]
fn a_whole_walk_reports_start_each_answer_and_completion() {
    let events = walk(State::default());
    assert_eq!(events.first(), Some(&HostEvent::Started));
    let answered: Vec<(usize, usize)> = events
        .iter()
        .filter_map(|e| match e {
            HostEvent::Answered { step, total, .. } => Some((*step, *total)),
            _ => None,
        })
        .collect();
    let total = answered.last().unwrap().1;
    assert_eq!(
        answered.iter().map(|a| a.0).collect::<Vec<_>>(),
        (1..=total).collect::<Vec<_>>()
    );
    match events.last() {
        Some(HostEvent::Completed { verdict, code }) => {
            assert_eq!(
                *verdict,
                Verdict::LeaveIt,
                "the first answers are the weakest"
            );
            assert!(link::decode(code).is_ok());
        }
        other => panic!("last event {other:?}"),
    }
    assert_eq!(events.iter().filter(|e| e.name() == "completed").count(), 1);
}

#[test]
fn going_back_or_changing_language_reports_nothing() {
    let state = State::default()
        .reduce(Action::Session(SessionAction::Begin))
        .reduce(Action::Session(SessionAction::ChooseNth(0)))
        .reduce(Action::Session(SessionAction::Next));
    assert!(between(
        &state,
        &state.clone().reduce(Action::Session(SessionAction::Back))
    )
    .is_empty());
    assert!(between(
        &state,
        &state
            .clone()
            .reduce(Action::Prefs(PrefsAction::SetLang(assessment::Lang::En)))
    )
    .is_empty());
    assert!(
        between(
            &state,
            &state.clone().reduce(Action::Session(SessionAction::Next))
        )
        .is_empty(),
        "no answer yet"
    );
}

#[test]
fn an_opened_result_link_completes_with_its_verdict() {
    let start = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    };
    let shown = start
        .clone()
        .reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(
        between(&start, &shown),
        vec![HostEvent::Completed {
            verdict: Verdict::DoIt,
            code: link::encode(&examples::strong_answers())
        }]
    );
}

#[test]
fn a_result_is_completed_once_however_often_it_is_looked_at() {
    let mut reporter = HostReporter::default();
    let review = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    };
    let mut completions = 0;
    let mut state = review;
    for action in [
        Action::Session(SessionAction::ShowResult),
        Action::Session(SessionAction::Back),
        Action::Session(SessionAction::ShowResult),
        Action::Session(SessionAction::Back),
        Action::Session(SessionAction::Edit("tone")),
        Action::Session(SessionAction::ChooseNth(0)),
        Action::Session(SessionAction::Next),
        Action::Session(SessionAction::ShowResult),
    ] {
        let next = state.clone().reduce(action);
        completions += reporter
            .report(&state, &next)
            .iter()
            .filter(|e| matches!(e, HostEvent::Completed { .. }))
            .count();
        state = next;
    }
    assert_eq!(
        completions, 2,
        "the first result, and the one after a change"
    );
    // Looking at a question, or walking back to the start, and on without a change is no new
    // completion.
    for walk in [
        [
            Action::Session(SessionAction::Edit("tone")),
            Action::Session(SessionAction::Next),
            Action::Session(SessionAction::ShowResult),
        ],
        [
            Action::Session(SessionAction::ShowStart),
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ShowResult),
        ],
    ] {
        for action in walk {
            let next = state.clone().reduce(action);
            let completed = reporter
                .report(&state, &next)
                .into_iter()
                .any(|e| matches!(e, HostEvent::Completed { .. }));
            assert!(!completed, "{:?}", next.session.screen);
            state = next;
        }
        assert_eq!(state.session.screen, Screen::Result);
    }
    // The next visitor who answers alike completes too.
    let again = run_reporter(
        &mut reporter,
        state,
        [Action::Session(SessionAction::Restart)],
    );
    let again = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..again.session.clone()
        },
        ..again
    };
    let shown = again
        .clone()
        .reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(reporter.report(&again, &shown).len(), 1);
}

#[test]
fn someone_elses_result_looked_at_again_is_no_completion() {
    let review = State {
        session: Session {
            answers: examples::plumber(),
            screen: Screen::Review,
            from_link: true,
            ..Session::default()
        },
        ..State::default()
    };
    let shown = review
        .clone()
        .reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(shown.session.screen, Screen::Result);
    assert!(between(&review, &shown).is_empty());
}

fn run_reporter(
    reporter: &mut HostReporter,
    mut state: State,
    actions: impl IntoIterator<Item = Action>,
) -> State {
    for action in actions {
        let next = state.clone().reduce(action);
        reporter.report(&state, &next);
        state = next;
    }
    state
}

/// The facilitator's own result, then a participant's turn on the same laptop: the turn is
/// started and completed like any visitor's, and the owner's unchanged result, looked at again
/// afterwards, is not completed a second time.
#[test]
fn a_participants_turn_starts_and_completes_once_and_the_owners_result_stays_told() {
    let mut reporter = HostReporter::default();
    let mut told = Vec::new();
    let mut state = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    };
    let mut act = |state: State, action: Action, told: &mut Vec<&'static str>| {
        let next = state.clone().reduce(action);
        told.extend(reporter.report(&state, &next).iter().map(HostEvent::name));
        next
    };
    state = act(state, Action::Session(SessionAction::ShowResult), &mut told);
    state = act(
        state,
        Action::Session(SessionAction::OpenWorkshop),
        &mut told,
    );
    state = act(
        state,
        Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
        &mut told,
    );
    assert_eq!(told, ["completed", "started"]);
    while let Screen::Question(_) = state.session.screen {
        state = act(
            state,
            Action::Session(SessionAction::ChooseNth(0)),
            &mut told,
        );
        state = act(state, Action::Session(SessionAction::Next), &mut told);
    }
    state = act(state, Action::Session(SessionAction::ShowResult), &mut told);
    assert_eq!(told.iter().filter(|e| **e == "completed").count(), 2);
    state = act(
        state,
        Action::Workshop(WorkshopAction::FinishParticipant),
        &mut told,
    );
    state = act(state, Action::Session(SessionAction::ShowStart), &mut told);
    state = act(state, Action::Session(SessionAction::ShowResult), &mut told);
    assert_eq!(state.session.screen, Screen::Result);
    assert_eq!(
        told.iter().filter(|e| **e == "completed").count(),
        2,
        "the owner's result was told before the turn"
    );
}

/// What a host page's listener reads: the events' details and the iframe's messages as JSON.
#[test]
fn the_host_page_reads_plain_json() {
    use readiness_check::assessment::Verdict;
    use readiness_check::ui::host_events::{detail_json, message_json, HostEvent};
    assert_eq!(detail_json(&HostEvent::Started, "https://x.example/"), "{}");
    assert_eq!(
        detail_json(
            &HostEvent::Answered {
                question: "goals",
                step: 2,
                total: 16
            },
            ""
        ),
        r#"{"question":"goals","step":2,"total":16}"#
    );
    let completed = detail_json(
        &HostEvent::Completed {
            verdict: Verdict::DoIt,
            code: "AZSO".into(),
        },
        "https://agentur.example/check/?brand=A\"b",
    );
    assert_eq!(
        completed,
        r#"{"verdict":"do-it","link":"https://agentur.example/check/?brand=A\"b#r=AZSO"}"#
    );
    assert_eq!(
        message_json("height", "640"),
        r#"{"source":"readiness-check","type":"height","detail":640}"#
    );
    assert_eq!(
        message_json("completed", &completed),
        format!(r#"{{"source":"readiness-check","type":"completed","detail":{completed}}}"#)
    );
}
