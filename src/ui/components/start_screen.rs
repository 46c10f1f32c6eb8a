use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::restart_button::restart_button;
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::host_config::HostConfig;
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction, COMPANY_MAX_CHARS};

/// A plain function, not a component (see `progress_bar`); `heading` is the app's focus target
/// (`screen_focus_key`).
pub fn start_screen(app: &AppHandle, config: &HostConfig, heading: NodeRef) -> Html {
    let l = labels(app.prefs.lang);

    let onsubmit = {
        let app = app.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Action::Session(SessionAction::Begin));
        })
    };
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            app.dispatch(Action::Session(SessionAction::SetCompany(input.value())));
        })
    };
    let resuming = !app.session.answers.is_empty();

    html! {
        <section class="rc-screen rc-start" aria-labelledby="rc-title">
            <h1 id="rc-title" tabindex="-1" ref={heading}>{ l.t("app-title") }</h1>
            <p class="rc-lead">{ l.t("start-lead") }</p>
            <p>{ l.t("start-gives") }</p>
            <ul class="rc-facts">
                <li>{ l.t("start-duration") }</li>
                <li>{ l.t("start-auto-advance") }</li>
                <li>
                    { l.t("start-privacy") }
                    if config.reports_to_host {
                        { " " }<span class="rc-host-note">{ l.t("start-privacy-host") }</span>
                    }
                </li>
            </ul>
            <form class="rc-start-form" {onsubmit}>
                <label for="rc-company">{ l.t("company-label") }</label>
                <input id="rc-company" type="text" autocomplete="organization"
                    maxlength={COMPANY_MAX_CHARS.to_string()} aria-describedby="rc-company-hint"
                    value={app.session.company.clone()} {oninput} />
                <p id="rc-company-hint" class="rc-hint">{ l.t("company-hint") }</p>
                <div class="rc-nav">
                    if resuming {
                        { restart_button(app, "rc-secondary rc-restart") }
                    }
                    <button type="submit" class="rc-primary">
                        { if resuming { l.t("resume-button") } else { l.t("start-button") } }
                    </button>
                </div>
            </form>
            if config.workshop_entry {
            <p class="rc-workshop-entry">
                <button type="button" class="rc-link" onclick={on_click(app, Action::Session(SessionAction::OpenWorkshop))}>{ l.t("workshop-open") }</button>
            </p>
            }
        </section>
    }
}
