//! The person's session: the screen they are on, their answers and company name, and the
//! answers set aside while someone else's show (a result link's, or a workshop participant's
//! answering on this device). What happens when a person clicks an answer is read here.

use crate::assessment::{self, Answers};

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
pub struct Session {
    pub screen: Screen,
    pub answers: Answers,
    pub company: String,
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
    /// Set while a workshop participant answers on the facilitator's device, under this name.
    pub participant: Option<String>,
    /// This person's own answers, kept while the screen shows others: a result link's, a
    /// participant's answering on this device, or a link's answers they changed. A stack: the
    /// last one set aside comes back first.
    pub set_aside: Vec<SetAside>,
    /// A single-choice answer was picked (a tap, a number key): the check moves on from this
    /// question after a short visible beat ([`ADVANCE_BEAT_MS`]), unless something else
    /// happens first.
    pub advancing: Option<&'static str>,
    /// The company whose result link is shown, when its sender sent the name along.
    pub link_company: Option<String>,
}

/// How long a picked answer shows before the check moves on: long enough to see what was
/// picked (and to pick another), short enough not to wait for.
pub const ADVANCE_BEAT_MS: u32 = 450;

impl Default for Session {
    fn default() -> Self {
        Session {
            screen: Screen::Start,
            answers: Answers::new(),
            company: String::new(),
            editing_from_review: false,
            needs_answer: 0,
            edited_from_review: None,
            from_link: false,
            participant: None,
            set_aside: Vec::new(),
            advancing: None,
            link_company: None,
        }
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

/// What a person does in the check itself.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionAction {
    SetCompany(String),
    Begin,
    Choose {
        question: &'static str,
        option: &'static str,
    },
    /// An answer picked by a tap, a click or Space: chosen, and a single-choice question moves
    /// on after a beat ([`SessionAction::AdvanceAfterPick`]). Arrow keys only `Choose`.
    Pick {
        question: &'static str,
        option: &'static str,
    },
    /// A number key on the question screen: picks the n-th answer (0-based) of the current
    /// question.
    ChooseNth(usize),
    /// The beat after a pick is over: on to the next question, if the person is still on the
    /// picked one and did nothing else meanwhile.
    AdvanceAfterPick(&'static str),
    Next,
    Back,
    Edit(&'static str),
    ShowResult,
    /// Starts again: see [`Session::restart`].
    Restart,
    /// Back to the start screen, answers kept (from the facilitator's view).
    ShowStart,
    OpenWorkshop,
}

/// Answer sets kept aside at most: the own answers, and changed copies of links' answers.
pub const MAX_SET_ASIDE: usize = 3;

pub use crate::branding::{clean_company, COMPANY_MAX_CHARS};

impl Session {
    /// Every action of the session starts from no "answer first" message, no row to focus in
    /// the review and no pending move on: each answers the action before, and only `Next` on
    /// an unanswered question, `Next`/`Back` from an edit and a pick set them again.
    pub fn reduce(&mut self, action: SessionAction) {
        let unanswered_presses = std::mem::take(&mut self.needs_answer);
        self.edited_from_review = None;
        let advancing = self.advancing.take();
        match action {
            SessionAction::SetCompany(name) => {
                let name = clean_company(&name);
                if name != self.company {
                    self.company = name;
                    self.make_linked_answers_own();
                }
            }
            SessionAction::Begin => {
                self.editing_from_review = false;
                self.screen = self.first_missing_or(Screen::Review);
            }
            SessionAction::Choose { question, option } => self.choose(question, option),
            SessionAction::Pick { question, option } => self.pick(question, option),
            SessionAction::ChooseNth(index) => {
                if let Screen::Question(id) = self.screen {
                    if let Some(option) =
                        assessment::question(id).and_then(|q| q.options.get(index))
                    {
                        self.pick(id, option.id);
                    }
                }
            }
            SessionAction::AdvanceAfterPick(id) => {
                if advancing == Some(id) && self.screen == Screen::Question(id) {
                    self.next(0);
                }
            }
            SessionAction::Next => self.next(unanswered_presses),
            SessionAction::Back => self.back(),
            SessionAction::Edit(id) => {
                if assessment::question(id).is_some() {
                    self.screen = Screen::Question(id);
                    self.editing_from_review = true;
                }
            }
            SessionAction::ShowResult => {
                self.editing_from_review = false;
                self.screen = self.first_missing_or(Screen::Result);
            }
            SessionAction::Restart => self.restart(),
            SessionAction::ShowStart => self.screen = Screen::Start,
            SessionAction::OpenWorkshop => self.screen = Screen::Workshop,
        }
        self.end_review_edit_off_questions();
    }

    /// The first question still open, else `done`.
    fn first_missing_or(&self, done: Screen) -> Screen {
        match assessment::missing(&self.answers).first() {
            Some(q) => Screen::Question(q.id),
            None => done,
        }
    }

    /// Whether "start again" wipes this session rather than bringing answers back: see
    /// [`Session::restart`].
    pub fn restart_wipes(&self) -> bool {
        self.participant.is_some() || (!self.from_link && self.set_aside.is_empty())
    }

    /// One person's answers go. A participant starting again is still that participant, and
    /// the owner's answers stay aside. Leaving a result link's answers (shown or changed)
    /// brings back the person's own.
    fn restart(&mut self) {
        if !self.restart_wipes() {
            self.take_own_answers_back();
            self.from_link = false;
            self.link_company = None;
            self.editing_from_review = false;
            self.screen = Screen::Start;
            return;
        }
        let participant = self.participant.take();
        let set_aside = if participant.is_some() {
            std::mem::take(&mut self.set_aside)
        } else {
            Vec::new()
        };
        *self = Session {
            participant,
            set_aside,
            ..Session::default()
        };
    }

    /// Only a question can be open from the review: any other screen ends that.
    pub fn end_review_edit_off_questions(&mut self) {
        if !matches!(self.screen, Screen::Question(_)) {
            self.editing_from_review = false;
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

    /// Chooses, and on a single-choice question now answered, moves on after the beat. Picking
    /// the answer already picked moves on too: it is how a person confirms it.
    fn pick(&mut self, question: &'static str, option: &str) {
        self.choose(question, option);
        let single = assessment::question(question).is_some_and(|q| !q.multi);
        if single
            && self.screen == Screen::Question(question)
            && self.answers.is_selected(question, option)
        {
            self.advancing = Some(question);
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
    pub fn take_own_answers_back(&mut self) {
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
            self.link_company = None;
            self.trim_set_aside(MAX_SET_ASIDE);
        }
    }

    /// Keeps at most `max` sets aside: the oldest changed copies go, never the first own
    /// answers at the bottom.
    pub fn trim_set_aside(&mut self, max: usize) {
        while self.set_aside.len() > max.max(1) {
            self.set_aside.remove(1);
        }
    }

    /// Whether "start again" brings back answers of this person's own that wait aside, rather
    /// than deleting the ones on screen.
    pub fn restart_returns_own_answers(&self) -> bool {
        self.participant.is_none() && self.set_aside.last().is_some_and(|own| !own.is_empty())
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

    /// The company named on the result and, where it goes along, in its link: a shown link's
    /// sender's (as sent), else the person's own, in the link only when they chose to send it.
    pub fn result_company(&self, send_own: bool) -> (Option<&str>, Option<&str>) {
        if self.from_link {
            let sender = self.link_company.as_deref();
            return (sender, sender);
        }
        let own = Some(self.company.as_str()).filter(|c| !c.is_empty());
        (own, own.filter(|_| send_own))
    }

    /// Shows a result link's answers, the person's own set aside (they stay in storage).
    pub fn show_link(&mut self, answers: Answers, company: Option<String>) {
        if !self.answers.is_empty() || !self.company.is_empty() {
            self.set_own_answers_aside();
        }
        self.answers = answers;
        self.from_link = true;
        self.link_company = company;
        self.editing_from_review = false;
        self.company.clear();
        self.screen = self.first_missing_or(Screen::Result);
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
