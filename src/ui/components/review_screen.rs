use yew::prelude::*;

use crate::assessment;
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction};

/// A plain function, not a component (see `progress_bar`). The focus goes to the heading, or
/// back to the row of the answer just changed: `focus` is the app's focus target.
pub fn review_screen(app: &AppHandle, focus: NodeRef) -> Html {
    let l = labels(app.prefs.lang);
    let lang = app.prefs.lang;
    let visible = assessment::visible_questions(&app.session.answers);
    let edited = app
        .session
        .edited_from_review
        .filter(|id| visible.iter().any(|q| q.id == *id));
    let focus_if = |here: bool| {
        if here {
            focus.clone()
        } else {
            NodeRef::default()
        }
    };

    let rows = visible.into_iter().map(|q| {
        let chosen = app.session.answers.selected(q.id);
        html! {
            <li class="rc-review-item" data-question={q.id}>
                <div class="rc-review-q">{ q.title_for(&app.session.answers, lang) }</div>
                <div class="rc-review-a">
                    if chosen.is_empty() {
                        <em>{ l.t("not-answered") }</em>
                    } else {
                        { for chosen.iter().map(|o| html! { <span class="rc-chip">{ q.option_label(o, lang) }</span> }) }
                    }
                </div>
                <button type="button" class="rc-link" onclick={on_click(app, Action::Session(SessionAction::Edit(q.id)))} ref={focus_if(edited == Some(q.id))}
                    aria-label={format!("{}: {}", l.t("change"), q.title_for(&app.session.answers, lang))}>{ l.t("change") }</button>
            </li>
        }
    });

    html! {
        <section class="rc-screen rc-review">
            <h1 id="rc-title" tabindex="-1" ref={focus_if(edited.is_none())}>{ l.t("review-title") }</h1>
            <p>{ l.t("review-lead") }</p>
            // The result one tap away, before the list: on a phone the list is long.
            <p class="rc-review-top"><button type="button" class="rc-primary" onclick={on_click(app, Action::Session(SessionAction::ShowResult))}>{ l.t("show-result") }</button></p>
            <ol class="rc-review-list">{ for rows }</ol>
            <div class="rc-nav">
                <button type="button" class="rc-secondary" onclick={on_click(app, Action::Session(SessionAction::Back))}>{ l.t("back") }</button>
                <button type="button" class="rc-primary" onclick={on_click(app, Action::Session(SessionAction::ShowResult))}>{ l.t("show-result") }</button>
            </div>
        </section>
    }
}
