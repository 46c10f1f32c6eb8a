use std::cell::Cell;

use yew::prelude::*;

use super::progress_bar::progress_bar;
use crate::assessment::{self, Question};
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::labels::labels;
use crate::ui::state::{Action, Screen, SessionAction};

/// Arrow keys move between checkboxes as they do natively between radio buttons.
fn move_between_checkboxes(e: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let forward = match e.key().as_str() {
        "ArrowDown" | "ArrowRight" => true,
        "ArrowUp" | "ArrowLeft" => false,
        _ => return false,
    };
    let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
        return false;
    };
    if input.type_() != "checkbox" {
        return false;
    }
    let item = input.closest("li").ok().flatten();
    let sibling = item.and_then(|li| {
        if forward {
            li.next_element_sibling()
        } else {
            li.previous_element_sibling()
        }
    });
    if let Some(next) = sibling.and_then(|li| li.query_selector("input").ok().flatten()) {
        if let Ok(next) = next.dyn_into::<web_sys::HtmlElement>() {
            let _ = next.focus();
        }
    }
    true
}

thread_local! {
    /// The next change of a radio button comes from an arrow key: it moves the choice, it does
    /// not pick (WCAG 3.2.2: moving through the answers never moves on by itself).
    static ARROWING: Cell<bool> = const { Cell::new(false) };
}

/// Number keys pick an answer; Enter anywhere but on a button goes on; arrow keys move the
/// choice only.
fn on_key(app: AppHandle) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        ARROWING.with(|a| a.set(e.key().starts_with("Arrow")));
        if move_between_checkboxes(&e) {
            e.prevent_default();
            return;
        }
        let on_button = e
            .target_dyn_into::<web_sys::HtmlElement>()
            .is_some_and(|el| el.tag_name() == "BUTTON");
        let key = e.key();
        if key == "Enter" && !on_button {
            e.prevent_default();
            app.dispatch(Action::Session(SessionAction::Next));
        } else if let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=9).contains(n)) {
            e.prevent_default();
            app.dispatch(Action::Session(SessionAction::ChooseNth(n - 1)));
        }
    })
}

fn option_input(app: &AppHandle, question: &'static Question, index: usize) -> Html {
    let option = &question.options[index];
    let input_id = format!("rc-{}-{}", question.id, option.id);
    let onchange = {
        let app = app.clone();
        let (question, option) = (question.id, option.id);
        Callback::from(move |_: Event| {
            let action = if ARROWING.with(|a| a.replace(false)) {
                SessionAction::Choose { question, option }
            } else {
                SessionAction::Pick { question, option }
            };
            app.dispatch(Action::Session(action))
        })
    };
    let checked = app.session.answers.is_selected(question.id, option.id);
    // A tap on the answer already chosen confirms it (and moves on); no change event fires.
    let onclick = (!question.multi && checked).then(|| {
        let app = app.clone();
        let (question, option) = (question.id, option.id);
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::Session(SessionAction::Pick { question, option }))
        })
    });
    html! {
        <li>
            <input type={if question.multi { "checkbox" } else { "radio" }} id={input_id.clone()}
                name={question.id} value={option.id} {checked} {onchange} {onclick}
                onpointerdown={Callback::from(|_: PointerEvent| ARROWING.with(|a| a.set(false)))} />
            <label for={input_id} class="rc-option">
                <span class="rc-key" aria-hidden="true">{ index + 1 }</span>
                <span class="rc-option-text">{ question.option_label(option.id, app.prefs.lang) }</span>
            </label>
        </li>
    }
}

/// A plain function, not a component (see `progress_bar`); `heading` is the app's focus target.
pub fn question_screen(app: &AppHandle, heading: NodeRef) -> Html {
    let id = match app.session.screen {
        Screen::Question(id) => id,
        _ => "",
    };
    let Some(question) = assessment::question(id) else {
        return html! {};
    };
    let l = labels(app.prefs.lang);
    let (position, total) = app.session.progress();

    let onsubmit = {
        let app = app.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Action::Session(SessionAction::Next));
        })
    };
    let next_label = if app.session.next_is_review() {
        l.t("to-review")
    } else {
        l.t("next")
    };

    html! {
        // Keyed: each question gets fresh elements (no answer's state carries over).
        <section key={question.id} class="rc-screen rc-question" data-question={question.id}>
            // Whose turn it is, on the facilitator's laptop.
            if let Some(name) = &app.session.participant {
                <p class="rc-eyebrow">{ l.fill("answering-as", &[("name", name)]) }</p>
            }
            { progress_bar(position, total, l.fill("progress", &[("n", &position.to_string()), ("total", &total.to_string())])) }
            <form {onsubmit} onkeydown={on_key(app.clone())} novalidate=true
                class={classes!((app.session.advancing == Some(question.id)).then_some("rc-advancing"))}>
                <fieldset aria-describedby={if app.session.needs_answer > 0 { "rc-why rc-pick rc-answer-first" } else { "rc-why rc-pick" }}>
                    <legend>
                        <h1 id="rc-title" tabindex="-1" ref={heading}>{ question.title_for(&app.session.answers, app.prefs.lang) }</h1>
                    </legend>
                    <p id="rc-why" class="rc-why">
                        <strong>{ l.t("why-we-ask") }</strong>{ " " }{ question.why(app.prefs.lang) }
                    </p>
                    <p id="rc-pick" class="rc-hint">{ if question.multi { l.t("pick-any") } else { l.t("pick-one") } }</p>
                    <ul class="rc-options">
                        { for (0..question.options.len()).map(|i| option_input(app, question, i)) }
                    </ul>
                </fieldset>
                if app.session.needs_answer > 0 {
                    // A new element for each press: screen readers announce an alert as it appears.
                    <p key={app.session.needs_answer.to_string()} id="rc-answer-first" class="rc-error" role="alert">{ l.t("answer-first") }</p>
                }
                <div class="rc-nav">
                    // A participant's turn can be left from any question (to go on later, or
                    // to discard it there).
                    if app.session.participant.is_some() {
                        <button type="button" class="rc-link" onclick={on_click(app, Action::Session(SessionAction::OpenWorkshop))}>{ l.t("to-workshop") }</button>
                    }
                    <button type="button" class="rc-secondary" onclick={on_click(app, Action::Session(SessionAction::Back))}>{ l.t("back") }</button>
                    <button type="submit" class="rc-primary">{ next_label }</button>
                </div>
                <p class="rc-keys">{ l.t("keys-hint") }</p>
            </form>
        </section>
    }
}
