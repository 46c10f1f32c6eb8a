//! The app's own words (buttons, headings, hints, notices): the `ui.*` and `notice.*` texts of
//! `texts/<lang>.json`. Domain texts (questions, verdicts, plan) are the domain's keys.
//!
//! `labels(lang)` is only the language, so a component reads `l.t("start-button")` for the text
//! keyed `ui.start-button`; a key the file lacks shows German, then `?` (the tests check the
//! keys the components name).

use super::state::Notice;
use crate::texts::{self, fill, text_parts, Lang};

/// The UI's texts in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Labels(Lang);

pub fn labels(lang: Lang) -> Labels {
    Labels(lang)
}

impl Labels {
    /// The text keyed `ui.<name>`.
    pub fn t(self, name: &str) -> &'static str {
        text_parts(self.0, &["ui.", name])
    }

    /// `ui.<name>` with its `{placeholders}` filled.
    pub fn fill(self, name: &str, values: &[(&str, &str)]) -> String {
        fill(self.t(name), values)
    }

    /// `ui.<name>.one` or `ui.<name>.other`, with `{n}` filled.
    pub fn count(self, name: &str, n: usize) -> String {
        texts::count(self.0, &["ui.", name].concat(), n)
    }
}

/// What a notice says, in plain words, with what the person can do.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    let key = |name: &str| text_parts(lang, &["notice.", name]);
    match notice {
        Notice::BadLink(error) => fill(key("bad-link"), &[("error", error.text(lang))]),
        Notice::LinkAnswersDropped(n) => texts::count(lang, "notice.link-answers-dropped", *n),
        Notice::PrefillIgnored(items) => {
            fill(key("prefill-ignored"), &[("list", &items.join(", "))])
        }
        Notice::StorageUnavailable => key("storage-unavailable").to_string(),
        Notice::StorageFull => key("storage-full").to_string(),
        Notice::BadWorkshopLink(error) => {
            fill(key("bad-workshop-link"), &[("error", error.text(lang))])
        }
        Notice::WorkshopEntriesSkipped(n) => {
            texts::count(lang, "notice.workshop-entries-skipped", *n)
        }
        Notice::LinkWaitsForParticipant(name) => {
            fill(key("link-waits-for-participant"), &[("name", name)])
        }
        Notice::StorageNewer => key("storage-newer").to_string(),
        Notice::StorageOutdated => key("storage-outdated").to_string(),
        Notice::TextsUnavailable(other) => {
            fill(key("texts-unavailable"), &[("language", other.own_name())])
        }
    }
}
