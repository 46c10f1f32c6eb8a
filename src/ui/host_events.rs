//! What the host page is told as a person goes through the check (for its analytics):
//! derived from two consecutive states, so it is pure and tested natively.

use serde::Serialize;

use super::state::{LeadStatus, Screen, State};
use crate::assessment::{self, Evaluation, Verdict};
use crate::share::link;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    Started,
    /// The person answered a question and went on: step `step` of `total`.
    Answered {
        question: &'static str,
        step: usize,
        total: usize,
    },
    /// The result is shown; `code` is the result link's code.
    Completed {
        verdict: Verdict,
        code: String,
    },
    /// The consultancy's back-end took the person's request for contact; `payload` is the
    /// JSON it received (see `lead::payload`).
    Lead {
        payload: String,
    },
}

impl HostEvent {
    /// The DOM event is `readiness-check:<name>`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Started => "started",
            HostEvent::Answered { .. } => "answered",
            HostEvent::Completed { .. } => "completed",
            HostEvent::Lead { .. } => "lead",
        }
    }
}

/// A participant's turn begins (on the facilitator's laptop): a new person answering.
fn turn_begins(before: &State, after: &State) -> bool {
    after.session.participant.is_some() && after.session.participant != before.session.participant
}

pub fn between(before: &State, after: &State) -> Vec<HostEvent> {
    let mut events = Vec::new();
    // From the start screen, or a participant's turn beginning (from the workshop screen).
    if (before.session.screen == Screen::Start || turn_begins(before, after))
        && matches!(after.session.screen, Screen::Question(_) | Screen::Review)
    {
        events.push(HostEvent::Started);
    }
    if let Screen::Question(id) = before.session.screen {
        let (step, total) = before.session.progress();
        let went_on = match after.session.screen {
            Screen::Review | Screen::Result => true,
            Screen::Question(next) => next != id && after.session.progress().0 > step,
            Screen::Start | Screen::Workshop => false,
        };
        if went_on && after.session.answers.is_answered(id) {
            events.push(HostEvent::Answered {
                question: id,
                step,
                total,
            });
        }
    }
    // Someone else's result, looked at unchanged, is nobody completing the check here.
    if before.session.screen != Screen::Result
        && after.session.screen == Screen::Result
        && !after.session.from_link
    {
        if let Evaluation::Complete(outcome) = assessment::evaluate(&after.session.answers) {
            events.push(HostEvent::Completed {
                verdict: outcome.verdict,
                code: link::encode(&after.session.answers),
            });
        }
    }
    if before.lead.status != LeadStatus::Sent && after.lead.status == LeadStatus::Sent {
        if let Some(payload) = &after.lead.payload {
            events.push(HostEvent::Lead {
                payload: payload.clone(),
            });
        }
    }
    events
}

/// Reports what happened between states, telling each person's result only once: looking at
/// the same answers' result again (back to the review, a question or the start, and forth; or
/// the owner's own again after a participant's turn) is not another completion. Once the
/// answers are cleared, or a participant's turn begins, the same answers count again (a
/// kiosk's next visitor, a participant answering alike).
#[derive(Default)]
pub struct HostReporter {
    /// The last result code told, per person (`None`: the owner of the answers).
    completed: Vec<(Option<String>, String)>,
}

impl HostReporter {
    pub fn report(&mut self, before: &State, after: &State) -> Vec<HostEvent> {
        let mut events = between(before, after);
        let who = &after.session.participant;
        if after.session.answers.is_empty() || turn_begins(before, after) {
            self.completed.retain(|(person, _)| person != who);
        }
        events.retain(|event| match event {
            HostEvent::Completed { code, .. } => {
                let again = self.completed.iter().any(|(p, c)| p == who && c == code);
                self.completed.retain(|(person, _)| person != who);
                self.completed.push((who.clone(), code.clone()));
                !again
            }
            _ => true,
        });
        events
    }
}

/// What the host page's listener finds in `event.detail` (and in a message's `detail`).
#[derive(Serialize)]
#[serde(untagged)]
enum Detail<'a> {
    Started {},
    Answered {
        question: &'a str,
        step: usize,
        total: usize,
    },
    Completed {
        verdict: &'a str,
        link: String,
    },
}

/// The event's `detail` as JSON: `{}`, `{"question","step","total"}`, `{"verdict","link"}`
/// (the link built on `page_address`), or the lead's payload as sent.
pub fn detail_json(event: &HostEvent, page_address: &str) -> String {
    let detail = match event {
        HostEvent::Lead { payload } => return payload.clone(),
        HostEvent::Started => Detail::Started {},
        HostEvent::Answered {
            question,
            step,
            total,
        } => Detail::Answered {
            question,
            step: *step,
            total: *total,
        },
        HostEvent::Completed { verdict, code } => Detail::Completed {
            verdict: verdict.slug(),
            link: format!("{page_address}#r={code}"),
        },
    };
    to_json(&detail)
}

/// A message to the host page around the snippet's iframe: `{"source":"readiness-check",
/// "type":…,"detail":…}`; `detail_json` is JSON already (see [`detail_json`]).
pub fn message_json(kind: &str, detail_json: &str) -> String {
    #[derive(Serialize)]
    struct Message<'a> {
        source: &'a str,
        #[serde(rename = "type")]
        kind: &'a str,
    }
    let head = to_json(&Message {
        source: MESSAGE_SOURCE,
        kind,
    });
    // The detail is spliced in as the JSON it already is, not parsed and written again.
    format!("{},\"detail\":{detail_json}}}", head.trim_end_matches('}'))
}

/// Every message the check posts says it is the check's.
pub const MESSAGE_SOURCE: &str = "readiness-check";

fn to_json(value: &impl Serialize) -> String {
    // Strings and integers only: writing them cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| "{}".into())
}
