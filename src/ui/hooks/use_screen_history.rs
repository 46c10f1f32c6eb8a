use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::ui::history_entry::{step, HistoryEntry, Step};
use crate::ui::hooks::AppHandle;
use crate::ui::state::{Action, Screen, State};

/// The browser's back and forward buttons step through the screens this tab showed, as they
/// would through pages: each screen the person moves on to gets a history entry. Entries shown
/// for other answers (before "start again", another participant's) are stepped past. Only
/// where `enabled` (the app as the tab's own page: a host page's history is the host's). The
/// app calls [`ScreenHistory::listen`] once and [`ScreenHistory::record`] on every change, from
/// the effects it has anyway.
#[hook]
pub fn use_screen_history(enabled: bool) -> Rc<ScreenHistory> {
    let history = use_mut_ref(|| {
        Rc::new(ScreenHistory {
            enabled,
            depth: Cell::new(None),
            answer_set: RefCell::new(String::new()),
            shown: Cell::new(Screen::Start),
            revisits: Cell::new(0),
        })
    });
    let history = history.borrow().clone();
    history
}

pub struct ScreenHistory {
    enabled: bool,
    /// How deep in the tab's history the current entry is; none before the first screen.
    depth: Cell<Option<u32>>,
    /// The answer set and screen last recorded, and the steps followed then.
    answer_set: RefCell<String>,
    shown: Cell<Screen>,
    revisits: Cell<u32>,
}

impl ScreenHistory {
    /// Follows the browser's steps onto the app's entries, until the returned function is called.
    pub fn listen(self: &Rc<Self>, app: AppHandle) -> impl FnOnce() {
        let history = self.clone();
        let stop = self.enabled.then(|| {
            browser::on_history_step(move |text| {
                let Some(entry) = HistoryEntry::decode(&text) else {
                    return;
                };
                let from = history.depth.replace(Some(entry.depth)).unwrap_or(0);
                let answer_set = history.answer_set.borrow().clone();
                match step(&entry, from, &answer_set, history.shown.get()) {
                    Step::Revisit(screen) => app.dispatch(Action::Revisit(screen)),
                    Step::Skip(delta) => browser::step_history(delta),
                }
            })
        });
        move || {
            if let Some(stop) = stop {
                stop();
            }
        }
    }

    /// Writes what `state` shows into the tab's history: a new entry when the person moved on,
    /// the current one when the browser stepped there (a step the answers refused included).
    pub fn record(&self, state: &State) {
        if !self.enabled {
            return;
        }
        let answer_set = state.answer_set();
        let followed_a_step = self.revisits.replace(state.revisits) != state.revisits;
        let moved_on = self.shown.get() != state.screen || *self.answer_set.borrow() != answer_set;
        let (depth, new_entry) = match self.depth.get() {
            // The first screen: into the entry the page opened in (after a reload, the app's
            // own, whose depth goes on).
            None => {
                let opened_in = browser::current_history_entry()
                    .and_then(|text| HistoryEntry::decode(&text))
                    .map_or(0, |entry| entry.depth);
                (opened_in, false)
            }
            Some(current) if followed_a_step => (current, false),
            Some(current) if moved_on => (current.wrapping_add(1), true),
            Some(_) => return,
        };
        self.depth.set(Some(depth));
        self.shown.set(state.screen);
        let entry = HistoryEntry::new(depth, state.screen, answer_set.clone());
        *self.answer_set.borrow_mut() = answer_set;
        browser::record_history(&entry.encode(), new_entry);
    }
}
