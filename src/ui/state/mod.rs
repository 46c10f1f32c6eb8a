//! The app's state, in slices that each have one job and one reducer:
//!
//! | slice | job | reducer |
//! |---|---|---|
//! | [`Prefs`] | language, type size | [`Prefs::reduce`] |
//! | [`Session`] | the person's screen, answers, company, answers set aside | [`Session::reduce`] |
//! | [`Room`] | the workshop's participants, a failed addition, the last removal | [`Room::reduce`] |
//! | notices | what the person should know | [`notices::reduce`] |
//! | [`LeadForm`] | the result's contact form and its request | [`LeadForm::reduce`] |
//!
//! [`State::reduce`] only routes: each action names the slices it changes. Start-up
//! ([`Action::Started`]) and another tab's save ([`Action::SavedElsewhere`]) are actions too,
//! so no state is built anywhere else. The host's configuration is not state: it is fixed for
//! the page's life (see [`crate::ui::host_config`]). Pure: the outcome is computed by the
//! assessment, never here.

pub mod lead;
pub mod notices;
pub mod prefs;
pub mod room;
pub mod session;
mod start;

pub use lead::{LeadAction, LeadForm, LeadStatus};
pub use notices::{Notice, NoticeAction};
pub use prefs::{Prefs, PrefsAction};
pub use room::{Removal, Room, WorkshopAction};
pub use session::{
    clean_company, screen_fits, Screen, Session, SessionAction, SetAside, ADVANCE_BEAT_MS,
    COMPANY_MAX_CHARS, MAX_SET_ASIDE,
};
pub use start::{Saved, Start};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub prefs: Prefs,
    pub session: Session,
    pub room: Room,
    pub notices: Vec<Notice>,
    /// Never saved: a half-typed request for contact is not progress in the check.
    pub lead: LeadForm,
    /// The last change was taken in from what another tab saved: storage holds it already, and
    /// that tab told the host page. Saving it back could put it over a newer save.
    pub taken_in: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Prefs(PrefsAction),
    Session(SessionAction),
    Workshop(WorkshopAction),
    Notices(NoticeAction),
    Lead(LeadAction),
    /// The page opened: saved progress, the address and the browser's languages.
    Started(Box<Start>),
    /// Another tab or frame of this page saved its progress (read back from storage).
    SavedElsewhere(Box<State>),
}

impl From<PrefsAction> for Action {
    fn from(action: PrefsAction) -> Self {
        Action::Prefs(action)
    }
}

impl From<SessionAction> for Action {
    fn from(action: SessionAction) -> Self {
        Action::Session(action)
    }
}

impl From<WorkshopAction> for Action {
    fn from(action: WorkshopAction) -> Self {
        Action::Workshop(action)
    }
}

impl From<NoticeAction> for Action {
    fn from(action: NoticeAction) -> Self {
        Action::Notices(action)
    }
}

impl From<LeadAction> for Action {
    fn from(action: LeadAction) -> Self {
        Action::Lead(action)
    }
}

impl State {
    pub fn reduce(mut self, action: Action) -> State {
        self.taken_in = false;
        match action {
            // Preferences and notices change nothing the person is in the middle of.
            Action::Prefs(action) => self.prefs.reduce(action),
            Action::Notices(action) => notices::reduce(&mut self.notices, action),
            Action::Lead(action) => self.lead.reduce(action),
            Action::Session(action) => {
                // A step in the check ends the workshop's offers for the very next step.
                self.room.end_offers_for_next_step();
                // The next person at a kiosk must not find (or send) this one's contact.
                if action == SessionAction::Restart {
                    self.lead = LeadForm::default();
                }
                match action {
                    SessionAction::Restart if self.session.restart_wipes() => {
                        self.notices.clear();
                        self.room.error = None;
                    }
                    SessionAction::OpenWorkshop => self.room.error = None,
                    _ => {}
                }
                self.session.reduce(action);
            }
            Action::Workshop(action) => self.room.reduce(
                action,
                room::Around {
                    session: &mut self.session,
                    notices: &mut self.notices,
                    lang: self.prefs.lang,
                },
            ),
            Action::Started(start) => self = start::started(*start),
            Action::SavedElsewhere(stored) => {
                self.take_in_saved_elsewhere(*stored);
                self.taken_in = true;
            }
        }
        self
    }

    /// Another tab of this page moved the progress on: this one takes it in, so its next save
    /// cannot put older answers over the newer ones. Each tab stays on its screen (when the
    /// answers still have it) and keeps its language and type size. A tab showing a result
    /// link goes on showing it; what it returns to is the progress just saved.
    fn take_in_saved_elsewhere(&mut self, stored: State) {
        self.room.take_in(stored.room.workshop);
        let stored = stored.session;
        let session = &mut self.session;
        session.set_aside = stored.set_aside;
        let own = SetAside {
            answers: stored.answers,
            company: stored.company,
        };
        if session.from_link {
            let Some(name) = &stored.participant else {
                if !own.is_empty() {
                    session.set_aside.push(own);
                }
                return;
            };
            // A participant began answering: the link waits, as when opened during their turn.
            session.from_link = false;
            session.link_company = None;
            session.screen = stored.screen;
            notices::notify(
                &mut self.notices,
                Notice::LinkWaitsForParticipant(name.clone()),
            );
        }
        session.answers = own.answers;
        session.company = own.company;
        if stored.participant != session.participant {
            self.room.participant_changed_elsewhere();
        }
        session.participant = stored.participant;
        if !screen_fits(session.screen, &session.answers) {
            session.screen = stored.screen;
        }
        session.end_review_edit_off_questions();
    }

    /// Whether a result link stays in the address: while it is shown, and while it waits for a
    /// participant to finish (the notice says to open it again).
    pub fn keeps_result_link_in_address(&self) -> bool {
        self.session.from_link
            || self
                .notices
                .iter()
                .any(|n| matches!(n, Notice::LinkWaitsForParticipant(_)))
    }
}

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().reduce(action))
    }
}
