//! The flow through the check, driven through the UI's reducer natively: every click a
//! person can make is an `Action`, and the screen it leads to is what they would see.

use readiness_check::assessment::{self, examples, Lang};
use readiness_check::ui::state::{
    Action, PrefsAction, Screen, Session, SessionAction, State, WorkshopAction, COMPANY_MAX_CHARS,
};

fn run(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(state, State::reduce)
}

/// Answers every visible question with its first option, by "clicking" through the screens.
fn walk_with_first_options(mut state: State) -> State {
    state = state.reduce(Action::Session(SessionAction::Begin));
    for _ in 0..100 {
        let Screen::Question(_) = state.session.screen else {
            break;
        };
        state = run(
            state,
            [
                Action::Session(SessionAction::ChooseNth(0)),
                Action::Session(SessionAction::Next),
            ],
        );
    }
    state
}

#[test]
fn begin_opens_the_first_question() {
    let state = State::default().reduce(Action::Session(SessionAction::Begin));
    assert_eq!(
        state.session.screen,
        Screen::Question(assessment::questions()[0].id)
    );
    assert_eq!(state.session.progress().0, 1);
}

#[test]
fn next_without_an_answer_stays_and_asks_for_one() {
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::Next),
        ],
    );
    assert_eq!(
        state.session.screen,
        Screen::Question(assessment::questions()[0].id)
    );
    assert_eq!(state.session.needs_answer, 1);
    let state = state.reduce(Action::Session(SessionAction::Next));
    assert_eq!(
        state.session.needs_answer, 2,
        "a second press is a new message"
    );
    let state = state.reduce(Action::Session(SessionAction::ChooseNth(0)));
    assert_eq!(state.session.needs_answer, 0);
}

#[test]
fn walking_every_question_ends_on_the_review_then_the_result() {
    let state = walk_with_first_options(State::default());
    assert_eq!(state.session.screen, Screen::Review);
    assert!(assessment::missing(&state.session.answers).is_empty());
    let state = state.reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(state.session.screen, Screen::Result);
}

/// "Frage 5 von 16": the count starts with every question a person may meet and only ever
/// shrinks as answers skip follow-ups; the position only ever moves on.
#[test]
fn progress_never_moves_the_finish_line_away() {
    let all = assessment::questions().len();
    for nth in 0..3 {
        let mut state = State::default().reduce(Action::Session(SessionAction::Begin));
        assert_eq!(state.session.progress(), (1, all));
        let mut last = state.session.progress();
        while let Screen::Question(id) = state.session.screen {
            let options = assessment::question(id).unwrap().options;
            let option = options[nth.min(options.len() - 1)].id;
            state = state
                .reduce(Action::Session(SessionAction::Choose {
                    question: id,
                    option,
                }))
                .reduce(Action::Session(SessionAction::Next));
            let now = state.session.progress();
            assert!(now.1 <= last.1, "the total grew: {last:?} -> {now:?}");
            assert!(
                now.0 > last.0 || state.session.screen == Screen::Review,
                "{last:?} -> {now:?}"
            );
            last = now;
        }
        assert_eq!(
            last.1,
            assessment::visible_questions(&state.session.answers).len()
        );
    }
}

#[test]
fn back_from_the_first_question_returns_to_start_and_keeps_answers() {
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ChooseNth(0)),
            Action::Session(SessionAction::Back),
        ],
    );
    assert_eq!(state.session.screen, Screen::Start);
    assert!(state
        .session
        .answers
        .is_answered(assessment::questions()[0].id));
    // Starting again resumes at the first unanswered question.
    let state = state.reduce(Action::Session(SessionAction::Begin));
    assert_eq!(
        state.session.screen,
        Screen::Question(assessment::missing(&state.session.answers)[0].id)
    );
}

#[test]
fn editing_from_the_review_returns_to_the_review() {
    let state = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    };
    let second = assessment::visible_questions(&state.session.answers)[1].id;
    let state = state.reduce(Action::Session(SessionAction::Edit(second)));
    assert_eq!(state.session.screen, Screen::Question(second));
    assert!(state.session.next_is_review());
    let state = state.reduce(Action::Session(SessionAction::Next));
    assert_eq!(state.session.screen, Screen::Review);
    // "Back" too: a question opened from the overview to look at it returns there, the focus
    // on its row; not to the question before it.
    let state = state
        .reduce(Action::Session(SessionAction::Edit(second)))
        .reduce(Action::Session(SessionAction::Back));
    assert_eq!(state.session.screen, Screen::Review);
    assert_eq!(state.session.edited_from_review, Some(second));
    assert!(!state.session.editing_from_review);
}

