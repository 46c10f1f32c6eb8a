use yew::prelude::*;

use crate::browser;
use crate::share::{link, params};
use crate::ui::hooks::use_app;
use crate::ui::labels::{labels, notice_text};
use crate::ui::state::{Action, Notice, NoticeAction};

/// Notices (a bad link, storage that cannot keep answers) with a way to dismiss each. The live
/// region is always there, so a notice that appears later is announced; a dismissed notice
/// hands the focus on rather than dropping it to the page.
#[component]
pub fn NoticeBar() -> Html {
    let app = use_app();
    let region = use_node_ref();
    let l = labels(app.prefs.lang);
    // A frame on another site may not save (third-party storage blocked); its own tab may.
    let framed = browser::is_own_page() && !browser::is_top_level();
    html! {
        <div class="rc-notices" role="status" tabindex="-1" ref={region.clone()}>
            // That nothing can be kept matters once there is something to keep: not on the
            // first screen, where it would fill a phone's screen before a single question.
            { for app.notices.iter().enumerate().filter(|(_, n)| **n != Notice::StorageUnavailable || !app.session.answers.is_empty()).map(|(i, notice)| {
                let own_tab = (framed && *notice == Notice::StorageUnavailable).then(|| {
                    let code = (!app.session.answers.is_empty()).then(|| link::encode(&app.session.answers));
                    let href = params::own_tab_link(&browser::page_address(), app.prefs.lang, app.prefs.large_type, code.as_deref());
                    html! { <a {href} target="_blank" rel="noopener">{ l.t("own-tab") }</a> }
                });
                let text = match own_tab {
                    Some(_) => format!("{} ", l.t("storage-in-frame")),
                    None => notice_text(notice, app.prefs.lang),
                };
                let (app, region) = (app.clone(), region.clone());
                // The focus goes to the region, where other notices remain; with the last one
                // gone, to the screen's heading (an empty region shows no focus, says nothing).
                let last = app.notices.len() == 1;
                let dismiss = Callback::from(move |_: MouseEvent| {
                    app.dispatch(Action::Notices(NoticeAction::Dismiss(i)));
                    let region = region.cast::<web_sys::HtmlElement>();
                    let target = if last {
                        region
                            .and_then(|r| r.closest(".rc-app").ok().flatten())
                            .and_then(|app| app.query_selector("#rc-title").ok().flatten())
                            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                    } else {
                        region
                    };
                    if let Some(el) = target {
                        let _ = el.focus();
                    }
                });
                html! {
                    <p class="rc-notice">
                        <span>{ text }{ own_tab }</span>
                        <button type="button" class="rc-link" aria-label={l.t("dismiss")} onclick={dismiss}>{ "×" }</button>
                    </p>
                }
            }) }
        </div>
    }
}
