//! The flow through the check, driven through the UI's reducer natively: every click a
//! person can make is an `Action`, and the screen it leads to is what they would see.

use readiness_check::assessment::{self, examples, Lang};
use readiness_check::ui::state::{Action, Screen, State, COMPANY_MAX_CHARS};

fn run(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(state, State::reduce)
}

/// Answers every visible question with its first option, by "clicking" through the screens.
fn walk_with_first_options(mut state: State) -> State {
    state = state.reduce(Action::Begin);
    for _ in 0..100 {
        let Screen::Question(_) = state.screen else {
            break;
        };
        state = run(state, [Action::ChooseNth(0), Action::Next]);
    }
    state
}

#[test]
fn begin_opens_the_first_question() {
    let state = State::default().reduce(Action::Begin);
    assert_eq!(
        state.screen,
        Screen::Question(assessment::questions()[0].id)
    );
    assert_eq!(state.progress().0, 1);
}

#[test]
fn next_without_an_answer_stays_and_asks_for_one() {
    let state = run(State::default(), [Action::Begin, Action::Next]);
    assert_eq!(
        state.screen,
        Screen::Question(assessment::questions()[0].id)
    );
    assert_eq!(state.needs_answer, 1);
    let state = state.reduce(Action::Next);
    assert_eq!(state.needs_answer, 2, "a second press is a new message");
    let state = state.reduce(Action::ChooseNth(0));
    assert_eq!(state.needs_answer, 0);
}

#[test]
fn walking_every_question_ends_on_the_review_then_the_result() {
    let state = walk_with_first_options(State::default());
    assert_eq!(state.screen, Screen::Review);
    assert!(assessment::missing(&state.answers).is_empty());
    let state = state.reduce(Action::ShowResult);
    assert_eq!(state.screen, Screen::Result);
}

/// "Frage 5 von 16": the count starts with every question a person may meet and only ever
/// shrinks as answers skip follow-ups; the position only ever moves on.
#[test]
fn progress_never_moves_the_finish_line_away() {
    let all = assessment::questions().len();
    for nth in 0..3 {
        let mut state = State::default().reduce(Action::Begin);
        assert_eq!(state.progress(), (1, all));
        let mut last = state.progress();
        while let Screen::Question(id) = state.screen {
            let options = assessment::question(id).unwrap().options;
            let option = options[nth.min(options.len() - 1)].id;
            state = state
                .reduce(Action::Choose {
                    question: id,
                    option,
                })
                .reduce(Action::Next);
            let now = state.progress();
            assert!(now.1 <= last.1, "the total grew: {last:?} -> {now:?}");
            assert!(
                now.0 > last.0 || state.screen == Screen::Review,
                "{last:?} -> {now:?}"
            );
            last = now;
        }
        assert_eq!(last.1, assessment::visible_questions(&state.answers).len());
    }
}

#[test]
fn back_from_the_first_question_returns_to_start_and_keeps_answers() {
    let state = run(
        State::default(),
        [Action::Begin, Action::ChooseNth(0), Action::Back],
    );
    assert_eq!(state.screen, Screen::Start);
    assert!(state.answers.is_answered(assessment::questions()[0].id));
    // Starting again resumes at the first unanswered question.
    let state = state.reduce(Action::Begin);
    assert_eq!(
        state.screen,
        Screen::Question(assessment::missing(&state.answers)[0].id)
    );
}

#[test]
fn editing_from_the_review_returns_to_the_review() {
    let state = State {
        answers: examples::strong_answers(),
        screen: Screen::Review,
        ..State::default()
    };
    let second = assessment::visible_questions(&state.answers)[1].id;
    let state = state.reduce(Action::Edit(second));
    assert_eq!(state.screen, Screen::Question(second));
    assert!(state.next_is_review());
    let state = state.reduce(Action::Next);
    assert_eq!(state.screen, Screen::Review);
    // "Back" too: a question opened from the overview to look at it returns there, the focus
    // on its row; not to the question before it.
    let state = state.reduce(Action::Edit(second)).reduce(Action::Back);
    assert_eq!(state.screen, Screen::Review);
    assert_eq!(state.edited_from_review, Some(second));
    assert!(!state.editing_from_review);
}

