//! The first state, from what the browser holds: saved progress, the page address (a result
//! link, prefill, options) and the browser's languages. Reached only through
//! [`super::Action::Started`]; pure, so every combination of hostile input is tested natively.

use super::notices::Notice;
use super::session::Screen;
use super::State;
use crate::assessment::Lang;
use crate::share::link::LinkError;
use crate::share::params::Launch;
use crate::ui::snapshot::{self, SnapshotError};

/// What storage gave: `Err(())` when there is no storage to read.
pub type Saved = Result<Option<String>, ()>;

/// What the page opened with.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub launch: Launch,
    pub saved: Saved,
    /// The browser's preferred languages, first first.
    pub browser_langs: Vec<String>,
}

pub(super) fn started(start: Start) -> State {
    let Start {
        launch,
        saved,
        browser_langs,
    } = start;
    let mut notices = Vec::new();
    let browser_lang = browser_langs
        .iter()
        .find_map(|t| Lang::from_code(t))
        .unwrap_or_default();
    let fresh = State::default();
    let mut state = match saved {
        Ok(Some(text)) => match snapshot::restore(&text) {
            Ok(mut state) => {
                notices.append(&mut state.notices);
                state
            }
            Err(SnapshotError::OtherVersion | SnapshotError::Unreadable) => {
                notices.push(Notice::StorageOutdated);
                fresh
            }
            Err(SnapshotError::NewerVersion) => {
                notices.push(Notice::StorageNewer);
                fresh
            }
        },
        Ok(None) => fresh,
        Err(()) => {
            notices.push(Notice::StorageUnavailable);
            fresh
        }
    };

    // First, as a comparison link's missing names are worded in it: the address (or the
    // snippet) sets the language and type size, then the browser; what the person chose here
    // themselves (kept with their progress) wins. Progress alone does not: a facilitator's
    // `?large=1` works on a laptop where the check was tried before.
    let prefs = &mut state.prefs;
    if !prefs.lang_chosen {
        prefs.lang = launch.lang.unwrap_or(browser_lang);
    }
    if !prefs.large_type_chosen {
        if let Some(large) = launch.large_type {
            prefs.large_type = large;
        }
    }

    let workshop = launch.decode_workshop(state.prefs.lang);
    let session = &mut state.session;
    // A comparison link asks for the workshop view: a result code beside it is not opened
    // (someone else's answers would wait, unsaid, behind "go on").
    let result = launch.result.filter(|_| workshop.is_none());
    match result {
        Some(Ok(_)) if session.participant.is_some() => {
            let name = session.participant.clone().unwrap_or_default();
            notices.push(Notice::LinkWaitsForParticipant(name));
        }
        // Nothing to show: the person's own progress stays as it is.
        Some(Ok(decoded)) if decoded.answers.is_empty() => {
            notices.push(Notice::BadLink(LinkError::Empty));
        }
        Some(Ok(decoded)) => {
            if decoded.dropped > 0 {
                notices.push(Notice::LinkAnswersDropped(decoded.dropped));
            }
            session.show_link(decoded.answers, launch.result_company.clone());
        }
        Some(Err(error)) => {
            notices.push(Notice::BadLink(error));
            session.screen = Screen::Start;
        }
        None => {}
    }

    match workshop {
        Some(Ok((workshop, skipped))) => {
            // Merged, as a pasted comparison link is: the participants collected here stay,
            // and one answering right now can go on (the workshop screen offers it).
            let refused = skipped + state.room.workshop.merge(workshop);
            // One notice, with the kept workshop's unreadable entries if there were any.
            let earlier = notices.iter_mut().find_map(|n| match n {
                Notice::WorkshopEntriesSkipped(n) => Some(n),
                _ => None,
            });
            match earlier {
                Some(n) => *n += refused,
                None if refused > 0 => notices.push(Notice::WorkshopEntriesSkipped(refused)),
                None => {}
            }
            state.session.screen = Screen::Workshop;
        }
        Some(Err(error)) => {
            notices.push(Notice::BadWorkshopLink(error));
            state.session.screen = Screen::Start;
        }
        None => {}
    }

    // Prefill preselects, but never overrides an answer the person gave.
    let answers = &mut state.session.answers;
    for (question, options) in launch.prefill.iter() {
        if !answers.is_answered(question.id) {
            let _ = answers.set(question.id, options);
        }
    }
    if !launch.ignored.is_empty() {
        notices.push(Notice::PrefillIgnored(launch.ignored));
    }

    state.session.end_review_edit_off_questions();
    state.notices = notices;
    state
}
