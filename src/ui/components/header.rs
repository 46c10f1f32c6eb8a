use yew::prelude::*;

use super::language_switch::language_switch;
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::host_config::HostConfig;
use crate::ui::labels::labels;
use crate::ui::state::{Action, PrefsAction};

/// The app's name (and the consultancy's), the languages and the type size. A plain function:
/// it holds no state (see `progress_bar`).
pub fn header(app: &AppHandle, config: &HostConfig) -> Html {
    let l = labels(app.prefs.lang);
    html! {
        // Paper keeps the header only for the consultancy's name.
        <header class={classes!("rc-header", config.branding.name.is_some().then_some("rc-branded"))}>
            <p class="rc-brand">
                if let Some(name) = &config.branding.name {
                    <span class="rc-brand-owner">{ name }</span>
                }
                { l.t("app-title") }
            </p>
            <div class="rc-tools">
                { language_switch(app) }
                <button type="button" class="rc-toggle" aria-pressed={app.prefs.large_type.to_string()}
                    onclick={on_click(app, Action::Prefs(PrefsAction::ToggleLargeType))}>{ l.t("large-type") }</button>
            </div>
        </header>
    }
}
