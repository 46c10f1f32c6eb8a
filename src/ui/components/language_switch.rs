use yew::prelude::*;

use crate::assessment::Lang;
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::labels::labels;
use crate::ui::state::{Action, PrefsAction};

/// One button per language, each labelled in its own language. A plain function: it holds no
/// state (see `progress_bar`).
pub fn language_switch(app: &AppHandle) -> Html {
    html! {
        <div class="rc-langs" role="group" aria-label={labels(app.prefs.lang).t("language")}>
            { for Lang::ALL.iter().map(|&lang| {
                let pressed = (lang == app.prefs.lang).to_string();
                let onclick = on_click(app, Action::Prefs(PrefsAction::SetLang(lang)));
                html! {
                    <button type="button" class="rc-toggle" lang={lang.code()}
                        aria-pressed={pressed} {onclick}>
                        { labels(lang).t("language-name") }
                    </button>
                }
            }) }
        </div>
    }
}
