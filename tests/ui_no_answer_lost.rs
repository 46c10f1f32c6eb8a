//! No answer a person gave is lost: not by a participant answering on the facilitator's
//! laptop, not by opening someone's result link, not by the way back from the workshop, and
//! not by a reload in between (the snapshot in storage).

use readiness_check::assessment::{examples, Answers, Lang};
use readiness_check::share::{link, params};
use readiness_check::ui::launch::initial_state;
use readiness_check::ui::snapshot;
use readiness_check::ui::state::{
    Action, Notice, NoticeAction, PrefsAction, Screen, Session, SessionAction, State,
    WorkshopAction,
};
use readiness_check::workshop::{AddError, MAX_PARTICIPANTS};

fn run(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(state, State::reduce)
}

/// What a reload gives: the state saved to storage, read back.
fn reload(state: &State, query: &str, fragment: &str) -> State {
    initial_state(
        params::parse(query, fragment),
        Ok(Some(snapshot::save(state))),
        &[],
    )
}

/// Someone half-way through the check, with a company name.
fn half_done() -> State {
    let mut answers = Answers::new();
    answers.set("presence", &["not-yet"]).unwrap();
    answers.set("attitude", &["want-to-check"]).unwrap();
    answers.set("goals", &["service"]).unwrap();
    State {
        session: Session {
            answers,
            company: "Bäckerei Korn".into(),
            screen: Screen::Question("audience"),
            ..Session::default()
        },
        ..State::default()
    }
}

/// The facilitator lets Mia answer on their laptop; she has given her first answer.
fn mia_answering(state: State) -> State {
    run(
        state,
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
            Action::Session(SessionAction::ChooseNth(0)),
        ],
    )
}

fn full_answers(state: State) -> State {
    State {
        session: Session {
            answers: examples::strong_answers(),
            ..state.session.clone()
        },
        ..state
    }
    .reduce(Action::Session(SessionAction::ShowResult))
}

#[test]
fn the_way_back_from_the_workshop_keeps_the_answers() {
    let state = run(
        half_done(),
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Session(SessionAction::ShowStart),
        ],
    );
    assert_eq!(state.session.screen, Screen::Start);
    assert_eq!(state.session.answers, half_done().session.answers);
    assert_eq!(state.session.company, "Bäckerei Korn");
    assert_eq!(
        state
            .reduce(Action::Session(SessionAction::Begin))
            .session
            .screen,
        Screen::Question("audience"),
        "goes on where the person was"
    );
}

#[test]
fn a_participant_answering_here_sets_the_owners_answers_aside() {
    let state = run(
        half_done(),
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
        ],
    );
    assert!(state.session.answers.is_empty());
    assert!(state.session.company.is_empty());

    // A reload in the middle keeps both the participant's and the owner's answers.
    let state = full_answers(state);
    let state = reload(&state, "", "");
    assert_eq!(state.session.participant.as_deref(), Some("Mia"));
    assert_eq!(state.session.answers, examples::strong_answers());
    assert_eq!(state.session.screen, Screen::Result);

    let state = state.reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(state.session.screen, Screen::Workshop);
    assert_eq!(state.room.workshop.participants[0].name, "Mia");
    assert_eq!(
        state.session.answers,
        half_done().session.answers,
        "the owner's are back"
    );
    assert_eq!(state.session.company, "Bäckerei Korn");
    assert!(state.session.set_aside.is_empty());
}

#[test]
fn a_participants_turn_can_be_discarded_and_the_owners_answers_come_back() {
    let answering = mia_answering(half_done());
    assert!(!answering.session.answers.is_empty());
    let discarded = answering.reduce(Action::Workshop(WorkshopAction::DiscardParticipant));
    assert_eq!(discarded.session.participant, None);
    assert_eq!(discarded.session.answers, half_done().session.answers);
    assert_eq!(discarded.session.company, "Bäckerei Korn");
    assert!(
        discarded.room.workshop.is_empty(),
        "Mia did not finish: she is not compared"
    );
    assert_eq!(discarded.session.screen, Screen::Workshop);
    assert_eq!(
        reload(&discarded, "", "").session.answers,
        half_done().session.answers
    );
    // Without a participant there is nothing to discard: the own answers stay.
    let owner = half_done().reduce(Action::Workshop(WorkshopAction::DiscardParticipant));
    assert_eq!(owner.session.answers, half_done().session.answers);
    assert_eq!(owner.session.screen, half_done().session.screen);
}

