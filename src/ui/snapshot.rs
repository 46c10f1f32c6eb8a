//! The progress kept in the browser's storage, so a reload resumes where the person was:
//! `v=1&lang=de&at=q.goals&r=<result code>&company=…&large=1`, where `lang` and `large` are
//! there only when the person chose them (then they win over a later visit's address), and
//! `from=review` marks a question opened from the review. The answers use the result
//! link's code, so storage and links share one format and one set of tests. Answers set aside
//! (see `State::set_aside`) are kept as `o=<code>&oc=<company>`, one pair each, oldest first.
//! While a result link is shown, the person's own answers are what is kept, never the link's.

use super::state::{
    clean_company, screen_fits, Notice, Prefs, Screen, Session, SetAside, State, MAX_SET_ASIDE,
};
use crate::assessment::{self, Lang};
use crate::share::codec::{percent_decode, percent_encode};
use crate::share::link;
use crate::share::query;
use crate::workshop::WorkshopLinkError;

pub const SNAPSHOT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// Kept by an older version of the app, in a form this one does not read.
    OtherVersion,
    /// Kept by a newer version of the app (a tab still on this one after a deploy): left as
    /// it is, so the newer answers are not lost.
    NewerVersion,
    /// Not something this app wrote.
    Unreadable,
}

pub fn save(state: &State) -> String {
    if state.session.from_link {
        let mut aside = state.session.set_aside.clone();
        let own = aside.pop().unwrap_or_default();
        return save(&State {
            session: Session {
                answers: own.answers,
                company: own.company,
                set_aside: aside,
                ..Session::default()
            },
            notices: Vec::new(),
            ..state.clone()
        });
    }
    let (prefs, session) = (&state.prefs, &state.session);
    let at = match session.screen {
        Screen::Start => "start".to_string(),
        Screen::Question(id) => format!("q.{id}"),
        Screen::Review => "review".to_string(),
        Screen::Result => "result".to_string(),
        Screen::Workshop => "workshop".to_string(),
    };
    let mut out = format!(
        "v={SNAPSHOT_VERSION}&at={at}&r={}",
        link::encode(&session.answers)
    );
    // A question opened from the review goes back there on "next", after a reload too.
    if session.editing_from_review {
        out.push_str("&from=review");
    }
    if prefs.lang_chosen {
        out.push_str("&lang=");
        out.push_str(prefs.lang.code());
    }
    if !session.company.is_empty() {
        out.push_str("&company=");
        out.push_str(&percent_encode(&session.company));
    }
    if prefs.large_type_chosen {
        out.push_str(if prefs.large_type {
            "&large=1"
        } else {
            "&large=0"
        });
    }
    if !state.room.workshop.is_empty() {
        out.push_str("&w=");
        out.push_str(&percent_encode(&crate::workshop::encode_link(
            &state.room.workshop,
        )));
    }
    if let Some(name) = &session.participant {
        out.push_str("&p=");
        out.push_str(&percent_encode(name));
    }
    for own in &session.set_aside {
        out.push_str("&o=");
        out.push_str(&link::encode(&own.answers));
        if !own.company.is_empty() {
            out.push_str("&oc=");
            out.push_str(&percent_encode(&own.company));
        }
    }
    out
}

/// What to keep after a change while a result link shows, given what storage holds now: the
/// person's own progress as stored (another tab may have moved it on since this one set it
/// aside), with this tab's language, type size and workshop.
pub fn save_over(state: &State, stored: Option<&str>) -> String {
    match stored.map(restore) {
        // Where the person's own progress stands, so their other tab keeps its place.
        Some(Ok(current)) if state.session.from_link => save(&State {
            prefs: state.prefs.clone(),
            room: state.room.clone(),
            ..current
        }),
        _ => save(state),
    }
}

/// Whether saving `state` can wait: nothing is stored yet, and nothing was answered, typed or
/// chosen since the page opened (`opened_with`: its language and type size then). A page view
/// alone writes nothing to the device, so a later visit's address or snippet still decides the
/// language and type size.
pub fn only_looked_at(state: &State, opened_with: (Lang, bool), stored: Option<&str>) -> bool {
    let session = &state.session;
    // A result link's answers are not the person's: looking at them is a page view too.
    let nothing_own = session.from_link
        || session.screen == Screen::Start
            && session.answers.is_empty()
            && session.company.is_empty();
    stored.is_none()
        && nothing_own
        && (state.prefs.lang, state.prefs.large_type) == opened_with
        && session.set_aside.is_empty()
        && state.room.workshop.is_empty()
        && session.participant.is_none()
}

