use yew::prelude::*;

use super::language_switch::language_switch;
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::labels::labels;
use crate::ui::state::Action;

/// The app's name (and the consultancy's), the languages and the type size. A plain function:
/// it holds no state (see `progress_bar`).
pub fn header(app: &AppHandle) -> Html {
    let l = labels(app.lang);
    html! {
        // Paper keeps the header only for the consultancy's name.
        <header class={classes!("rc-header", app.branding.name.is_some().then_some("rc-branded"))}>
            <p class="rc-brand">
                if let Some(name) = &app.branding.name {
                    <span class="rc-brand-owner">{ name }</span>
                }
                { l.t("app-title") }
            </p>
            <div class="rc-tools">
                { language_switch(app) }
                <button type="button" class="rc-toggle" aria-pressed={app.large_type.to_string()}
                    onclick={on_click(app, Action::ToggleLargeType)}>{ l.t("large-type") }</button>
            </div>
        </header>
    }
}
