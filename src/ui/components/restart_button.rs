use yew::prelude::*;

use super::confirm_button::ConfirmButton;
use crate::ui::hooks::AppHandle;
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction};

/// "Start again" deletes every answer (or, under a result link, puts the person's own back),
/// so it asks once more. A plain function, not a component (see `progress_bar`).
pub fn restart_button(app: &AppHandle, class: &'static str) -> Html {
    let l = labels(app.prefs.lang);
    let (label, question, yes) = if app.session.restart_returns_own_answers() {
        (l.back_to_own, l.back_to_own_question, l.back_to_own_yes)
    } else if app.session.participant.is_some() {
        (
            l.restart,
            l.restart_participant_question,
            l.restart_participant_yes,
        )
    } else {
        (l.restart, l.restart_question, l.restart_yes)
    };
    html! {
        <ConfirmButton {class} {label} {question} question_id="rc-restart-question" {yes}
            action={Action::Session(SessionAction::Restart)} />
    }
}