#[test]
fn changing_an_answer_in_the_review_changes_the_result() {
    let strong = State {
        session: Session {
            answers: examples::strong_answers(),
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    };
    let before = match assessment::evaluate(&strong.session.answers) {
        assessment::Evaluation::Complete(o) => o.verdict,
        other => panic!("strong answers are complete: {other:?}"),
    };
    assert_eq!(before, assessment::Verdict::DoIt);
    // Take the plumber's answers one question at a time through the review.
    let plumber = examples::plumber();
    let mut state = strong;
    for (question, options) in plumber.iter() {
        state = state.reduce(Action::Session(SessionAction::Edit(question.id)));
        for option in question.options {
            let wanted = options.contains(&option.id);
            if wanted != state.session.answers.is_selected(question.id, option.id) {
                state = state.reduce(Action::Session(SessionAction::Choose {
                    question: question.id,
                    option: option.id,
                }));
            }
        }
        state = state.reduce(Action::Session(SessionAction::Next));
    }
    let state = state.reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(state.session.screen, Screen::Result);
    match assessment::evaluate(&state.session.answers) {
        assessment::Evaluation::Complete(o) => assert_eq!(o.verdict, assessment::Verdict::LeaveIt),
        other => panic!("complete after editing: {other:?}"),
    }
}

#[test]
fn show_result_with_missing_answers_opens_the_first_missing_question() {
    let state = State {
        session: Session {
            screen: Screen::Review,
            ..Session::default()
        },
        ..State::default()
    }
    .reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(
        state.session.screen,
        Screen::Question(assessment::questions()[0].id)
    );
}

#[test]
fn language_switch_keeps_answers_and_screen() {
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ChooseNth(1)),
            Action::Prefs(PrefsAction::SetLang(Lang::En)),
        ],
    );
    assert_eq!(state.prefs.lang, Lang::En);
    assert_eq!(
        state.session.screen,
        Screen::Question(assessment::questions()[0].id)
    );
    assert!(state
        .session
        .answers
        .is_answered(assessment::questions()[0].id));
}

#[test]
fn restart_clears_answers_and_company_but_keeps_language() {
    let state = run(
        State::default(),
        [
            Action::Prefs(PrefsAction::SetLang(Lang::En)),
            Action::Session(SessionAction::SetCompany("ACME".into())),
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ChooseNth(0)),
            Action::Session(SessionAction::Restart),
        ],
    );
    assert_eq!(state.session.screen, Screen::Start);
    assert!(state.session.answers.is_empty());
    assert_eq!(state.session.company, "");
    assert_eq!(state.prefs.lang, Lang::En);
}

#[test]
fn company_name_is_one_short_line() {
    let state = State::default().reduce(Action::Session(SessionAction::SetCompany(format!(
        "A\nB\u{7}\u{202E}{}",
        "x".repeat(500)
    ))));
    assert!(
        state.session.company.starts_with("ABx"),
        "no control or direction override"
    );
    assert_eq!(state.session.company.chars().count(), COMPANY_MAX_CHARS);
}

#[test]
fn number_keys_beyond_the_options_do_nothing() {
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ChooseNth(8)),
        ],
    );
    let first = &assessment::questions()[0];
    if first.options.len() <= 8 {
        assert!(!state.session.answers.is_answered(first.id));
    }
}

#[test]
fn participants_answer_one_after_another_and_land_in_the_workshop() {
    let mut state = State::default().reduce(Action::Session(SessionAction::OpenWorkshop));
    assert_eq!(state.session.screen, Screen::Workshop);
    for name in ["Mia", ""] {
        state = state.reduce(Action::Workshop(WorkshopAction::BeginParticipant(
            name.into(),
        )));
        assert_eq!(
            state.session.screen,
            Screen::Question(assessment::questions()[0].id)
        );
        assert!(
            state.session.answers.is_empty(),
            "each person starts with no answers"
        );
        // Back from the first question returns to the workshop, where the turn goes on.
        let answered = state
            .clone()
            .reduce(Action::Session(SessionAction::ChooseNth(0)));
        let back = answered
            .clone()
            .reduce(Action::Session(SessionAction::Back));
        assert_eq!(back.session.screen, Screen::Workshop);
        assert_eq!(back.session.participant, answered.session.participant);
        assert_eq!(
            back.reduce(Action::Session(SessionAction::Begin))
                .session
                .answers,
            answered.session.answers
        );
        state = walk_with_first_options(state).reduce(Action::Session(SessionAction::ShowResult));
        assert_eq!(state.session.screen, Screen::Result);
        state = state.reduce(Action::Workshop(WorkshopAction::FinishParticipant));
        assert_eq!(state.session.screen, Screen::Workshop);
        assert!(state.session.answers.is_empty());
        assert_eq!(state.session.participant, None);
    }
    assert_eq!(
        state.room.workshop.names(),
        ["Mia", "Person 2"],
        "an empty name becomes the suggested one"
    );
    // Starting again keeps the facilitator's participants.
    assert_eq!(
        state
            .reduce(Action::Session(SessionAction::Restart))
            .room
            .workshop
            .len(),
        2
    );
}