/// Whether a newer version of the app wrote this, which this one must not write over.
pub fn written_by_newer_version(text: &str) -> bool {
    check_version(text) == Err(SnapshotError::NewerVersion)
}

/// Whether this version reads the snapshot, judged by its `v=` alone: a newer format's other
/// values may not read at all.
fn check_version(text: &str) -> Result<(), SnapshotError> {
    let version = query::last_raw(text, "v");
    match version.map(str::parse::<u32>) {
        Some(Ok(SNAPSHOT_VERSION)) => Ok(()),
        Some(Ok(newer)) if newer > SNAPSHOT_VERSION => Err(SnapshotError::NewerVersion),
        Some(_) => Err(SnapshotError::OtherVersion),
        None => Err(SnapshotError::Unreadable),
    }
}

/// The state a snapshot describes; the screen falls back to the start when it no longer exists.
pub fn restore(text: &str) -> Result<State, SnapshotError> {
    check_version(text)?;
    let mut prefs = Prefs::default();
    let mut session = Session::default();
    let mut workshop = crate::workshop::Workshop::default();
    let mut notices = Vec::new();
    let (mut answers, mut at) = (None, "start");
    let mut last_aside_read = false;
    for (key, value) in query::raw_pairs(text) {
        match key {
            "lang" => {
                prefs.lang = Lang::from_code(value).unwrap_or_default();
                prefs.lang_chosen = true;
            }
            "at" => at = value,
            "from" => session.editing_from_review = value == "review",
            "r" => answers = Some(link::decode(value).map_err(|_| SnapshotError::Unreadable)?),
            // Cleaned as typed text is: storage may have been written by anything. A value
            // that does not read is left out; it never costs the person their answers.
            "company" => {
                if let Some(company) = percent_decode(value) {
                    session.company = clean_company(&company);
                }
            }
            "large" => {
                prefs.large_type = value == "1";
                prefs.large_type_chosen = true;
            }
            // Participants this version cannot use (say, answers from before a new question)
            // are left out and counted in a notice; they never cost the person their progress.
            "w" => {
                let unread = match percent_decode(value)
                    .map(|link| crate::workshop::decode_link(&link, prefs.lang))
                {
                    Some(Ok((found, skipped))) => {
                        workshop = found;
                        skipped
                    }
                    Some(Err(WorkshopLinkError::NothingUsable { skipped })) => skipped,
                    // Nothing read: as many as the codes' separators suggest (a `.` is
                    // kept percent-encoded).
                    _ if value.is_empty() => 0,
                    _ => value.to_ascii_uppercase().matches("%2E").count() + 1,
                };
                if unread > 0 {
                    notices.push(Notice::WorkshopEntriesSkipped(unread));
                }
            }
            "p" => {
                if let Some(name) = percent_decode(value) {
                    session.participant =
                        Some(crate::workshop::clean_name(&name)).filter(|n| !n.is_empty());
                }
            }
            // Each `o` opens the next answers set aside (oldest first); `oc` is its company.
            "o" => {
                let Ok(decoded) = link::decode(value) else {
                    last_aside_read = false;
                    continue;
                };
                session.set_aside.push(SetAside {
                    answers: decoded.answers,
                    company: String::new(),
                });
                last_aside_read = true;
                // One more than a person keeps: a link shown or a participant answering sets
                // one aside for a while.
                session.trim_set_aside(MAX_SET_ASIDE + 1);
            }
            // The company of the `o` just before it, if that one was read.
            "oc" => {
                if let (true, Some(own), Some(company)) = (
                    last_aside_read,
                    session.set_aside.last_mut(),
                    percent_decode(value),
                ) {
                    own.company = clean_company(&company);
                }
            }
            _ => {}
        }
    }
    session.answers = answers.ok_or(SnapshotError::Unreadable)?.answers;
    let screen = match at {
        "review" => Screen::Review,
        "workshop" => Screen::Workshop,
        "result" => Screen::Result,
        _ => match at.strip_prefix("q.").and_then(assessment::question) {
            Some(q) => Screen::Question(q.id),
            None => Screen::Start,
        },
    };
    session.screen = match screen {
        _ if screen_fits(screen, &session.answers) => screen,
        Screen::Result => Screen::Review,
        _ => Screen::Start,
    };
    Ok(State {
        prefs,
        session,
        room: super::state::Room {
            workshop,
            ..Default::default()
        },
        notices,
        lead: Default::default(),
        taken_in: false,
    })
}
