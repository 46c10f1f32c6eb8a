use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::labels::{labels, notice_text};
use crate::ui::state::Action;

/// Notices (a bad link, storage that cannot keep answers) with a way to dismiss each.
#[component]
pub fn NoticeBar() -> Html {
    let app = use_app();
    if app.notices.is_empty() {
        return html! {};
    }
    let l = labels(app.lang);
    html! {
        <div class="rc-notices" role="status">
            { for app.notices.iter().enumerate().map(|(i, notice)| {
                let text = notice_text(notice, app.lang);
                let app = app.clone();
                let dismiss = Callback::from(move |_: MouseEvent| app.dispatch(Action::Dismiss(i)));
                html! {
                    <p class="rc-notice">
                        <span>{ text }</span>
                        <button type="button" class="rc-link" aria-label={l.dismiss} onclick={dismiss}>{ "×" }</button>
                    </p>
                }
            }) }
        </div>
    }
}
