use yew::prelude::*;

use crate::assessment::Lang;
use crate::ui::hooks::{on_click, use_app};
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction};

#[derive(Properties, PartialEq)]
pub struct SharedBannerProps {
    pub lang: Lang,
    /// The company the sender named in the link, if they did.
    pub company: Option<String>,
}

/// On a result someone sent: whose it is, and the way to one's own check, on the first screen.
#[component]
pub fn SharedBanner(props: &SharedBannerProps) -> Html {
    let app = use_app();
    let l = labels(props.lang);
    let whose = match &props.company {
        Some(name) => l.fill("shared-by", &[("name", name)]),
        None => l.t("shared-by-someone").to_string(),
    };
    html! {
        <div class="rc-shared-banner rc-no-print">
            <p><strong>{ whose }</strong>{ " " }{ l.t("shared-note") }</p>
            <button type="button" class="rc-primary" onclick={on_click(&app, Action::Session(SessionAction::Restart))}>{ l.t("own-check") }</button>
        </div>
    }
}
