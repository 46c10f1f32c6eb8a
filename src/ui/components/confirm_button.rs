use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::labels::labels;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub class: &'static str,
    pub label: &'static str,
    /// Asked before `action` is sent; `question_id` is its element's id.
    pub question: AttrValue,
    pub question_id: &'static str,
    pub yes: &'static str,
    pub action: Action,
}

/// A button whose action throws answers away, so it asks once more; the question takes the
/// focus and "cancel" (or Escape) gives it back.
#[component]
pub fn ConfirmButton(props: &ConfirmButtonProps) -> Html {
    let app = use_app();
    let l = labels(app.prefs.lang);
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
    let set = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    if !*asking {
        return html! {
            <button type="button" class={props.class} onclick={set(true)} ref={button}>{ props.label }</button>
        };
    }
    // Back to the plain button first: where the screen stays, the question is answered.
    let confirm = {
        let asking = asking.clone();
        let action = props.action.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            app.dispatch(action.clone());
        })
    };
    let on_key = {
        let asking = asking.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                asking.set(false);
            }
        })
    };
    html! {
        <div class="rc-confirm" role="group" aria-labelledby={props.question_id} onkeydown={on_key}>
            <p id={props.question_id} tabindex="-1" ref={question}>{ props.question.clone() }</p>
            <button type="button" class="rc-primary" onclick={confirm}>{ props.yes }</button>
            <button type="button" class="rc-secondary" onclick={set(false)}>{ l.t("cancel") }</button>
        </div>
    }
}
