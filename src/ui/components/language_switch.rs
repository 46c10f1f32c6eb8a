use yew::prelude::*;

use crate::assessment::Lang;
use crate::browser;
use crate::ui::hooks::AppHandle;
use crate::ui::labels::labels;
use crate::ui::state::{Action, Notice, NoticeAction, PrefsAction};

/// One button per language, each labelled in its own language. A plain function: it holds no
/// state (see `progress_bar`).
pub fn language_switch(app: &AppHandle) -> Html {
    html! {
        <div class="rc-langs" role="group" aria-label={labels(app.prefs.lang).t("language")}>
            { for Lang::ALL.iter().map(|&lang| {
                let pressed = (lang == app.prefs.lang).to_string();
                let onclick = switch_to(app, lang);
                html! {
                    <button type="button" class="rc-toggle" lang={lang.code()}
                        aria-pressed={pressed} {onclick}>
                        { lang.own_name() }
                    </button>
                }
            }) }
        </div>
    }
}

/// Switches once the language's texts are there (the page loads only the language shown, the
/// other on demand); if they cannot be had (offline, say), it stays and says why.
fn switch_to(app: &AppHandle, lang: Lang) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_: MouseEvent| {
        if crate::texts::is_installed(lang) {
            app.dispatch(Action::Prefs(PrefsAction::SetLang(lang)));
            return;
        }
        let app = app.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let action = if browser::texts::ensure(lang).await {
                Action::Prefs(PrefsAction::SetLang(lang))
            } else {
                Action::Notices(NoticeAction::Notify(Notice::TextsUnavailable(lang)))
            };
            app.dispatch(action);
        });
    })
}
