use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::ui::history_entry::{direction, step, HistoryEntry, Step};
use crate::ui::hooks::AppHandle;
use crate::ui::state::{Action, Screen, State};

/// Steps past entries of other answers at most this often in a row: a safety stop, never
/// reached by a real history.
const MAX_SKIPS: u32 = 200;

/// The browser's back and forward buttons step through the screens this tab showed, as they
/// would through pages: each screen the person moves on to gets a history entry. Entries shown
/// for other answers (before "start again", another participant's turn), entries of the screen
/// already shown and screens the answers no longer have are stepped past, always on in the
/// direction the person stepped. Only where `enabled` (the app as the tab's own page: a host
/// page's history is the host's). The app calls [`ScreenHistory::listen`] once and
/// [`ScreenHistory::record`] on every change, from the effects it has anyway.
#[hook]
pub fn use_screen_history(enabled: bool) -> Rc<ScreenHistory> {
    let history = use_mut_ref(|| {
        Rc::new(ScreenHistory {
            enabled,
            depth: Cell::new(None),
            answer_set: RefCell::new(String::new()),
            shown: Cell::new(Screen::Start),
            revisits: Cell::new(0),
            target: Cell::new(None),
            direction: Cell::new(-1),
            skipping: Cell::new(false),
            skips: Cell::new(0),
        })
    });
    let history = history.borrow().clone();
    history
}

pub struct ScreenHistory {
    enabled: bool,
    /// How deep in the tab's history the current entry is; none before the first screen.
    depth: Cell<Option<u32>>,
    /// The answer set and screen last recorded, and the browser steps followed then.
    answer_set: RefCell<String>,
    shown: Cell<Screen>,
    revisits: Cell<u32>,
    /// The screen the last followed step asked for, and which way the browser stepped.
    target: Cell<Option<Screen>>,
    direction: Cell<i32>,
    /// The app itself stepped on (past an entry), so the next step goes the same way.
    skipping: Cell<bool>,
    skips: Cell<u32>,
}

impl ScreenHistory {
    /// Follows the browser's steps onto the app's entries, until the returned function is called.
    pub fn listen(self: &Rc<Self>, app: AppHandle) -> impl FnOnce() {
        let history = self.clone();
        let stop = self
            .enabled
            .then(|| browser::on_history_step(move |text| history.stepped(&text, &app)));
        move || {
            if let Some(stop) = stop {
                stop();
            }
        }
    }

    fn stepped(&self, text: &str, app: &AppHandle) {
        let skipping = self.skipping.replace(false);
        // Someone else's entry (the page before, a changed fragment): the browser's.
        let Some(entry) = HistoryEntry::decode(text) else {
            return;
        };
        let from = self.depth.replace(Some(entry.depth)).unwrap_or(0);
        if !skipping {
            self.direction.set(direction(from, entry.depth));
            self.skips.set(0);
        }
        let answer_set = self.answer_set.borrow().clone();
        match step(&entry, &answer_set, self.shown.get()) {
            Step::Revisit(screen) => {
                self.target.set(Some(screen));
                app.dispatch(Action::Revisit(screen));
            }
            Step::Skip => self.step_on(),
        }
    }

    /// Steps on past the current entry, the way the person stepped.
    fn step_on(&self) {
        if self.skips.get() < MAX_SKIPS {
            self.skips.set(self.skips.get() + 1);
            self.skipping.set(true);
            browser::step_history(self.direction.get());
        }
    }

    /// Writes what `state` shows into the tab's history: a new entry when the person moved on,
    /// the current one when the browser stepped there or another tab changed it. The first
    /// screen goes into the entry the page opened in: after a reload, or back from another
    /// page, the kept progress decides the screen, as at any start.
    pub fn record(&self, state: &State) {
        if !self.enabled {
            return;
        }
        let answer_set = state.answer_set();
        let followed_a_step = self.revisits.replace(state.revisits) != state.revisits;
        if !followed_a_step {
            self.skipping.set(false);
        }
        let moved_on = self.shown.get() != state.screen || *self.answer_set.borrow() != answer_set;
        let deepest = browser::deepest_history_entry();
        let (depth, new_entry) = match self.depth.get() {
            None => match browser::current_history_entry().and_then(|t| HistoryEntry::decode(&t)) {
                Some(entry) => (entry.depth, false),
                // A page opened afresh (or from a pasted link): deeper than any entry before it.
                None => (deepest.map_or(0, |d| d.wrapping_add(1)), false),
            },
            // The step was refused (the answers no longer have that screen): on past it.
            Some(_) if followed_a_step && self.target.take() != Some(state.screen) => {
                self.step_on();
                return;
            }
            Some(current) if followed_a_step || state.taken_in => (current, false),
            Some(current) if moved_on => (current.wrapping_add(1), true),
            Some(_) => return,
        };
        self.depth.set(Some(depth));
        self.shown.set(state.screen);
        if deepest.is_none_or(|d| d < depth) {
            browser::set_deepest_history_entry(depth);
        }
        let entry = HistoryEntry::new(depth, state.screen, answer_set.clone());
        *self.answer_set.borrow_mut() = answer_set;
        browser::record_history(&entry.encode(), new_entry);
    }
}