#[test]
fn changing_an_answer_in_the_review_changes_the_result() {
    let strong = State {
        answers: examples::strong_answers(),
        screen: Screen::Review,
        ..State::default()
    };
    let before = match assessment::evaluate(&strong.answers) {
        assessment::Evaluation::Complete(o) => o.verdict,
        other => panic!("strong answers are complete: {other:?}"),
    };
    assert_eq!(before, assessment::Verdict::DoIt);
    // Take the plumber's answers one question at a time through the review.
    let plumber = examples::plumber();
    let mut state = strong;
    for (question, options) in plumber.iter() {
        state = state.reduce(Action::Edit(question.id));
        for option in question.options {
            let wanted = options.contains(&option.id);
            if wanted != state.answers.is_selected(question.id, option.id) {
                state = state.reduce(Action::Choose {
                    question: question.id,
                    option: option.id,
                });
            }
        }
        state = state.reduce(Action::Next);
    }
    let state = state.reduce(Action::ShowResult);
    assert_eq!(state.screen, Screen::Result);
    match assessment::evaluate(&state.answers) {
        assessment::Evaluation::Complete(o) => assert_eq!(o.verdict, assessment::Verdict::LeaveIt),
        other => panic!("complete after editing: {other:?}"),
    }
}

#[test]
fn show_result_with_missing_answers_opens_the_first_missing_question() {
    let state = State {
        screen: Screen::Review,
        ..State::default()
    }
    .reduce(Action::ShowResult);
    assert_eq!(
        state.screen,
        Screen::Question(assessment::questions()[0].id)
    );
}

#[test]
fn language_switch_keeps_answers_and_screen() {
    let state = run(
        State::default(),
        [
            Action::Begin,
            Action::ChooseNth(1),
            Action::SetLang(Lang::En),
        ],
    );
    assert_eq!(state.lang, Lang::En);
    assert_eq!(
        state.screen,
        Screen::Question(assessment::questions()[0].id)
    );
    assert!(state.answers.is_answered(assessment::questions()[0].id));
}

#[test]
fn restart_clears_answers_and_company_but_keeps_language() {
    let state = run(
        State::default(),
        [
            Action::SetLang(Lang::En),
            Action::SetCompany("ACME".into()),
            Action::Begin,
            Action::ChooseNth(0),
            Action::Restart,
        ],
    );
    assert_eq!(state.screen, Screen::Start);
    assert!(state.answers.is_empty());
    assert_eq!(state.company, "");
    assert_eq!(state.lang, Lang::En);
}

#[test]
fn company_name_is_one_short_line() {
    let state = State::default().reduce(Action::SetCompany(format!(
        "A\nB\u{7}\u{202E}{}",
        "x".repeat(500)
    )));
    assert!(
        state.company.starts_with("ABx"),
        "no control or direction override"
    );
    assert_eq!(state.company.chars().count(), COMPANY_MAX_CHARS);
}

#[test]
fn number_keys_beyond_the_options_do_nothing() {
    let state = run(State::default(), [Action::Begin, Action::ChooseNth(8)]);
    let first = &assessment::questions()[0];
    if first.options.len() <= 8 {
        assert!(!state.answers.is_answered(first.id));
    }
}

#[test]
fn participants_answer_one_after_another_and_land_in_the_workshop() {
    let mut state = State::default().reduce(Action::OpenWorkshop);
    assert_eq!(state.screen, Screen::Workshop);
    for name in ["Mia", ""] {
        state = state.reduce(Action::BeginParticipant(name.into()));
        assert_eq!(
            state.screen,
            Screen::Question(assessment::questions()[0].id)
        );
        assert!(
            state.answers.is_empty(),
            "each person starts with no answers"
        );
        // Back from the first question returns to the workshop, where the turn goes on.
        let answered = state.clone().reduce(Action::ChooseNth(0));
        let back = answered.clone().reduce(Action::Back);
        assert_eq!(back.screen, Screen::Workshop);
        assert_eq!(back.participant, answered.participant);
        assert_eq!(back.reduce(Action::Begin).answers, answered.answers);
        state = walk_with_first_options(state).reduce(Action::ShowResult);
        assert_eq!(state.screen, Screen::Result);
        state = state.reduce(Action::FinishParticipant);
        assert_eq!(state.screen, Screen::Workshop);
        assert!(state.answers.is_empty());
        assert_eq!(state.participant, None);
    }
    assert_eq!(
        state.workshop.names(),
        ["Mia", "Person 2"],
        "an empty name becomes the suggested one"
    );
    // Starting again keeps the facilitator's participants.
    assert_eq!(state.reduce(Action::Restart).workshop.len(), 2);
}

