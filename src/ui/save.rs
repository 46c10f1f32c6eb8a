//! When and how the person's progress is kept: the most data-loss-sensitive rule of the app,
//! so it is a pure function, tested natively; the app only carries out what it decides.

use super::snapshot;
use super::state::{Notice, State};
use crate::assessment::Lang;

/// What to do with storage after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Save {
    /// Write this snapshot.
    Write(String),
    /// Write nothing, for this reason.
    Skip(Skip),
    /// Write nothing, and tell the person why.
    Refuse(Notice),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// The change was taken in from another tab's save: storage holds it already, and writing
    /// it back could put it over a newer save.
    TakenIn,
    /// Nothing was answered, typed or chosen since the page opened, and nothing is stored: a
    /// page view alone writes nothing to the device, so a later visit's address or snippet
    /// still decides the language and type size.
    OnlyLookedAt,
}

/// What to do with storage now that the state is `state`. `opened_with`: the language and
/// type size the page opened with; `stored`: what storage holds now (another tab may have
/// written it since this one read it).
pub fn decide(state: &State, opened_with: (Lang, bool), stored: Option<&str>) -> Save {
    if state.taken_in {
        return Save::Skip(Skip::TakenIn);
    }
    match stored {
        stored if snapshot::only_looked_at(state, opened_with, stored) => {
            Save::Skip(Skip::OnlyLookedAt)
        }
        // A tab left on this version after a deploy: the newer answers stay.
        Some(newer) if snapshot::written_by_newer_version(newer) => {
            Save::Refuse(Notice::StorageNewer)
        }
        // While a result link shows, the person's own progress is what is kept, as another tab
        // may have moved it on since this one set it aside.
        stored if state.session.from_link => Save::Write(snapshot::save_over(state, stored)),
        _ => Save::Write(snapshot::save(state)),
    }
}

/// Why storage could not be used, as the browser edge reports it and the person is told it
/// (once per page: the same problem repeats on every change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteFailed {
    /// No storage at all (blocked, private mode, sandboxed frame).
    Unavailable,
    /// The browser refused to write (quota).
    Full,
}

pub fn notice_for(failed: WriteFailed) -> Notice {
    match failed {
        WriteFailed::Unavailable => Notice::StorageUnavailable,
        WriteFailed::Full => Notice::StorageFull,
    }
}

/// Whether the result link leaves the page's address after this change: once the person has
/// made the linked answers their own, a reload must show theirs. A taken-in change leaves the
/// address alone (the tab that made it decided).
pub fn drops_result_link(state: &State) -> bool {
    !state.taken_in && !state.keeps_result_link_in_address()
}