#[test]
fn a_participant_starting_again_is_still_that_participant() {
    let state = mia_answering(half_done()).reduce(Action::Session(SessionAction::Restart));
    assert_eq!(state.session.participant.as_deref(), Some("Mia"));
    let state = full_answers(state).reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(state.session.answers, half_done().session.answers);
}

fn full_workshop(state: State) -> State {
    let mut state = state;
    for i in 0..MAX_PARTICIPANTS {
        state
            .room
            .workshop
            .add(&format!("P{i}"), examples::strong_answers())
            .unwrap();
    }
    state
}

#[test]
fn nobody_starts_answering_when_the_workshop_is_full() {
    let state = full_workshop(half_done()).reduce(Action::Workshop(
        WorkshopAction::BeginParticipant("Mia".into()),
    ));
    assert_eq!(state.room.error, Some(AddError::Full));
    assert_eq!(state.session.participant, None);
    assert_eq!(state.session.answers, half_done().session.answers);
}

#[test]
fn a_name_taken_meanwhile_gets_a_number_instead_of_losing_the_answers() {
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
        ],
    );
    let mut state = full_answers(state);
    state
        .room
        .workshop
        .add("mia", examples::plumber())
        .expect("added by link meanwhile");
    let state = state.reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(state.room.workshop.names(), ["mia", "Mia (2)"]);
    assert_eq!(state.room.error, None);
}

#[test]
fn a_refused_result_stays_on_screen_with_the_reason() {
    let state = run(
        State::default(),
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
        ],
    );
    let state = full_workshop(full_answers(state))
        .reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(state.room.error, Some(AddError::Full));
    assert_eq!(state.session.screen, Screen::Result);
    assert_eq!(state.session.participant.as_deref(), Some("Mia"));
    assert_eq!(state.session.answers, examples::strong_answers());
}

#[test]
fn a_result_link_never_replaces_the_own_progress_in_storage() {
    let own = half_done();
    let code = link::encode(&examples::plumber());
    let fragment = format!("#r={code}");
    let shown = reload(&own, "", &fragment);
    assert!(shown.session.from_link);
    assert_eq!(shown.session.answers, examples::plumber());
    assert_eq!(shown.session.screen, Screen::Result);

    // What is saved while the link shows: the own answers, and a workshop begun meanwhile.
    let mut shown = shown.reduce(Action::Session(SessionAction::OpenWorkshop));
    shown
        .room
        .workshop
        .add("Carl", examples::datev())
        .expect("a participant");
    let back = reload(&shown, "", "");
    assert!(!back.session.from_link);
    assert_eq!(back.session.answers, own.session.answers);
    assert_eq!(back.session.company, "Bäckerei Korn");
    assert_eq!(back.room.workshop.participants[0].name, "Carl");
}

#[test]
fn changing_a_linked_answer_keeps_the_own_answers_aside_until_the_person_goes_back() {
    let code = link::encode(&examples::plumber());
    let shown = reload(&half_done(), "", &format!("#r={code}"));
    assert!(
        shown.session.restart_returns_own_answers(),
        "going back is offered"
    );
    let changed = run(
        shown,
        [
            Action::Session(SessionAction::Edit("tone")),
            Action::Session(SessionAction::ChooseNth(0)),
        ],
    );
    assert!(!changed.session.from_link);
    assert_ne!(changed.session.answers, examples::plumber());
    // The changed set is what a reload shows, and the own answers still wait aside.
    let back = reload(&changed, "", "");
    assert_eq!(back.session.answers, changed.session.answers);
    assert!(back.session.restart_returns_own_answers());
    let own = back.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(own.session.answers, half_done().session.answers);
    assert_eq!(own.session.company, "Bäckerei Korn");
    assert!(own.session.set_aside.is_empty());
    assert!(!own.session.restart_returns_own_answers());

    // Someone with no answers of their own: nothing waits, "start again" starts again.
    let shown = reload(&State::default(), "", &format!("#r={code}"));
    let changed = run(
        shown,
        [
            Action::Session(SessionAction::Edit("tone")),
            Action::Session(SessionAction::ChooseNth(0)),
        ],
    );
    assert!(changed.session.set_aside.is_empty());
    assert!(!changed.session.restart_returns_own_answers());
}