#[test]
fn a_pasted_result_or_comparison_link_adds_participants() {
    use readiness_check::share::link;
    let code = link::encode(&examples::kunde_2());
    let state = State::default().reduce(Action::AddParticipantLink {
        name: "Jo".into(),
        link: format!("https://x.example/check/#r={code}"),
    });
    assert_eq!(state.workshop.len(), 1);
    assert_eq!(state.workshop_error, None);
    // A host page keeps its own query in result links; a `c` there is the host's.
    let from_host = State::default().reduce(Action::AddParticipantLink {
        name: "Bo".into(),
        link: format!("https://shop.example/?c=beratung#r={code}"),
    });
    assert_eq!(from_host.workshop_error, None);
    assert_eq!(from_host.workshop.names(), ["Bo"]);
    // Wrapped by a mail tool (`#r%3D…`): read as the address reads it.
    let wrapped = State::default().reduce(Action::AddParticipantLink {
        name: "Wu".into(),
        link: format!("https://x.example/#r%3D{code}"),
    });
    assert_eq!(wrapped.workshop_error, None);
    assert_eq!(wrapped.workshop.names(), ["Wu"]);
    let comparison = format!(
        "https://x.example/#{}",
        readiness_check::workshop::encode_link(&state.workshop)
    );
    let other = State::default()
        .reduce(Action::AddParticipantLink {
            name: "Al".into(),
            link: format!("#r={}", link::encode(&examples::plumber())),
        })
        .reduce(Action::AddParticipantLink {
            name: String::new(),
            link: comparison.clone(),
        });
    assert_eq!(other.workshop.names(), ["Al", "Jo"]);
    let wrapped = State::default().reduce(Action::AddParticipantLink {
        name: String::new(),
        link: comparison.replace('=', "%3D").replace('&', "%26"),
    });
    assert_eq!(wrapped.workshop.names(), ["Jo"]);
    // The same comparison link again: nobody new, and it says so.
    let again = other.clone().reduce(Action::AddParticipantLink {
        name: String::new(),
        link: comparison.clone(),
    });
    assert_eq!(again.workshop.names(), ["Al", "Jo"]);
    let said = again.workshop_error.expect("a message").text(Lang::De);
    assert!(said.contains("schon im Vergleich"), "{said}");
    // A broken comparison link is called a comparison link.
    let cut = other.clone().reduce(Action::AddParticipantLink {
        name: String::new(),
        link: format!("#c={}", "A".repeat(20_000)),
    });
    let said = cut.workshop_error.expect("a message").text(Lang::En);
    assert!(said.contains("comparison link"), "{said}");
    let bad = other.reduce(Action::AddParticipantLink {
        name: "Zed".into(),
        link: "#r=nonsense".into(),
    });
    assert!(bad.workshop_error.is_some());
    assert_eq!(bad.workshop.len(), 2);
}

#[test]
fn the_workshop_survives_a_reload() {
    let state = State::default()
        .reduce(Action::AddParticipantLink {
            name: "Ärger & <Co>".into(),
            link: format!(
                "#r={}",
                readiness_check::share::link::encode(&examples::datev())
            ),
        })
        .reduce(Action::OpenWorkshop);
    let back = readiness_check::ui::snapshot::restore(&readiness_check::ui::snapshot::save(&state))
        .unwrap();
    assert_eq!(back.workshop, state.workshop);
    assert_eq!(back.screen, Screen::Workshop);
}

#[test]
fn a_pasted_link_that_cannot_be_read_says_what_is_wrong_with_it() {
    use readiness_check::share::link::{self, LinkError};
    use readiness_check::workshop::AddError;
    let code = link::encode(&examples::kunde_2());
    let added = |pasted: &str| {
        State::default()
            .reduce(Action::AddParticipantLink {
                name: "Jo".into(),
                link: pasted.into(),
            })
            .workshop_error
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
