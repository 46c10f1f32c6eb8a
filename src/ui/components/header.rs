use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use crate::ui::hooks::use_app;
use crate::ui::labels::labels;
use crate::ui::state::Action;

#[component]
pub fn Header() -> Html {
    let app = use_app();
    let l = labels(app.lang);
    let toggle_large = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::ToggleLargeType))
    };
    html! {
        // Paper keeps the header only for the consultancy's name.
        <header class={classes!("rc-header", app.branding.name.is_some().then_some("rc-branded"))}>
            <p class="rc-brand">
                if let Some(name) = &app.branding.name {
                    <span class="rc-brand-owner">{ name }</span>
                }
                { l.app_title }
            </p>
            <div class="rc-tools">
                <LanguageSwitch />
                <button type="button" class="rc-toggle" aria-pressed={app.large_type.to_string()}
                    onclick={toggle_large}>{ l.large_type }</button>
            </div>
        </header>
    }
}