#[test]
fn a_company_name_typed_under_a_link_is_kept_and_the_own_answers_wait_aside() {
    let code = link::encode(&examples::plumber());
    let shown = reload(&half_done(), "", &format!("#r={code}"));
    let named = run(
        shown,
        [
            Action::Session(SessionAction::ShowStart),
            Action::Session(SessionAction::SetCompany("Sanitär Nord".into())),
        ],
    );
    assert!(
        !named.session.from_link,
        "the named copy is the person's to keep"
    );
    let back = reload(&named, "", "");
    assert_eq!(back.session.company, "Sanitär Nord");
    assert_eq!(back.session.answers, examples::plumber());
    let own = back.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(own.session.answers, half_done().session.answers);
    assert_eq!(own.session.company, "Bäckerei Korn");

    // Typing the name the link already shows changes nothing.
    let shown = reload(&half_done(), "", &format!("#r={code}"));
    let same = shown
        .clone()
        .reduce(Action::Session(SessionAction::SetCompany(
            shown.session.company.clone(),
        )));
    assert!(same.session.from_link);
}

#[test]
fn picking_the_answer_a_link_already_has_leaves_it_the_links() {
    let code = link::encode(&examples::plumber());
    let shown = reload(&half_done(), "", &format!("#r={code}"));
    let tone = examples::plumber().selected("tone")[0];
    let option = readiness_check::assessment::question("tone")
        .unwrap()
        .options
        .iter()
        .position(|o| o.id == tone)
        .unwrap();
    let same = run(
        shown,
        [
            Action::Session(SessionAction::Edit("tone")),
            Action::Session(SessionAction::ChooseNth(option)),
        ],
    );
    assert!(
        same.session.from_link,
        "nothing changed, nothing became the person's"
    );
    assert_eq!(
        reload(&same, "", "").session.answers,
        half_done().session.answers
    );
}

#[test]
fn a_result_link_without_answers_leaves_the_own_progress_alone() {
    use readiness_check::share::link::LinkError;
    use readiness_check::ui::state::Notice;
    let empty = link::encode(&Answers::new());
    let opened = reload(&half_done(), "", &format!("#r={empty}"));
    assert!(!opened.session.from_link);
    assert_eq!(opened.session.answers, half_done().session.answers);
    assert_eq!(opened.session.screen, Screen::Question("audience"));
    assert_eq!(opened.notices, [Notice::BadLink(LinkError::Empty)]);
    // A partial link shows its answers; answering on keeps the own ones aside.
    let mut partial = Answers::new();
    partial.set("attitude", &["must-start-now"]).unwrap();
    let opened = reload(&half_done(), "", &format!("#r={}", link::encode(&partial)));
    assert!(opened.session.from_link);
    let answered = opened.reduce(Action::Session(SessionAction::ChooseNth(0)));
    assert!(answered.session.restart_returns_own_answers());
    assert_eq!(
        answered
            .reduce(Action::Session(SessionAction::Restart))
            .session
            .answers,
        half_done().session.answers
    );
}

#[test]
fn the_language_a_person_chose_wins_over_the_configured_one() {
    let chosen = half_done().reduce(Action::Prefs(PrefsAction::SetLang(Lang::En)));
    assert_eq!(reload(&chosen, "?lang=de&large=1", "").prefs.lang, Lang::En);
    // The type size was not chosen: the address still sets it, until the person chooses.
    assert!(reload(&chosen, "?lang=de&large=1", "").prefs.large_type);
    let both = chosen.reduce(Action::Prefs(PrefsAction::ToggleLargeType));
    assert!(reload(&both, "?large=0", "").prefs.large_type);
    let first_visit = initial_state(params::parse("?lang=en&large=1", ""), Ok(None), &[]);
    assert_eq!(first_visit.prefs.lang, Lang::En);
    assert!(first_visit.prefs.large_type);
}

