//! The app's state and the one reducer every user action goes through. Pure: it asks the
//! assessment which questions are visible and never computes an outcome itself.

use crate::assessment::{self, Answers, Lang};
use crate::branding::Branding;
use crate::share::link::LinkError;
use crate::workshop::{AddError, Workshop, WorkshopLinkError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(&'static str),
    Review,
    Result,
    /// The facilitator's comparison of several participants.
    Workshop,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    pub company: String,
    pub large_type: bool,
    /// The person chose the language / the type size here (not the address, the snippet or
    /// the browser): kept with their progress, this wins over a later visit's address.
    pub lang_chosen: bool,
    pub large_type_chosen: bool,
    /// A question opened from the review returns there on "next".
    pub editing_from_review: bool,
    /// How often in a row "next" was pressed on an unanswered question (0: not): each press
    /// shows the message anew, so screen readers say it again.
    pub needs_answer: u8,
    /// The question just changed from the review, which takes the focus back to its row.
    pub edited_from_review: Option<&'static str>,
    /// Showing answers opened from someone's result link: not saved as this person's own
    /// progress until they change something.
    pub from_link: bool,
    pub notices: Vec<Notice>,
    /// The host's configuration: fixed for the page's life, never saved.
    pub branding: Branding,
    /// The host page's origin, when running inside the embed snippet's iframe.
    pub embedded_in: Option<String>,
    /// The page around the check hears of progress and results (see `Launch`).
    pub reports_to_host: bool,
    /// The participants a facilitator has collected.
    pub workshop: Workshop,
    /// Set while a participant answers on the facilitator's laptop, under this name.
    pub participant: Option<String>,
    /// Why the last attempt to add a participant failed.
    pub workshop_error: Option<AddError>,
    /// The last removal from the workshop, until something else happens: it can be undone.
    pub removal: Option<Removal>,
    /// This person's own answers, kept while the screen shows others: a result link's, a
    /// participant's answering on this laptop, or a link's answers they changed. A stack: the
    /// last one set aside comes back first.
    pub set_aside: Vec<SetAside>,
    /// The last change was taken in from what another tab saved: storage holds it already, and
    /// that tab told the host page. Saving it back could put it over a newer save.
    pub taken_in: bool,
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

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetAside {
    pub answers: Answers,
    pub company: String,
}

impl SetAside {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.company.is_empty()
    }
}

/// Something the person should know that is not an error of theirs.
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
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::De,
            screen: Screen::Start,
            answers: Answers::new(),
            company: String::new(),
            large_type: false,
            lang_chosen: false,
            large_type_chosen: false,
            editing_from_review: false,
            needs_answer: 0,
            edited_from_review: None,
            from_link: false,
            notices: Vec::new(),
            branding: Branding::default(),
            embedded_in: None,
            reports_to_host: false,
            workshop: Workshop::default(),
            participant: None,
            workshop_error: None,
            removal: None,
            set_aside: Vec::new(),
            taken_in: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetCompany(String),
    ToggleLargeType,
    Begin,
    Choose {
        question: &'static str,
        option: &'static str,
    },
    /// A number key on the question screen: the n-th answer (0-based) of the current question.
    ChooseNth(usize),
    Next,
    Back,
    Edit(&'static str),
    ShowResult,
    Restart,
    /// Back to the start screen, answers kept (from the facilitator's view).
    ShowStart,
    Notify(Notice),
    Dismiss(usize),
    OpenWorkshop,
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
    /// Another tab or frame of this page saved its progress (read back from storage).
    SavedElsewhere(Box<State>),
}

/// Answer sets kept aside at most: the own answers, and changed copies of links' answers.
pub const MAX_SET_ASIDE: usize = 3;

/// The company name is shown on screen and print: keep it short and on one line.
pub const COMPANY_MAX_CHARS: usize = 80;

/// A company name as kept: no control or invisible characters, at most [`COMPANY_MAX_CHARS`].
pub fn clean_company(name: &str) -> String {
    name.chars()
        .filter(|&c| !crate::branding::is_hidden(c))
        .take(COMPANY_MAX_CHARS)
        .collect()
}

impl State {
    pub fn reduce(mut self, action: Action) -> State {
        // Language, type size and notices change nothing the person is in the middle of.
        let aside = matches!(
            action,
            Action::SetLang(_)
                | Action::ToggleLargeType
                | Action::Notify(_)
                | Action::Dismiss(_)
                | Action::SavedElsewhere(_)
        );
        self.taken_in = matches!(action, Action::SavedElsewhere(_));
        let unanswered_presses = if aside {
            self.needs_answer
        } else {
            std::mem::take(&mut self.needs_answer)
        };
        if !aside {
            self.edited_from_review = None;
            // Undo is offered for the last removal only, until anything else happens.
            if action != Action::UndoRemoval {
                self.removal = None;
            }
            // The warning about an unfinished participant holds for the very next attempt.
            if !matches!(action, Action::BeginParticipant(_))
                && self.workshop_error == Some(AddError::Unfinished)
            {
                self.workshop_error = None;
            }
        }
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.lang_chosen = true;
            }
            Action::SetCompany(name) => {
                let name = clean_company(&name);
                if name != self.company {
                    self.company = name;
                    self.make_linked_answers_own();
                }
            }
            Action::ToggleLargeType => {
                self.large_type = !self.large_type;
                self.large_type_chosen = true;
            }
            Action::Begin => {
                self.editing_from_review = false;
                self.screen = match assessment::missing(&self.answers).first() {
                    Some(q) => Screen::Question(q.id),
                    None => Screen::Review,
                };
            }
            Action::Choose { question, option } => self.choose(question, option),
            Action::ChooseNth(index) => {
                if let Screen::Question(id) = self.screen {
                    if let Some(option) =
                        assessment::question(id).and_then(|q| q.options.get(index))
                    {
                        self.choose(id, option.id);
                    }
                }
            }
            Action::Next => self.next(unanswered_presses),
            Action::Back => self.back(),
            Action::Edit(id) => {
                if assessment::question(id).is_some() {
                    self.screen = Screen::Question(id);
                    self.editing_from_review = true;
                }
            }
            Action::ShowResult => {
                self.editing_from_review = false;
                self.screen = match assessment::missing(&self.answers).first() {
                    Some(q) => Screen::Question(q.id),
                    None => Screen::Result,
                };
            }
            Action::Restart => {
                // The facilitator's participants stay; one person's answers go. A participant
                // starting again is still that participant, and the owner's answers stay aside.
                // Leaving a result link's answers (shown or changed) brings back the person's own.
                let keep_aside = self.participant.is_some();
                if !keep_aside && (self.from_link || !self.set_aside.is_empty()) {
                    self.take_own_answers_back();
                    self.from_link = false;
                    self.editing_from_review = false;
                    self.screen = Screen::Start;
                    return self;
                }
                self = State {
                    lang: self.lang,
                    large_type: self.large_type,
                    lang_chosen: self.lang_chosen,
                    large_type_chosen: self.large_type_chosen,
                    branding: self.branding,
                    embedded_in: self.embedded_in,
                    reports_to_host: self.reports_to_host,
                    workshop: self.workshop,
                    participant: self.participant,
                    set_aside: if keep_aside {
                        self.set_aside
                    } else {
                        Vec::new()
                    },
                    ..State::default()
                };
            }
            Action::ShowStart => self.screen = Screen::Start,
            Action::Notify(notice) => self.notify(notice),
            Action::Dismiss(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Action::OpenWorkshop => {
                self.workshop_error = None;
                self.screen = Screen::Workshop;
            }
            Action::AddParticipantLink { name, link } => {
                let name = self.name_or_default(name);
                self.add_participant_link(&name, &link);
            }
            Action::RemoveParticipant(index) => {
                if let Some(p) = self.workshop.participants.get(index) {
                    self.removal = Some(Removal {
                        before: self.workshop.clone(),
                        name: Some(p.name.clone()),
                    });
                    self.workshop.remove(index);
                }
            }
            Action::RemoveAllParticipants => {
                if !self.workshop.is_empty() {
                    self.removal = Some(Removal {
                        before: std::mem::take(&mut self.workshop),
                        name: None,
                    });
                }
            }
            Action::UndoRemoval => {
                if let Some(removal) = self.removal.take() {
                    self.workshop = removal.before;
                }
            }
            Action::BeginParticipant(name) => {
                let unfinished = self.participant.is_some() && !self.answers.is_empty();
                let checked = if self.workshop.is_full() {
                    Err(AddError::Full)
                } else if unfinished && self.workshop_error != Some(AddError::Unfinished) {
                    Err(AddError::Unfinished)
                } else {
                    self.workshop.check_name(&self.name_or_default(name))
                };
                match checked {
                    Ok(name) => {
                        self.workshop_error = None;
                        // A link's unchanged answers stay in the link, and a participant's
                        // answers are being replaced: neither is set aside.
                        if self.participant.is_none() && !self.from_link {
                            self.set_own_answers_aside();
                        }
                        self.participant = Some(name);
                        self.answers = Answers::new();
                        self.company.clear();
                        self.from_link = false;
                        self.screen = Screen::Question(assessment::questions()[0].id);
                    }
                    Err(error) => self.workshop_error = Some(error),
                }
            }
            Action::FinishParticipant => self.finish_participant(),
            Action::DiscardParticipant => {
                if self.participant.is_some() {
                    self.end_participants_turn();
                }
            }
            Action::SavedElsewhere(stored) => self.take_in_saved_elsewhere(*stored),
        }
        self.end_review_edit_off_questions();
        self
    }

    /// Only a question can be open from the review: any other screen ends that.
    pub(crate) fn end_review_edit_off_questions(&mut self) {
        if !matches!(self.screen, Screen::Question(_)) {
            self.editing_from_review = false;
        }
    }

    /// Another tab of this page moved the progress on: this one takes it in, so its next save
    /// cannot put older answers over the newer ones. Each tab stays on its screen (when the
    /// answers still have it) and keeps its language and type size. A tab showing a result
    /// link goes on showing it; what it returns to is the progress just saved.
    fn take_in_saved_elsewhere(&mut self, stored: State) {
        if stored.workshop != self.workshop {
            self.removal = None;
            self.workshop = stored.workshop;
        }
        self.set_aside = stored.set_aside;
        let own = SetAside {
            answers: stored.answers,
            company: stored.company,
        };
        if self.from_link {
            let Some(name) = &stored.participant else {
                if !own.is_empty() {
                    self.set_aside.push(own);
                }
                return;
            };
            // A participant began answering: the link waits, as when opened during their turn.
            self.from_link = false;
            self.screen = stored.screen;
            self.notify(Notice::LinkWaitsForParticipant(name.clone()));
        }
        self.answers = own.answers;
        self.company = own.company;
        if stored.participant != self.participant {
            self.workshop_error = None;
        }
        self.participant = stored.participant;
        if !screen_fits(self.screen, &self.answers) {
            self.screen = stored.screen;
        }
    }

    /// Ids come from the questionnaire itself; a stale one is simply ignored. Picking the
    /// answer already picked changes nothing, so a linked set stays the link's.
    fn choose(&mut self, question: &str, option: &str) {
        let before = self.answers.clone();
        if self.answers.choose(question, option).is_ok() && self.answers != before {
            self.make_linked_answers_own();
        }
    }

    fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Moves this person's answers and company name out of the way of someone else's (the
    /// same set twice is kept once).
    pub fn set_own_answers_aside(&mut self) {
        let own = SetAside {
            answers: std::mem::take(&mut self.answers),
            company: std::mem::take(&mut self.company),
        };
        if self.set_aside.last() != Some(&own) {
            self.set_aside.push(own);
        }
    }

    /// The answers set aside last come back in place of the ones on screen.
    fn take_own_answers_back(&mut self) {
        let own = self.set_aside.pop().unwrap_or_default();
        self.answers = own.answers;
        self.company = own.company;
    }

    /// Changing a linked answer makes the whole set this person's to work on (the share link
    /// still holds the original). Their earlier progress stays aside, and "start again" brings
    /// it back. Only here, where a changed copy becomes the person's, is the stack trimmed to
    /// [`MAX_SET_ASIDE`]: the oldest changed copies go, never the first own answers at the
    /// bottom (a link view or a participant sets one more aside only for a while).
    fn make_linked_answers_own(&mut self) {
        if self.from_link {
            self.from_link = false;
            self.trim_set_aside(MAX_SET_ASIDE);
        }
    }

    /// Keeps at most `max` sets aside: the oldest changed copies go, never the first own
    /// answers at the bottom.
    pub(crate) fn trim_set_aside(&mut self, max: usize) {
        while self.set_aside.len() > max.max(1) {
            self.set_aside.remove(1);
        }
    }

    /// Whether "start again" brings back answers of this person's own that wait aside, rather
    /// than deleting the ones on screen.
    pub fn restart_returns_own_answers(&self) -> bool {
        self.participant.is_none() && self.set_aside.last().is_some_and(|own| !own.is_empty())
    }

    /// Whether a result link stays in the address: while it is shown, and while it waits for a
    /// participant to finish (the notice says to open it again).
    pub fn keeps_result_link_in_address(&self) -> bool {
        self.from_link
            || self
                .notices
                .iter()
                .any(|n| matches!(n, Notice::LinkWaitsForParticipant(_)))
    }

    /// The participant's answers go into the workshop, and the owner's come back. When the
    /// workshop refuses them, they stay on screen with the reason: nothing is thrown away.
    fn finish_participant(&mut self) {
        let Some(name) = self.participant.clone() else {
            self.screen = Screen::Workshop;
            return;
        };
        match self
            .workshop
            .add(&self.workshop.free_variant(&name), self.answers.clone())
        {
            Ok(()) => self.end_participants_turn(),
            Err(error) => self.workshop_error = Some(error),
        }
    }

    /// Back to the comparison, with the owner's answers in place of the participant's.
    fn end_participants_turn(&mut self) {
        self.workshop_error = None;
        self.participant = None;
        self.take_own_answers_back();
        self.screen = Screen::Workshop;
    }

    /// A name left empty becomes the one the form suggested ("Person 3").
    fn name_or_default(&self, name: String) -> String {
        if name.trim().is_empty() {
            self.workshop.default_name(self.lang)
        } else {
            name
        }
    }

    fn add_participant_link(&mut self, name: &str, link: &str) {
        // Read as the address would be: a link a mail tool wrapped works here too.
        let link = &crate::share::params::unwrapped_link(link);
        // A whole comparison link adds everyone in it.
        if crate::share::params::has_key(link, "c") {
            match crate::workshop::decode_link(link, self.lang) {
                Ok((other, skipped)) => {
                    let before = self.workshop.len();
                    let refused = skipped + self.workshop.merge(other);
                    self.workshop_error = (refused == 0 && self.workshop.len() == before)
                        .then_some(AddError::AllThere);
                    if refused > 0 {
                        self.notices.push(Notice::WorkshopEntriesSkipped(refused));
                    }
                }
                Err(error) => self.workshop_error = Some(AddError::ComparisonLink(error)),
            }
            return;
        }
        self.workshop_error = self.workshop.add_link(name, link).err();
    }

    /// Position (1-based) of the current question among the ones still to expect, and their
    /// count (which shrinks as answers skip follow-ups; it does not grow on the way forward).
    pub fn progress(&self) -> (usize, usize) {
        let expected = assessment::expected_questions(&self.answers);
        let position = match self.screen {
            Screen::Start => 0,
            Screen::Question(id) => expected
                .iter()
                .position(|q| q.id == id)
                .map_or(0, |i| i + 1),
            Screen::Review | Screen::Result | Screen::Workshop => expected.len(),
        };
        (position, expected.len())
    }

    /// Whether "next" on the current question leads to the review rather than another question.
    pub fn next_is_review(&self) -> bool {
        let Screen::Question(id) = self.screen else {
            return false;
        };
        let visible = assessment::visible_questions(&self.answers);
        let last = visible.last().is_some_and(|q| q.id == id);
        last || (self.editing_from_review && assessment::missing(&self.answers).is_empty())
    }

    fn next(&mut self, unanswered_presses: u8) {
        let Screen::Question(id) = self.screen else {
            return;
        };
        if !self.answers.is_answered(id) {
            self.needs_answer = unanswered_presses.wrapping_add(1).max(1);
            return;
        }
        if self.next_is_review() {
            if self.editing_from_review {
                self.edited_from_review = Some(id);
            }
            self.editing_from_review = false;
            self.screen = Screen::Review;
            return;
        }
        let visible = assessment::visible_questions(&self.answers);
        self.screen = match visible.iter().position(|q| q.id == id) {
            Some(i) if i + 1 < visible.len() => Screen::Question(visible[i + 1].id),
            _ => Screen::Review,
        };
    }

    fn back(&mut self) {
        let visible = assessment::visible_questions(&self.answers);
        self.screen = match self.screen {
            // Opened from the overview: back to it, the focus on the question's row.
            Screen::Question(id) if self.editing_from_review => {
                self.editing_from_review = false;
                self.edited_from_review = Some(id);
                Screen::Review
            }
            Screen::Start => Screen::Start,
            Screen::Question(id) => match visible.iter().position(|q| q.id == id) {
                Some(i) if i > 0 => Screen::Question(visible[i - 1].id),
                // A participant's turn began in the workshop: back there, where it can go on
                // or be discarded (the start screen would go on with it unnamed).
                _ if self.participant.is_some() => Screen::Workshop,
                _ => Screen::Start,
            },
            Screen::Review => visible
                .last()
                .map_or(Screen::Start, |q| Screen::Question(q.id)),
            Screen::Result => Screen::Review,
            Screen::Workshop => Screen::Start,
        };
    }
}

/// Whether a screen can show with these answers: a question they hide or a result they do
/// not complete cannot.
pub fn screen_fits(screen: Screen, answers: &Answers) -> bool {
    match screen {
        Screen::Question(id) => assessment::visible_questions(answers)
            .iter()
            .any(|q| q.id == id),
        Screen::Result => assessment::missing(answers).is_empty(),
        Screen::Start | Screen::Review | Screen::Workshop => true,
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().reduce(action))
    }
}
