use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::labels::labels;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct RestartButtonProps {
    pub class: &'static str,
}

/// "Start again" deletes every answer (or, under a result link, puts the person's own back),
/// so it asks once more; the question takes the focus and "cancel" gives it back.
#[component]
pub fn RestartButton(props: &RestartButtonProps) -> Html {
    let app = use_app();
    let l = labels(app.lang);
    let asking = use_state(|| false);
    let (question, button) = (use_node_ref(), use_node_ref());
    {
        let (question, button) = (question.clone(), button.clone());
        let asked = use_mut_ref(|| false);
        use_effect_with(*asking, move |asking| {
            // Not on the first render: the button just appears, nothing was asked yet.
            let target = if *asking {
                Some(question)
            } else {
                asked.borrow().then_some(button)
            };
            *asked.borrow_mut() |= *asking;
            if let Some(el) = target.and_then(|t| t.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }
    let (button_text, question_text, yes_text) = if app.restart_returns_own_answers() {
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
    let set = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    if !*asking {
        return html! {
            <button type="button" class={props.class} onclick={set(true)} ref={button}>{ button_text }</button>
        };
    }
    // Back to the plain button first: where the screen stays (own answers back from under a
    // result link), the question is answered.
    let confirm = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            app.dispatch(Action::Restart);
        })
    };
    html! {
        <div class="rc-confirm" role="group" aria-labelledby="rc-restart-question">
            <p id="rc-restart-question" tabindex="-1" ref={question}>{ question_text }</p>
            <button type="button" class="rc-primary" onclick={confirm}>{ yes_text }</button>
            <button type="button" class="rc-secondary" onclick={set(false)}>{ l.cancel }</button>
        </div>
    }
}
