//! The page's first state and the host's configuration, from what the browser holds. The
//! state comes through the reducer ([`Action::Started`]); this only names the call.

use super::host_config::HostConfig;
use super::state::{Action, Saved, Screen, SessionAction, Start, State};
use crate::share::params::Launch;

pub fn initial_state(launch: Launch, saved: Saved, browser_langs: &[String]) -> State {
    State::default().reduce(Action::Started(Box::new(Start {
        launch,
        saved,
        browser_langs: browser_langs.to_vec(),
    })))
}

/// The state and the host's configuration the page opens with.
pub fn open(launch: Launch, saved: Saved, browser_langs: &[String]) -> (State, HostConfig) {
    let host = HostConfig::from_launch(&launch);
    (initial_state(launch, saved, browser_langs), host)
}

/// What a person did on the pre-rendered start screen before the app was running: the
/// company typed in, and whether they pressed "start". Read from the page as the app takes it
/// over, so neither is lost.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EarlyStart {
    pub company: String,
    pub begun: bool,
}

/// The first state with what the person did early: only on the start screen (a page that
/// opens elsewhere showed no start screen to act on), and the company only where none is kept.
pub fn take_early(mut state: State, early: &EarlyStart) -> State {
    if state.session.screen != Screen::Start {
        return state;
    }
    if state.session.company.is_empty() && !early.company.trim().is_empty() {
        state = state.reduce(Action::Session(SessionAction::SetCompany(
            early.company.clone(),
        )));
    }
    if early.begun {
        state = state.reduce(Action::Session(SessionAction::Begin));
    }
    state
}
