//! The result screen's contact form: open or not, what was typed, what is wrong with it, and
//! where its one request stands. The request itself is sent by the app's effect when
//! [`to_send`] says so, and its answer comes back as [`LeadAction::Answered`].

use crate::branding::Contact;
use crate::lead::{self, Context, Entries, Field, Problem};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeadStatus {
    #[default]
    Editing,
    Sending,
    /// The back-end took it: the entries are final, nothing is sent again.
    Sent,
    /// No answer or not a 2xx one: the entries stay for another try.
    Failed,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadForm {
    pub open: bool,
    pub entries: Entries,
    /// What is wrong, shown once the person tried to send (and kept up to date from then on).
    pub problems: Vec<(Field, Problem)>,
    pub status: LeadStatus,
    /// Counts the tries that went out: each is one request.
    pub attempt: u32,
    /// Counts the tries refused for a problem: each takes the focus to the first one.
    pub refused: u32,
    /// The body of the last request (the host page's event carries it too).
    pub payload: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LeadAction {
    /// Shows the form, with the company named in the session (if any) filled in.
    Open {
        company: Option<String>,
    },
    Edit(Field, String),
    Consent(bool),
    /// Send, with what the result screen adds to the entries.
    Submit(Box<Context>),
    /// The back-end answered try `attempt`: with a 2xx status (`ok`) or not at all.
    Answered {
        attempt: u32,
        ok: bool,
    },
}

impl LeadForm {
    pub fn reduce(&mut self, action: LeadAction) {
        let editable = matches!(self.status, LeadStatus::Editing | LeadStatus::Failed);
        match action {
            LeadAction::Open { company } => {
                if !self.open && self.entries.company.is_empty() {
                    if let Some(company) = company {
                        self.entries.set(Field::Company, &company);
                    }
                }
                self.open = true;
            }
            LeadAction::Edit(field, value) if editable => {
                self.entries.set(field, &value);
                self.recheck();
            }
            LeadAction::Consent(on) if editable => {
                self.entries.consent = on;
                self.recheck();
            }
            LeadAction::Submit(context) if editable => {
                self.problems = self.entries.problems();
                if self.problems.is_empty() {
                    self.status = LeadStatus::Sending;
                    self.attempt += 1;
                    self.payload = Some(lead::payload(&self.entries, &context));
                } else {
                    self.refused += 1;
                }
            }
            LeadAction::Answered { attempt, ok }
                if attempt == self.attempt && self.status == LeadStatus::Sending =>
            {
                self.status = if ok {
                    LeadStatus::Sent
                } else {
                    LeadStatus::Failed
                };
            }
            // Typing while it is sent or after, a second send, an answer to an older try.
            _ => {}
        }
    }

    /// Whether the person tried to send (refused or not): the problems are shown from then on.
    fn tried(&self) -> bool {
        self.attempt > 0 || self.refused > 0
    }

    fn recheck(&mut self) {
        if self.tried() {
            self.problems = self.entries.problems();
        }
    }

    /// Where the person can still write once the request failed: the consultancy's e-mail
    /// contact, if it gave one (a web address is a page, not a mailbox).
    pub fn fallback_address<'a>(&self, contact: Option<&'a Contact>) -> Option<&'a str> {
        match (contact, self.status) {
            (Some(Contact::Email(address)), LeadStatus::Failed) => Some(address),
            _ => None,
        }
    }

    pub fn problem(&self, field: Field) -> Option<Problem> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|&(_, problem)| problem)
    }
}

/// The request to send now, between two states: a try that just began (its number and body).
/// Each try is sent once, whatever renders in between.
pub fn to_send<'a>(before: &LeadForm, after: &'a LeadForm) -> Option<(u32, &'a str)> {
    if after.status != LeadStatus::Sending || after.attempt == before.attempt {
        return None;
    }
    after.payload.as_deref().map(|body| (after.attempt, body))
}
