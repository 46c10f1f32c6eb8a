use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::ui::hooks::AppHandle;
use crate::ui::state::{Action, Screen, SessionAction, State};

/// The browser's back button does what the app's "Zurück" does: the previous question, the
/// overview, … and from the start screen it leaves the page. While the person is past the start
/// screen the app keeps one entry of its own ahead of the page's (`ARMED` on top of `BASE`):
/// back leaves it, the app steps back and, still past the start, sets it again. So there is
/// never more than one entry to keep right, and no forward to follow. Only where `enabled`
/// (the app as the tab's own page: a host page's history is the host's). The app calls
/// [`ScreenHistory::listen`] once and [`ScreenHistory::record`] on every change.
#[hook]
pub fn use_screen_history(enabled: bool) -> Rc<ScreenHistory> {
    let history = use_mut_ref(|| {
        Rc::new(ScreenHistory {
            enabled,
            armed: Cell::new(false),
            shown: Cell::new(Screen::Start),
        })
    });
    let history = history.borrow().clone();
    history
}

/// Both begin with `browser::HISTORY_MARK`, which tells the hashchange listener they are the app's.
const BASE: &str = "readiness-check|base";
const ARMED: &str = "readiness-check|armed";

pub struct ScreenHistory {
    enabled: bool,
    /// Whether the app's entry is on top of the page's.
    armed: Cell<bool>,
    /// The screen last recorded.
    shown: Cell<Screen>,
}

impl ScreenHistory {
    /// Follows the browser's back button, until the returned function is called.
    pub fn listen(self: &Rc<Self>, app: AppHandle) -> impl FnOnce() {
        let history = self.clone();
        let stop = self.enabled.then(|| {
            browser::on_history_step(move |entry| match entry.as_str() {
                BASE => {
                    history.armed.set(false);
                    if history.shown.get() == Screen::Start {
                        // Nothing to step back to in the app: on to the page before.
                        browser::history_back();
                    } else {
                        app.dispatch(Action::Session(SessionAction::Back));
                    }
                }
                ARMED => history.armed.set(true),
                _ => {}
            })
        });
        move || {
            if let Some(stop) = stop {
                stop();
            }
        }
    }

    /// Past the start screen, sets the app's entry ahead of the page's if it is not there.
    pub fn record(&self, state: &State) {
        if !self.enabled {
            return;
        }
        self.shown.set(state.session.screen);
        if state.session.screen == Screen::Start || self.armed.get() {
            return;
        }
        // After a reload the app's entry may be there already.
        if browser::current_history_entry().as_deref() != Some(ARMED) {
            browser::record_history(BASE, false);
            browser::record_history(ARMED, true);
        }
        self.armed.set(true);
    }
}