#[test]
fn opening_a_comparison_link_adds_to_the_participants_collected_here() {
    let mut facilitator = half_done();
    facilitator
        .room
        .workshop
        .add("Carl", examples::datev())
        .expect("a participant");
    let facilitator = mia_answering(facilitator);
    let mia_so_far = facilitator.session.answers.clone();

    let mut colleague = readiness_check::workshop::Workshop::new();
    colleague.add("Dora", examples::plumber()).unwrap();
    colleague.add("Carl", examples::datev()).unwrap();
    let fragment = format!("#{}", readiness_check::workshop::encode_link(&colleague));
    let opened = reload(&facilitator, "", &fragment);

    assert_eq!(opened.session.screen, Screen::Workshop);
    assert_eq!(opened.room.workshop.names(), ["Carl", "Dora"]);
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    // Mia, interrupted, goes on; the owner's answers still wait aside.
    assert_eq!(opened.session.participant.as_deref(), Some("Mia"));
    assert_eq!(opened.session.answers, mia_so_far);
    let done = full_answers(opened.reduce(Action::Session(SessionAction::Begin)))
        .reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(done.room.workshop.names(), ["Carl", "Dora", "Mia"]);
    assert_eq!(done.session.answers, half_done().session.answers);
    assert_eq!(done.session.company, "Bäckerei Korn");
}

#[test]
fn starting_again_from_a_result_link_brings_back_the_own_answers() {
    let code = link::encode(&examples::plumber());
    let shown = reload(&half_done(), "", &format!("#r={code}"));
    assert!(shown.session.from_link);
    let left = shown.reduce(Action::Session(SessionAction::Restart));
    assert!(!left.session.from_link);
    assert_eq!(left.session.screen, Screen::Start);
    assert_eq!(left.session.answers, half_done().session.answers);
    assert_eq!(left.session.company, "Bäckerei Korn");
    assert!(left.session.set_aside.is_empty());
    assert_eq!(
        reload(&left, "", "").session.answers,
        half_done().session.answers
    );
    // Starting again now clears them, as on any start.
    assert!(left
        .reduce(Action::Session(SessionAction::Restart))
        .session
        .answers
        .is_empty());
}

#[test]
fn a_tab_showing_a_link_keeps_what_another_tab_answered_meanwhile() {
    let own = half_done();
    let code = link::encode(&examples::plumber());
    let link_tab = reload(&own, "", &format!("#r={code}"));

    // Meanwhile the person goes on in their first tab.
    let first_tab = own.reduce(Action::Session(SessionAction::Choose {
        question: "audience",
        option: "online",
    }));
    assert_ne!(first_tab.session.answers, half_done().session.answers);
    let stored = snapshot::save(&first_tab);

    // Then switches the language in the link's tab.
    let link_tab = link_tab.reduce(Action::Prefs(PrefsAction::SetLang(Lang::En)));
    let kept = snapshot::save_over(&link_tab, Some(&stored));
    let back = snapshot::restore(&kept).expect("readable");
    assert_eq!(
        back.session.answers, first_tab.session.answers,
        "the newer own answers stay"
    );
    assert_eq!(back.prefs.lang, Lang::En);
    assert_eq!(
        back.session.screen,
        Screen::Question("audience"),
        "where the first tab is"
    );

    // Nothing stored (or unreadable): the answers this tab set aside are kept.
    let back = snapshot::restore(&snapshot::save_over(&link_tab, Some("garbage"))).unwrap();
    assert_eq!(back.session.answers, half_done().session.answers);
    let back = snapshot::restore(&snapshot::save_over(&link_tab, None)).unwrap();
    assert_eq!(back.session.answers, half_done().session.answers);
}

#[test]
fn a_result_link_opened_while_a_participant_answers_here_waits() {
    let answering = mia_answering(half_done());
    let code = link::encode(&examples::plumber());
    let opened = reload(&answering, "", &format!("#r={code}"));
    assert!(!opened.session.from_link);
    assert_eq!(opened.session.participant.as_deref(), Some("Mia"));
    assert_eq!(
        opened.session.answers, answering.session.answers,
        "Mia's answers stay"
    );
    assert_eq!(opened.session.screen, answering.session.screen);
    assert_eq!(
        opened.notices,
        vec![readiness_check::ui::state::Notice::LinkWaitsForParticipant(
            "Mia".into()
        )]
    );
    let text = readiness_check::ui::labels::notice_text(&opened.notices[0], Lang::De);
    assert!(text.contains("Mia") && text.contains("Workshop"), "{text}");
    assert!(opened.keeps_result_link_in_address(), "to be opened again");
    assert!(!opened
        .clone()
        .reduce(Action::Notices(NoticeAction::Dismiss(0)))
        .keeps_result_link_in_address());
    let done = full_answers(opened).reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(
        done.session.answers,
        half_done().session.answers,
        "the owner's come back"
    );
}

