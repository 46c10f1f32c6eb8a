use yew::prelude::*;

use super::confirm_button::ConfirmButton;
use crate::ui::hooks::use_app;
use crate::ui::labels::labels;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct RestartButtonProps {
    pub class: &'static str,
}

/// "Start again" deletes every answer (or, under a result link, puts the person's own back),
/// so it asks once more.
#[component]
pub fn RestartButton(props: &RestartButtonProps) -> Html {
    let app = use_app();
    let l = labels(app.lang);
    let (label, question, yes) = if app.restart_returns_own_answers() {
        (l.back_to_own, l.back_to_own_question, l.back_to_own_yes)
    } else if app.participant.is_some() {
        (
            l.restart,
            l.restart_participant_question,
            l.restart_participant_yes,
        )
    } else {
        (l.restart, l.restart_question, l.restart_yes)
    };
    html! {
        <ConfirmButton class={props.class} {label} question={question} question_id="rc-restart-question"
            {yes} action={Action::Restart} />
    }
}
