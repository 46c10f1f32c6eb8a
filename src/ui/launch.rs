//! The page's first state and the host's configuration, from what the browser holds. The
//! state comes through the reducer ([`Action::Started`]); this only names the call.

use super::host_config::HostConfig;
use super::state::{Action, Saved, Start, State};
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