#[test]
fn the_next_participant_waits_for_a_confirmation_while_one_is_unfinished() {
    let answering = mia_answering(half_done());
    let mia_so_far = answering.session.answers.clone();
    let warned = run(
        answering,
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Tom".into())),
        ],
    );
    assert_eq!(warned.room.error, Some(AddError::Unfinished));
    assert_eq!(warned.session.participant.as_deref(), Some("Mia"));
    assert_eq!(warned.session.answers, mia_so_far, "Mia's answers stay");
    let text = warned.room.error.as_ref().unwrap().text(Lang::De);
    assert!(text.contains("Weiter antworten"), "{text}");
    // Going on is still possible, and the warning goes with it: it holds for the very next
    // press only, so a later one warns again rather than confirming.
    let going_on = warned.clone().reduce(Action::Session(SessionAction::Begin));
    assert_eq!(going_on.session.answers, mia_so_far);
    assert_eq!(going_on.room.error, None);
    let warned_again = run(
        going_on,
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Tom".into())),
        ],
    );
    assert_eq!(warned_again.session.participant.as_deref(), Some("Mia"));
    // Someone else's turn began in another tab: the warning about Mia is void there too.
    let mut jon = mia_answering(half_done());
    jon.session.participant = Some("Jon".into());
    let elsewhere = warned.clone().reduce(saved_elsewhere(&jon));
    assert_eq!(elsewhere.room.error, None);
    assert_eq!(
        elsewhere
            .reduce(Action::Workshop(WorkshopAction::BeginParticipant(
                "Tom".into()
            )))
            .session
            .participant
            .as_deref(),
        Some("Jon"),
        "Jon's answers are not thrown away by one press"
    );
    // A second press confirms.
    let tom = warned.reduce(Action::Workshop(WorkshopAction::BeginParticipant(
        "Tom".into(),
    )));
    assert_eq!(tom.session.participant.as_deref(), Some("Tom"));
    assert!(tom.session.answers.is_empty());
    assert_eq!(tom.room.error, None);
    let done = full_answers(tom).reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(
        done.session.answers,
        half_done().session.answers,
        "the owner's answers come back"
    );

    // A participant who has not answered anything yet is simply replaced.
    let idle = run(
        half_done(),
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Tom".into())),
        ],
    );
    assert_eq!(idle.session.participant.as_deref(), Some("Tom"));
}

/// The person changed a colleague's linked answers, so two sets are theirs: the changed ones on
/// screen and their earlier own ones aside. Neither is lost by what comes next.
fn changed_link_over_own() -> State {
    let code = link::encode(&examples::plumber());
    let shown = reload(&half_done(), "", &format!("#r={code}"));
    run(
        shown,
        [
            Action::Session(SessionAction::Edit("tone")),
            Action::Session(SessionAction::ChooseNth(0)),
        ],
    )
}

#[test]
fn a_participant_after_changed_link_answers_gives_both_sets_back() {
    let changed = changed_link_over_own();
    let mine_now = changed.session.answers.clone();
    let mia = run(
        changed,
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
        ],
    );
    assert!(mia.session.answers.is_empty());
    let done = full_answers(mia).reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(
        done.session.answers, mine_now,
        "the changed answers come back first"
    );
    let done = reload(&done, "", "");
    assert_eq!(done.session.answers, mine_now);
    let older = done.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(
        older.session.answers,
        half_done().session.answers,
        "then the earlier own ones"
    );
    assert_eq!(older.session.company, "Bäckerei Korn");
}

#[test]
fn a_second_link_after_changed_link_answers_gives_both_sets_back() {
    let changed = changed_link_over_own();
    let mine_now = changed.session.answers.clone();
    let second = link::encode(&examples::datev());
    let shown = reload(&changed, "", &format!("#r={second}"));
    assert_eq!(shown.session.answers, examples::datev());
    assert_eq!(
        reload(&shown, "", "").session.answers,
        mine_now,
        "storage keeps the changed set"
    );
    let back = shown.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(back.session.answers, mine_now);
    assert_eq!(reload(&back, "", "").session.answers, mine_now);
    let older = back.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(older.session.answers, half_done().session.answers);
    assert!(older.session.set_aside.is_empty());
}

