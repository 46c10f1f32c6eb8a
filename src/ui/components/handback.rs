use yew::prelude::*;

use crate::assessment::Lang;
use crate::ui::hooks::{on_click, use_app};
use crate::ui::labels::labels;
use crate::ui::state::{Action, WorkshopAction};

#[derive(Properties, PartialEq)]
pub struct HandbackProps {
    pub lang: Lang,
    pub name: String,
    /// Whether the participant chose to show their result to the room.
    pub shown: bool,
    pub on_show: Callback<MouseEvent>,
    /// The app's focus target while the result is hidden (then this is the screen's heading).
    pub heading: NodeRef,
}

/// A workshop participant done on the facilitator's device: handing back comes first, their
/// result stays out of the room's sight until they show it.
#[component]
pub fn Handback(props: &HandbackProps) -> Html {
    let app = use_app();
    let l = labels(props.lang);
    html! {
        <div class="rc-handback rc-no-print">
            if props.shown {
                <p class="rc-handback-title"><strong>{ l.fill("handback-title", &[("name", &props.name)]) }</strong></p>
            } else {
                <h1 id="rc-title" tabindex="-1" ref={props.heading.clone()} class="rc-handback-title">{ l.fill("handback-title", &[("name", &props.name)]) }</h1>
            }
            if !props.shown {
                <p>{ l.t("handback-lead") }</p>
            }
            if let Some(error) = &app.room.error {
                <p class="rc-error" role="alert">{ error.text(props.lang) }</p>
            }
            <div class="rc-nav">
                if !props.shown {
                    <button type="button" class="rc-secondary" onclick={props.on_show.clone()}>{ l.t("handback-show") }</button>
                }
                <button type="button" class="rc-primary" onclick={on_click(&app, Action::Workshop(WorkshopAction::FinishParticipant))}>{ l.t("add-to-workshop") }</button>
            </div>
        </div>
    }
}
