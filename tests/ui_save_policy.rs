//! The save policy (`ui::save`): what is written to storage after each change, and why not.
//! Every branch, natively, including a newer version's progress and a result link's answers
//! shown over the person's own.

use readiness_check::assessment::{examples, Answers, Lang};
use readiness_check::share::{link, params};
use readiness_check::ui::launch::initial_state;
use readiness_check::ui::save::{self, Save, Skip, WriteFailed};
use readiness_check::ui::snapshot;
use readiness_check::ui::state::{
    Action, Notice, PrefsAction, Screen, Session, SessionAction, State,
};

const OPENED: (Lang, bool) = (Lang::De, false);

fn written(decision: Save) -> State {
    match decision {
        Save::Write(text) => snapshot::restore(&text).expect("a snapshot this version reads"),
        other => panic!("expected a write, got {other:?}"),
    }
}

fn own_progress() -> State {
    let mut answers = Answers::new();
    answers.set("attitude", &["want-to-check"]).unwrap();
    State {
        session: Session {
            answers,
            company: "Bäckerei Korn".into(),
            screen: Screen::Question("goals"),
            ..Session::default()
        },
        ..State::default()
    }
}

#[test]
fn a_page_view_alone_writes_nothing() {
    assert_eq!(
        save::decide(&State::default(), OPENED, None),
        Save::Skip(Skip::OnlyLookedAt)
    );
    // Opening the start screen and going nowhere is still a look.
    let looked = State::default()
        .reduce(SessionAction::OpenWorkshop.into())
        .reduce(SessionAction::ShowStart.into());
    assert_eq!(
        save::decide(&looked, OPENED, None),
        Save::Skip(Skip::OnlyLookedAt)
    );
}

#[test]
fn looking_at_someone_elses_result_writes_nothing() {
    let code = link::encode(&examples::kunde_2());
    let shown = initial_state(params::parse("", &format!("#r={code}")), Ok(None), &[]);
    assert!(shown.session.from_link);
    assert_eq!(
        save::decide(&shown, OPENED, None),
        Save::Skip(Skip::OnlyLookedAt)
    );
    // The link stays in the address while it is shown.
    assert!(!save::drops_result_link(&shown));
}

#[test]
fn a_choice_of_language_or_type_size_is_written() {
    let chose = State::default().reduce(PrefsAction::SetLang(Lang::En).into());
    let kept = written(save::decide(&chose, OPENED, None));
    assert_eq!(kept.prefs.lang, Lang::En);
    assert!(kept.prefs.lang_chosen);
    let larger = State::default().reduce(PrefsAction::ToggleLargeType.into());
    assert!(
        written(save::decide(&larger, OPENED, None))
            .prefs
            .large_type
    );
}

#[test]
fn an_answer_is_written_and_reads_back() {
    let state = State::default()
        .reduce(SessionAction::Begin.into())
        .reduce(SessionAction::ChooseNth(0).into());
    let kept = written(save::decide(&state, OPENED, None));
    assert_eq!(kept.session.answers, state.session.answers);
    assert_eq!(kept.session.screen, state.session.screen);
}

#[test]
fn once_something_is_stored_every_change_is_written() {
    // Progress from an earlier visit: going back to the start is a change worth keeping.
    let stored = snapshot::save(&own_progress());
    let state = own_progress().reduce(SessionAction::ShowStart.into());
    let kept = written(save::decide(&state, OPENED, Some(&stored)));
    assert_eq!(kept.session.screen, Screen::Start);
    assert_eq!(kept.session.answers, own_progress().session.answers);
}

#[test]
fn a_newer_versions_progress_is_never_written_over() {
    let newer = "v=2&at=q.goals&r=whatever&future=1";
    for state in [State::default(), own_progress()] {
        assert_eq!(
            save::decide(&state, OPENED, Some(newer)),
            Save::Refuse(Notice::StorageNewer),
        );
    }
    // Even a mere look does not hide it: the person is told why nothing is kept.
    assert_eq!(
        save::decide(&State::default(), OPENED, Some(newer)),
        Save::Refuse(Notice::StorageNewer)
    );
}

#[test]
fn a_change_taken_in_from_another_tab_is_not_written_back() {
    let stored = own_progress();
    let here = State::default().reduce(Action::SavedElsewhere(Box::new(stored.clone())));
    assert!(here.taken_in);
    assert_eq!(save::decide(&here, OPENED, None), Save::Skip(Skip::TakenIn));
    // Nor does it touch the address: the tab that made the change decided.
    assert!(!save::drops_result_link(&here));
    // The next change of this tab's own is written again.
    let acted = here.reduce(SessionAction::ChooseNth(0).into());
    assert!(matches!(save::decide(&acted, OPENED, None), Save::Write(_)));
}

#[test]
fn a_result_links_answers_over_the_persons_own_keep_the_own_in_storage() {
    let own = own_progress();
    let stored = snapshot::save(&own);
    let code = link::encode(&examples::kunde_2());
    let shown = initial_state(
        params::parse("", &format!("#r={code}")),
        Ok(Some(stored.clone())),
        &[],
    );
    assert!(shown.session.from_link);
    // A change of language while the link shows: storage keeps the person's own answers (as
    // stored now), with the new language, never the link's answers.
    let shown = shown.reduce(PrefsAction::SetLang(Lang::En).into());
    let kept = written(save::decide(&shown, OPENED, Some(&stored)));
    assert_eq!(kept.session.answers, own.session.answers);
    assert_eq!(kept.session.company, "Bäckerei Korn");
    assert_eq!(kept.session.screen, own.session.screen, "their place too");
    assert_eq!(kept.prefs.lang, Lang::En);
    assert!(!kept.session.from_link);

    // Another tab moved the own progress on since: that newer progress is what stays.
    let mut moved_on = own.clone();
    moved_on.session.screen = Screen::Question("audience");
    let moved_on_text = snapshot::save(&moved_on);
    let kept = written(save::decide(&shown, OPENED, Some(&moved_on_text)));
    assert_eq!(kept.session.screen, Screen::Question("audience"));

    // Storage unreadable meanwhile: the own answers this tab set aside are kept.
    let kept = written(save::decide(&shown, OPENED, Some("garbage")));
    assert_eq!(kept.session.answers, own.session.answers);
}

#[test]
fn a_changed_link_answer_becomes_the_persons_and_leaves_the_address() {
    let code = link::encode(&examples::kunde_2());
    let shown = initial_state(params::parse("", &format!("#r={code}")), Ok(None), &[]);
    let changed = shown
        .reduce(SessionAction::Edit("goals").into())
        .reduce(SessionAction::ChooseNth(0).into());
    assert!(!changed.session.from_link);
    assert!(save::drops_result_link(&changed));
    let kept = written(save::decide(&changed, OPENED, None));
    assert_eq!(kept.session.answers, changed.session.answers);
}

#[test]
fn a_link_waiting_for_a_participant_stays_in_the_address() {
    let mut state = own_progress();
    state
        .notices
        .push(Notice::LinkWaitsForParticipant("Mia".into()));
    assert!(!save::drops_result_link(&state));
    state.notices.clear();
    assert!(save::drops_result_link(&state));
}

#[test]
fn a_failed_write_is_told_in_plain_terms() {
    assert_eq!(
        save::notice_for(WriteFailed::Unavailable),
        Notice::StorageUnavailable
    );
    assert_eq!(save::notice_for(WriteFailed::Full), Notice::StorageFull);
}