#[test]
fn a_removed_participant_can_be_brought_back_until_anything_else_happens() {
    let mut state = State::default().reduce(Action::Session(SessionAction::OpenWorkshop));
    for (name, answers) in [
        ("Anna", examples::plumber()),
        ("Ben", examples::datev()),
        ("Cem", examples::kunde_2()),
    ] {
        state.room.workshop.add(name, answers).unwrap();
    }
    let before = state.room.workshop.clone();

    let removed = state
        .clone()
        .reduce(Action::Workshop(WorkshopAction::RemoveParticipant(1)));
    assert_eq!(removed.room.workshop.names(), ["Anna", "Cem"]);
    assert_eq!(
        removed.room.removal.as_ref().unwrap().name.as_deref(),
        Some("Ben")
    );
    assert_eq!(
        removed
            .clone()
            .reduce(Action::Workshop(WorkshopAction::UndoRemoval))
            .room
            .workshop,
        before
    );

    let everyone = state
        .clone()
        .reduce(Action::Workshop(WorkshopAction::RemoveAllParticipants));
    assert!(everyone.room.workshop.is_empty());
    assert_eq!(everyone.room.removal.as_ref().unwrap().name, None);
    let back = everyone.reduce(Action::Workshop(WorkshopAction::UndoRemoval));
    assert_eq!(back.room.workshop, before);
    assert_eq!(back.room.removal, None);

    // Once something else happened, undo cannot overwrite it.
    let later = run(
        state,
        [
            Action::Workshop(WorkshopAction::RemoveParticipant(0)),
            Action::Workshop(WorkshopAction::BeginParticipant("Dora".into())),
            Action::Workshop(WorkshopAction::UndoRemoval),
        ],
    );
    assert_eq!(later.room.workshop.names(), ["Ben", "Cem"]);
}

#[test]
fn participants_this_version_cannot_read_never_cost_the_own_progress() {
    let saved = snapshot::save(&half_done());
    // A workshop whose one entry no longer decodes (cut, or from another questionnaire).
    let with_bad_workshop = format!("{saved}&w=c%3DAZAlIi_9oA%26n%3DAnna");
    let restored = snapshot::restore(&with_bad_workshop).expect("the own progress is read");
    assert_eq!(restored.session.answers, half_done().session.answers);
    assert_eq!(restored.session.company, "Bäckerei Korn");
    assert!(restored.room.workshop.is_empty());

    // What is left out is said on the page, never dropped in silence: whether nothing of the
    // workshop reads, or some of its entries.
    let good = link::encode(&examples::kunde_2());
    for (workshop, kept, unread) in [
        ("c%3DAZAlIi_9oA%26n%3DAnna".to_string(), 0, 1),
        (
            "%ZZc%3DAZAlIi_9oA%2EAZAlIi_9oA%2eAZAlIi_9oA".to_string(),
            0,
            3,
        ),
        (format!("c%3D{good}.AZAlIi_9oA%26n%3DAnna%2CBen"), 1, 1),
    ] {
        let opened = initial_state(
            params::parse("", ""),
            Ok(Some(format!("{saved}&w={workshop}"))),
            &[],
        );
        assert_eq!(
            opened.session.answers,
            half_done().session.answers,
            "{workshop}"
        );
        assert_eq!(opened.room.workshop.len(), kept, "{workshop}");
        assert_eq!(
            opened.notices,
            [Notice::WorkshopEntriesSkipped(unread)],
            "{workshop}"
        );
    }
    // A workshop that reads whole says nothing, and neither does an empty one.
    for workshop in [format!("c%3D{good}%26n%3DAnna"), String::new()] {
        let opened = initial_state(
            params::parse("", ""),
            Ok(Some(format!("{saved}&w={workshop}"))),
            &[],
        );
        assert!(
            opened.notices.is_empty(),
            "{workshop}: {:?}",
            opened.notices
        );
    }
    // An unreadable kept entry and an unreadable one in an opened comparison link: one notice
    // that counts both.
    let opened = initial_state(
        params::parse("", &format!("#c={good}.AZAlIi_9oA&n=Ben,Cem")),
        Ok(Some(format!(
            "{saved}&w=c%3D{good}%2EAZAlIi_9oA%26n%3DAnna%2CBen"
        ))),
        &[],
    );
    assert_eq!(opened.room.workshop.names(), ["Anna", "Ben"]);
    assert_eq!(opened.notices, [Notice::WorkshopEntriesSkipped(2)]);
}

