//! What the app writes into each entry of the tab's history, so the browser's back and forward
//! buttons step through the screens shown: the screen, which set of answers it was shown for
//! (see `State::answer_set`), and how deep in the tab's history the entry is (which way a step
//! went). Pure, so it is tested natively.

use super::snapshot::{screen_from_key, screen_key};
use super::state::Screen;

const MARK: &str = "readiness-check";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    pub depth: u32,
    /// `None`: a screen this version no longer has.
    pub screen: Option<Screen>,
    pub answer_set: String,
}

impl HistoryEntry {
    pub fn new(depth: u32, screen: Screen, answer_set: String) -> Self {
        HistoryEntry {
            depth,
            screen: Some(screen),
            answer_set,
        }
    }

    pub fn encode(&self) -> String {
        let screen = self.screen.map(screen_key).unwrap_or_default();
        format!("{MARK}|{}|{screen}|{}", self.depth, self.answer_set)
    }

    /// An entry this app wrote; `None` for anyone else's (the page before, a changed fragment).
    pub fn decode(text: &str) -> Option<Self> {
        let mut parts = text.splitn(4, '|');
        if parts.next() != Some(MARK) {
            return None;
        }
        let depth = parts.next()?.parse().ok()?;
        let screen = screen_from_key(parts.next()?);
        let answer_set = parts.next()?.to_string();
        Some(HistoryEntry {
            depth,
            screen,
            answer_set,
        })
    }
}

/// What to do when the browser stepped onto `entry` while the screens show `answer_set` on
/// `shown`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Show this screen again (if the answers still have it).
    Revisit(Screen),
    /// Shown for other answers (before "start again", another participant's turn), or what is
    /// on screen already: step on past it, the same way.
    Skip,
}

pub fn step(entry: &HistoryEntry, answer_set: &str, shown: Screen) -> Step {
    match entry.screen {
        // The workshop view shows no one's answers: it is the same for every set.
        Some(screen)
            if (entry.answer_set == answer_set || screen == Screen::Workshop)
                && screen != shown =>
        {
            Step::Revisit(screen)
        }
        _ => Step::Skip,
    }
}

/// Which way the browser stepped, from the entry at depth `from` onto one at `to`: -1 back,
/// +1 forward.
pub fn direction(from: u32, to: u32) -> i32 {
    if to > from {
        1
    } else {
        -1
    }
}