#[test]
fn a_pasted_result_or_comparison_link_adds_participants() {
    use readiness_check::share::link;
    let code = link::encode(&examples::kunde_2());
    let state = State::default().reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
        name: "Jo".into(),
        link: format!("https://x.example/check/#r={code}"),
    }));
    assert_eq!(state.room.workshop.len(), 1);
    assert_eq!(state.room.error, None);
    // A host page keeps its own query in result links; a `c` there is the host's.
    let from_host = State::default().reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
        name: "Bo".into(),
        link: format!("https://shop.example/?c=beratung#r={code}"),
    }));
    assert_eq!(from_host.room.error, None);
    assert_eq!(from_host.room.workshop.names(), ["Bo"]);
    // Wrapped by a mail tool (`#r%3D…`): read as the address reads it.
    let wrapped = State::default().reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
        name: "Wu".into(),
        link: format!("https://x.example/#r%3D{code}"),
    }));
    assert_eq!(wrapped.room.error, None);
    assert_eq!(wrapped.room.workshop.names(), ["Wu"]);
    let comparison = format!(
        "https://x.example/#{}",
        readiness_check::workshop::encode_link(&state.room.workshop)
    );
    let other = State::default()
        .reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
            name: "Al".into(),
            link: format!("#r={}", link::encode(&examples::plumber())),
        }))
        .reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
            name: String::new(),
            link: comparison.clone(),
        }));
    assert_eq!(other.room.workshop.names(), ["Al", "Jo"]);
    let wrapped = State::default().reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
        name: String::new(),
        link: comparison.replace('=', "%3D").replace('&', "%26"),
    }));
    assert_eq!(wrapped.room.workshop.names(), ["Jo"]);
    // The same comparison link again: nobody new, and it says so.
    let again = other
        .clone()
        .reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
            name: String::new(),
            link: comparison.clone(),
        }));
    assert_eq!(again.room.workshop.names(), ["Al", "Jo"]);
    let said = again.room.error.expect("a message").text(Lang::De);
    assert!(said.contains("schon im Vergleich"), "{said}");
    // A broken comparison link is called a comparison link.
    let cut = other
        .clone()
        .reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
            name: String::new(),
            link: format!("#c={}", "A".repeat(20_000)),
        }));
    let said = cut.room.error.expect("a message").text(Lang::En);
    assert!(said.contains("comparison link"), "{said}");
    let bad = other.reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
        name: "Zed".into(),
        link: "#r=nonsense".into(),
    }));
    assert!(bad.room.error.is_some());
    assert_eq!(bad.room.workshop.len(), 2);
}

#[test]
fn the_workshop_survives_a_reload() {
    let state = State::default()
        .reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
            name: "Ärger & <Co>".into(),
            link: format!(
                "#r={}",
                readiness_check::share::link::encode(&examples::datev())
            ),
        }))
        .reduce(Action::Session(SessionAction::OpenWorkshop));
    let back = readiness_check::ui::snapshot::restore(&readiness_check::ui::snapshot::save(&state))
        .unwrap();
    assert_eq!(back.room.workshop, state.room.workshop);
    assert_eq!(back.session.screen, Screen::Workshop);
}