/// A comparison link without names: the names it gets are in the page's language, which the
/// browser may set as well as the address.
#[test]
fn names_a_comparison_link_lacks_are_in_the_page_language() {
    let code = link::encode(&examples::kunde_2());
    let fragment = format!("#c={code}.{code}&n=Anna");
    for (query, browser, second) in [
        ("", "en-US", "Participant 2"),
        ("", "de-DE", "Person 2"),
        ("?lang=en", "de-DE", "Participant 2"),
    ] {
        let opened = initial_state(
            params::parse(query, &fragment),
            Ok(None),
            &[browser.to_string()],
        );
        assert_eq!(
            opened.room.workshop.names(),
            ["Anna", second],
            "{query} {browser}"
        );
    }
}

#[test]
fn revisiting_and_changing_links_keeps_at_most_a_few_sets_and_always_the_first_own() {
    use readiness_check::ui::state::MAX_SET_ASIDE;
    let code = link::encode(&examples::plumber());
    let mut state = half_done();
    // Each time another tone than the link's, so each time a changed copy.
    let tones = readiness_check::assessment::question("tone")
        .unwrap()
        .options;
    let linked = tones
        .iter()
        .position(|o| examples::plumber().selected("tone") == [o.id])
        .unwrap();
    for nth in 0..6 {
        let shown = reload(&state, "", &format!("#r={code}"));
        let other = (linked + 1 + nth % (tones.len() - 1)) % tones.len();
        state = run(
            shown,
            [
                Action::Session(SessionAction::Edit("tone")),
                Action::Session(SessionAction::ChooseNth(other)),
            ],
        );
        assert!(
            state.session.set_aside.len() <= MAX_SET_ASIDE,
            "{}",
            state.session.set_aside.len()
        );
        assert_eq!(
            state.session.set_aside[0].answers,
            half_done().session.answers
        );
    }
    // Back, set by set, to the first own answers.
    let mut back = state;
    for _ in 0..MAX_SET_ASIDE {
        back = back.reduce(Action::Session(SessionAction::Restart));
    }
    assert_eq!(back.session.answers, half_done().session.answers);
    assert!(back.session.set_aside.is_empty());
}

#[test]
fn a_participant_or_a_link_view_over_a_full_stack_loses_no_set() {
    use readiness_check::ui::state::MAX_SET_ASIDE;
    let mut state = half_done();
    for (nth, answers) in [
        examples::plumber(),
        examples::datev(),
        examples::kunde_2(),
        examples::kunde_1(),
    ]
    .into_iter()
    .enumerate()
    {
        let shown = reload(&state, "", &format!("#r={}", link::encode(&answers)));
        state = run(
            shown,
            [
                Action::Session(SessionAction::Edit("tone")),
                Action::Session(SessionAction::ChooseNth(nth % 3)),
            ],
        );
    }
    assert_eq!(state.session.set_aside.len(), MAX_SET_ASIDE);
    let (on_screen, aside) = (
        state.session.answers.clone(),
        state.session.set_aside.clone(),
    );

    let done = full_answers(run(
        state.clone(),
        [
            Action::Session(SessionAction::OpenWorkshop),
            Action::Workshop(WorkshopAction::BeginParticipant("Mia".into())),
        ],
    ))
    .reduce(Action::Workshop(WorkshopAction::FinishParticipant));
    assert_eq!(done.session.answers, on_screen);
    assert_eq!(
        done.session.set_aside, aside,
        "nothing evicted by Mia's turn"
    );

    let viewed = reload(
        &state,
        "",
        &format!("#r={}", link::encode(&examples::strong_answers())),
    );
    let back = reload(
        &viewed.reduce(Action::Session(SessionAction::Restart)),
        "",
        "",
    );
    assert_eq!(back.session.answers, on_screen);
    assert_eq!(
        back.session.set_aside, aside,
        "nothing evicted by looking at a link"
    );
}

/// What a tab gets when another tab of the page saves this state.
fn saved_elsewhere(state: &State) -> Action {
    Action::SavedElsewhere(Box::new(
        snapshot::restore(&snapshot::save(state)).expect("readable"),
    ))
}

