//! The workshop room: the participants a facilitator has collected, what went wrong adding
//! one, and the last removal (to undo). A participant's turn on the facilitator's device also
//! moves the session's answers, so this reducer is handed the session too.

use super::notices::Notice;
use super::session::{Screen, Session};
use crate::assessment::{self, Lang};
use crate::workshop::{AddError, Workshop};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Room {
    pub workshop: Workshop,
    /// Why the last attempt to add a participant failed.
    pub error: Option<AddError>,
    /// The last removal, until something else happens: it can be undone.
    pub removal: Option<Removal>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    /// The participants before, brought back by "undo".
    pub before: Workshop,
    /// Who was removed; `None` when everyone was.
    pub name: Option<String>,
}

impl Removal {
    /// Where the removed person stood (the first row when everyone went).
    pub fn position(&self) -> usize {
        self.name
            .as_ref()
            .and_then(|n| self.before.participants.iter().position(|p| &p.name == n))
            .unwrap_or(0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopAction {
    /// A pasted result link (or a whole comparison link) for a participant of this name.
    AddParticipantLink {
        name: String,
        link: String,
    },
    RemoveParticipant(usize),
    /// Everyone leaves the comparison (a new workshop begins).
    RemoveAllParticipants,
    /// The last removal is taken back.
    UndoRemoval,
    /// The next participant answers here, under this name.
    BeginParticipant(String),
    /// The participant's result goes into the workshop; back to the comparison.
    FinishParticipant,
    /// The participant's turn ends without a result (begun by mistake, or they left): their
    /// answers go, the owner's come back.
    DiscardParticipant,
}

/// What a workshop action may touch besides the room.
pub struct Around<'a> {
    pub session: &'a mut Session,
    pub notices: &'a mut Vec<Notice>,
    pub lang: Lang,
}

impl Room {
    /// The offers that hold for the very next step only (undo a removal, the warning about an
    /// unfinished participant) end with any other step.
    pub fn end_offers_for_next_step(&mut self) {
        self.removal = None;
        if self.error == Some(AddError::Unfinished) {
            self.error = None;
        }
    }

    pub fn reduce(&mut self, action: WorkshopAction, around: Around) {
        let Around {
            session,
            notices,
            lang,
        } = around;
        session.needs_answer = 0;
        session.edited_from_review = None;
        match action {
            WorkshopAction::UndoRemoval => {
                if let Some(removal) = self.removal.take() {
                    self.workshop = removal.before;
                }
                self.end_offers_for_next_step();
            }
            WorkshopAction::BeginParticipant(name) => {
                // The warning about an unfinished participant holds for this very attempt.
                self.removal = None;
                self.begin_participant(name, session, lang);
            }
            other => {
                self.end_offers_for_next_step();
                match other {
                    WorkshopAction::AddParticipantLink { name, link } => {
                        let name = self.name_or_default(name, lang);
                        self.add_participant_link(&name, &link, notices, lang);
                    }
                    WorkshopAction::RemoveParticipant(index) => {
                        if let Some(p) = self.workshop.participants.get(index) {
                            self.removal = Some(Removal {
                                before: self.workshop.clone(),
                                name: Some(p.name.clone()),
                            });
                            self.workshop.remove(index);
                        }
                    }
                    WorkshopAction::RemoveAllParticipants => {
                        if !self.workshop.is_empty() {
                            self.removal = Some(Removal {
                                before: std::mem::take(&mut self.workshop),
                                name: None,
                            });
                        }
                    }
                    WorkshopAction::FinishParticipant => self.finish_participant(session),
                    WorkshopAction::DiscardParticipant => {
                        if session.participant.is_some() {
                            self.end_participants_turn(session);
                        }
                    }
                    WorkshopAction::UndoRemoval | WorkshopAction::BeginParticipant(_) => {}
                }
            }
        }
        session.end_review_edit_off_questions();
    }

    fn begin_participant(&mut self, name: String, session: &mut Session, lang: Lang) {
        let unfinished = session.participant.is_some() && !session.answers.is_empty();
        let checked = if self.workshop.is_full() {
            Err(AddError::Full)
        } else if unfinished && self.error != Some(AddError::Unfinished) {
            Err(AddError::Unfinished)
        } else {
            self.workshop.check_name(&self.name_or_default(name, lang))
        };
        match checked {
            Ok(name) => {
                self.error = None;
                // A link's unchanged answers stay in the link, and a participant's answers
                // are being replaced: neither is set aside.
                if session.participant.is_none() && !session.from_link {
                    session.set_own_answers_aside();
                }
                session.participant = Some(name);
                session.answers = assessment::Answers::new();
                session.company.clear();
                session.from_link = false;
                session.screen = Screen::Question(assessment::questions()[0].id);
            }
            Err(error) => self.error = Some(error),
        }
    }

    /// The participant's answers go into the workshop, and the owner's come back. When the
    /// workshop refuses them, they stay on screen with the reason: nothing is thrown away.
    fn finish_participant(&mut self, session: &mut Session) {
        let Some(name) = session.participant.clone() else {
            session.screen = Screen::Workshop;
            return;
        };
        match self
            .workshop
            .add(&self.workshop.free_variant(&name), session.answers.clone())
        {
            Ok(()) => self.end_participants_turn(session),
            Err(error) => self.error = Some(error),
        }
    }

    /// Back to the comparison, with the owner's answers in place of the participant's.
    fn end_participants_turn(&mut self, session: &mut Session) {
        self.error = None;
        session.participant = None;
        session.take_own_answers_back();
        session.screen = Screen::Workshop;
    }

    /// A name left empty becomes the one the form suggested ("Person 3").
    fn name_or_default(&self, name: String, lang: Lang) -> String {
        if name.trim().is_empty() {
            self.workshop.default_name(lang)
        } else {
            name
        }
    }

    fn add_participant_link(
        &mut self,
        name: &str,
        link: &str,
        notices: &mut Vec<Notice>,
        lang: Lang,
    ) {
        // Read as the address would be: a link a mail tool wrapped works here too.
        let link = &crate::share::params::unwrapped_link(link);
        // A whole comparison link adds everyone in it.
        if crate::share::params::has_key(link, "c") {
            match crate::workshop::decode_link(link, lang) {
                Ok((other, skipped)) => {
                    let before = self.workshop.len();
                    let refused = skipped + self.workshop.merge(other);
                    self.error = (refused == 0 && self.workshop.len() == before)
                        .then_some(AddError::AllThere);
                    if refused > 0 {
                        notices.push(Notice::WorkshopEntriesSkipped(refused));
                    }
                }
                Err(error) => self.error = Some(AddError::ComparisonLink(error)),
            }
            return;
        }
        self.error = self.workshop.add_link(name, link).err();
    }

    /// Takes in the workshop another tab saved; an undo offered here no longer fits it.
    pub fn take_in(&mut self, workshop: Workshop) {
        if workshop != self.workshop {
            self.removal = None;
            self.workshop = workshop;
        }
    }

    /// A participant's turn began or ended elsewhere: the error about this one's is moot.
    pub fn participant_changed_elsewhere(&mut self) {
        self.error = None;
    }
}