#[test]
fn a_pasted_link_that_cannot_be_read_says_what_is_wrong_with_it() {
    use readiness_check::share::link::{self, LinkError};
    use readiness_check::workshop::AddError;
    let code = link::encode(&examples::kunde_2());
    let added = |pasted: &str| {
        State::default()
            .reduce(Action::Workshop(WorkshopAction::AddParticipantLink {
                name: "Jo".into(),
                link: pasted.into(),
            }))
            .room
            .error
            .expect("refused")
    };
    let cut = added(&format!("https://x.example/#r={}", &code[..code.len() - 3]));
    let changed = added(&format!("#r=B{}", &code[1..]));
    let no_code = added("Hallo, hier mein Ergebnis!");
    assert!(
        matches!(cut, AddError::Link(LinkError::Truncated)),
        "{cut:?}"
    );
    for lang in [Lang::De, Lang::En] {
        let texts = [&cut, &changed, &no_code].map(|e| e.text(lang));
        assert!(texts.iter().all(|t| t.len() > 20), "{texts:?}");
        assert_ne!(texts[0], texts[1], "cut off and changed differ");
        assert_ne!(texts[0], texts[2]);
    }
    assert!(cut.text(Lang::De).contains("abgeschnitten"));
}

/// A tap (or a number key) on a single-choice answer moves on by itself after a beat; arrow
/// keys only move the choice; a multiple choice waits for "next".
#[test]
fn a_picked_single_choice_answer_moves_on_after_the_beat() {
    let first = &assessment::questions()[0];
    assert!(!first.multi);
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::Pick {
                question: first.id,
                option: first.options[0].id,
            }),
        ],
    );
    assert_eq!(state.session.screen, Screen::Question(first.id), "not yet");
    assert_eq!(state.session.advancing, Some(first.id));
    let moved = state.reduce(Action::Session(SessionAction::AdvanceAfterPick(first.id)));
    assert_ne!(moved.session.screen, Screen::Question(first.id));
    assert_eq!(moved.session.advancing, None);

    // A number key picks as a tap does.
    let keyed = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ChooseNth(0)),
            Action::Session(SessionAction::AdvanceAfterPick(first.id)),
        ],
    );
    assert_eq!(keyed.session.screen, moved.session.screen);

    // An arrow key's change is a choice, not a pick: it stays.
    let arrowed = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::Choose {
                question: first.id,
                option: first.options[1].id,
            }),
            Action::Session(SessionAction::AdvanceAfterPick(first.id)),
        ],
    );
    assert_eq!(arrowed.session.screen, Screen::Question(first.id));
}

#[test]
fn anything_done_during_the_beat_cancels_the_move() {
    let first = &assessment::questions()[0];
    let picked = run(
        State::default(),
        [
            Action::Session(SessionAction::Begin),
            Action::Session(SessionAction::ChooseNth(0)),
        ],
    );
    // "Back" during the beat: the timer's late move must not carry the person off.
    let back = run(
        picked.clone(),
        [
            Action::Session(SessionAction::Back),
            Action::Session(SessionAction::AdvanceAfterPick(first.id)),
        ],
    );
    assert_eq!(back.session.screen, Screen::Start);
    // "Next" at once: one step, not two.
    let next = run(
        picked,
        [
            Action::Session(SessionAction::Next),
            Action::Session(SessionAction::AdvanceAfterPick(first.id)),
        ],
    );
    let second = assessment::visible_questions(&next.session.answers)[1].id;
    assert_eq!(next.session.screen, Screen::Question(second));
}

#[test]
fn a_multiple_choice_answer_waits_for_next() {
    let multi = assessment::questions()
        .iter()
        .find(|q| q.multi)
        .expect("a multiple-choice question");
    let mut state = State::default();
    state.session.screen = Screen::Question(multi.id);
    let state = state.reduce(Action::Session(SessionAction::Pick {
        question: multi.id,
        option: multi.options[1].id,
    }));
    assert_eq!(state.session.advancing, None);
    assert!(state
        .session
        .answers
        .is_selected(multi.id, multi.options[1].id));
}

/// The company a result names, and the one its link carries: the person's own only when they
/// chose to send it; a shown link's sender's as sent.
#[test]
fn a_results_company_goes_into_its_link_only_when_chosen() {
    use readiness_check::ui::state::Session;
    let own = Session {
        company: "Bäckerei Korn".into(),
        ..Session::default()
    };
    assert_eq!(own.result_company(false), (Some("Bäckerei Korn"), None));
    assert_eq!(
        own.result_company(true),
        (Some("Bäckerei Korn"), Some("Bäckerei Korn"))
    );
    assert_eq!(Session::default().result_company(true), (None, None));
    let shown = Session {
        from_link: true,
        link_company: Some("Datev".into()),
        company: String::new(),
        ..Session::default()
    };
    assert_eq!(shown.result_company(false), (Some("Datev"), Some("Datev")));
}