#[test]
fn a_second_tab_takes_in_what_the_first_answered_so_it_never_saves_older_answers() {
    let first = half_done();
    let second = reload(&first, "", "").reduce(Action::Prefs(PrefsAction::SetLang(Lang::En)));
    let first = run(
        first,
        [
            Action::Session(SessionAction::Choose {
                question: "audience",
                option: "online",
            }),
            Action::Session(SessionAction::Next),
        ],
    );
    let second = second.reduce(saved_elsewhere(&first));
    assert_eq!(second.session.answers, first.session.answers);
    assert_eq!(second.session.company, "Bäckerei Korn");
    assert_eq!(
        second.session.screen,
        Screen::Question("audience"),
        "each tab stays where it is"
    );
    assert_eq!(second.prefs.lang, Lang::En, "and keeps its language");
    // What the second tab saves next holds the first tab's answers too.
    let second = second.reduce(Action::Session(SessionAction::ChooseNth(0)));
    let stored = reload(&second, "", "");
    assert!(stored.session.answers.is_answered("audience"));
    assert!(stored.session.answers.is_answered("goals"));

    // A screen the new answers no longer have gives way to the other tab's.
    let result_tab =
        full_answers(State::default()).reduce(Action::Session(SessionAction::ShowResult));
    assert_eq!(result_tab.session.screen, Screen::Result);
    let restarted = result_tab
        .clone()
        .reduce(Action::Session(SessionAction::Restart));
    let result_tab = result_tab.reduce(saved_elsewhere(&restarted));
    assert!(result_tab.session.answers.is_empty());
    assert_eq!(result_tab.session.screen, Screen::Start);
}

#[test]
fn taking_in_a_save_of_the_same_progress_changes_nothing_and_is_not_saved_again() {
    let mut busy = run(
        mia_answering(changed_link_over_own()),
        [Action::Session(SessionAction::SetCompany(
            "Mia & Co. 100%".into(),
        ))],
    );
    busy.room.workshop.add("Carl", examples::datev()).unwrap();
    busy.room
        .workshop
        .add("Anna (2)", examples::plumber())
        .unwrap();
    for state in [half_done(), changed_link_over_own(), busy] {
        let echoed = state.clone().reduce(saved_elsewhere(&state));
        assert!(echoed.taken_in, "a taken-in state is not written back");
        assert_eq!(
            State {
                taken_in: false,
                ..echoed
            },
            state
        );
        assert!(!echoed_then_acted(&state).taken_in);
    }
}

/// The person acts after a take-in: that change is theirs, and saved.
fn echoed_then_acted(state: &State) -> State {
    run(
        state.clone(),
        [
            saved_elsewhere(state),
            Action::Prefs(PrefsAction::SetLang(Lang::En)),
        ],
    )
}

#[test]
fn a_tab_showing_a_link_returns_to_the_progress_another_tab_saved() {
    let code = link::encode(&examples::plumber());
    let link_tab = reload(&half_done(), "", &format!("#r={code}"));
    let first = half_done().reduce(Action::Session(SessionAction::Choose {
        question: "audience",
        option: "online",
    }));
    let link_tab = link_tab.reduce(saved_elsewhere(&first));
    assert!(link_tab.session.from_link, "the link still shows");
    assert_eq!(link_tab.session.answers, examples::plumber());
    let back = link_tab.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(
        back.session.answers, first.session.answers,
        "the newer own answers come back"
    );
    assert_eq!(back.session.company, "Bäckerei Korn");

    // A participant began answering in the other tab: the link waits, their answers stay.
    let link_tab = reload(&half_done(), "", &format!("#r={code}"));
    let mia = mia_answering(half_done());
    let link_tab = link_tab.reduce(saved_elsewhere(&mia));
    assert!(!link_tab.session.from_link);
    assert_eq!(link_tab.session.participant.as_deref(), Some("Mia"));
    assert_eq!(link_tab.session.answers, mia.session.answers);
    assert!(link_tab.keeps_result_link_in_address());
}

#[test]
fn a_removal_elsewhere_ends_the_undo_offered_here() {
    let mut facilitator = State::default();
    facilitator
        .room
        .workshop
        .add("Carl", examples::datev())
        .unwrap();
    facilitator
        .room
        .workshop
        .add("Mia", examples::plumber())
        .unwrap();
    let other = facilitator
        .clone()
        .reduce(Action::Workshop(WorkshopAction::RemoveParticipant(1)));
    let here = facilitator.reduce(Action::Workshop(WorkshopAction::RemoveParticipant(0)));
    assert!(here.room.removal.is_some());
    let here = here.reduce(saved_elsewhere(&other));
    assert_eq!(
        here.room.removal, None,
        "undo would bring back a list that is gone"
    );
    assert_eq!(here.room.workshop, other.room.workshop);
}
