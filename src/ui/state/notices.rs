//! What the person should know that is not an error of theirs: a bad link, storage that
//! cannot keep their answers. Each notice shows once, until dismissed.

use crate::share::link::LinkError;
use crate::texts::Lang;
use crate::workshop::WorkshopLinkError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    BadLink(LinkError),
    /// A result link held answers the current questionnaire no longer has.
    LinkAnswersDropped(usize),
    /// Prefill parameters that named unknown questions or answers.
    PrefillIgnored(Vec<String>),
    StorageUnavailable,
    StorageFull,
    /// Progress kept by another version of the app could not be read.
    StorageOutdated,
    /// Progress kept by a newer version of the app: this page is out of date and saves nothing.
    StorageNewer,
    BadWorkshopLink(WorkshopLinkError),
    /// A comparison link had entries that could not be used.
    WorkshopEntriesSkipped(usize),
    /// A result link was opened while this participant answers here: not shown, so their
    /// unfinished answers stay.
    LinkWaitsForParticipant(String),
    /// The person switched to a language whose texts could not be loaded (offline, say).
    TextsUnavailable(Lang),
}

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    Notify(Notice),
    Dismiss(usize),
}

/// The notices' reducer: they are a plain list, shown in order.
pub fn reduce(notices: &mut Vec<Notice>, action: NoticeAction) {
    match action {
        NoticeAction::Notify(notice) => notify(notices, notice),
        NoticeAction::Dismiss(index) => {
            if index < notices.len() {
                notices.remove(index);
            }
        }
    }
}

/// The same notice twice is shown once.
pub fn notify(notices: &mut Vec<Notice>, notice: Notice) {
    if !notices.contains(&notice) {
        notices.push(notice);
    }
}
