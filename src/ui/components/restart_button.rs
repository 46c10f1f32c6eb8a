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
        (
            l.t("back-to-own"),
            l.t("back-to-own-question"),
            l.t("back-to-own-yes"),
        )
    } else if app.session.participant.is_some() {
        (
            l.t("restart"),
            l.t("restart-participant-question"),
            l.t("restart-participant-yes"),
        )
    } else {
        (l.t("restart"), l.t("restart-question"), l.t("restart-yes"))
    };
    html! {
        <ConfirmButton {class} {label} {question} question_id="rc-restart-question" {yes}
            action={Action::Session(SessionAction::Restart)} />
    }
}
