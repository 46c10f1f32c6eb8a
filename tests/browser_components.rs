//! Components in a real browser (wasm-bindgen-test in headless Chromium). Each test mounts
//! into a fresh element: the runner reports its results through the body.
#![cfg(target_arch = "wasm32")]

use readiness_check::assessment::{examples, Lang};
use readiness_check::ui::state::{Prefs, Screen, Session, State};
use readiness_check::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::props;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

async fn mount(state: Option<State>) -> Element {
    // The page fetches a language's texts when it shows it; here both are given at once.
    for (lang, json) in [
        (Lang::De, include_str!("../texts/de.json")),
        (Lang::En, include_str!("../texts/en.json")),
    ] {
        readiness_check::texts::install(lang, json, None).unwrap();
    }
    let root = fresh_root();
    let props = props!(readiness_check::ui::components::app::AppProps { initial: state });
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The verdict in plain words the result shows for these answers.
fn plain(answers: &readiness_check::assessment::Answers, lang: Lang) -> &'static str {
    readiness_check::assessment::evaluate(answers)
        .outcome()
        .expect("complete")
        .plain(lang)
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on screen"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on screen"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn state(lang: Lang, screen: Screen, answers: readiness_check::assessment::Answers) -> State {
    State {
        prefs: Prefs {
            lang,
            ..Prefs::default()
        },
        session: Session {
            screen,
            answers,
            ..Session::default()
        },
        ..State::default()
    }
}

#[wasm_bindgen_test]
async fn start_screen_in_german_by_default_state() {
    let root = mount(Some(State::default())).await;
    assert_eq!(text(&root, "h1"), "Social-Media-Readiness-Check");
    assert!(text(&root, ".rc-start").contains("Check starten"));
}

#[wasm_bindgen_test]
async fn start_leads_to_the_first_question_and_an_answer_is_kept() {
    let root = mount(Some(State::default())).await;
    click(&root, ".rc-start button[type=submit]");
    yew::scheduler::flush().await;
    let first = &readiness_check::assessment::questions()[0];
    assert_eq!(text(&root, "h1"), first.title(Lang::De));
    assert!(text(&root, ".rc-progress-label").starts_with("Frage 1 von "));

    click(&root, ".rc-options li:first-child label");
    yew::scheduler::flush().await;
    let input = root
        .query_selector(".rc-options li:first-child input")
        .unwrap()
        .unwrap();
    assert!(input
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .checked());
}

#[wasm_bindgen_test]
async fn next_without_an_answer_says_so() {
    let root = mount(Some(State::default())).await;
    click(&root, ".rc-start button[type=submit]");
    yew::scheduler::flush().await;
    click(&root, ".rc-question button[type=submit]");
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root, "[role=alert]"),
        "Bitte wählen Sie zuerst eine Antwort."
    );
    // Pressed again: a new alert element, which screen readers announce again.
    let first = root.query_selector("[role=alert]").unwrap().unwrap();
    click(&root, ".rc-question button[type=submit]");
    yew::scheduler::flush().await;
    let second = root.query_selector("[role=alert]").unwrap().unwrap();
    assert!(!first.is_same_node(Some(&second)));
    assert!(!first.is_connected());
}

#[wasm_bindgen_test]
async fn result_shows_verdict_chart_and_plan() {
    let root = mount(Some(state(
        Lang::En,
        Screen::Result,
        examples::strong_answers(),
    )))
    .await;
    let result = root.query_selector("[data-verdict]").unwrap().unwrap();
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("do-it")
    );
    // The verdict in plain words; the seed's sentence is its name.
    assert_eq!(
        text(&root, "h1"),
        plain(&examples::strong_answers(), Lang::En)
    );
    assert!(text(&root, ".rc-verdict-name")
        .contains(readiness_check::assessment::Verdict::DoIt.headline(Lang::En)));
    // Seven axes and one series in the chart, the same figures in the table.
    assert_eq!(
        root.query_selector_all(".rc-radar-axis").unwrap().length(),
        7
    );
    assert_eq!(
        root.query_selector_all(".rc-radar-series")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(
        root.query_selector_all(".rc-result table tbody tr")
            .unwrap()
            .length(),
        8
    );
    assert_eq!(root.query_selector_all(".rc-phase").unwrap().length(), 3);
    // The seed's German quote inside the English citation is marked German.
    let quotes = root.query_selector_all(".rc-source [lang=de]").unwrap();
    assert_eq!(
        quotes.length(),
        root.query_selector_all(".rc-source").unwrap().length()
    );
    assert!(text(&root, ".rc-source").contains("German original"));
}

#[wasm_bindgen_test]
async fn plumber_gets_leave_it() {
    let root = mount(Some(state(Lang::De, Screen::Result, examples::plumber()))).await;
    let result = root.query_selector("[data-verdict]").unwrap().unwrap();
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("leave-it")
    );
    assert_eq!(text(&root, "h1"), plain(&examples::plumber(), Lang::De));
    assert!(text(&root, ".rc-verdict-name").contains("Ich lass das, weil ich kann es nicht!"));
    // The knock-outs decided it (the audience first, then the leftover resources); the
    // other weak answers are listed apart, not as deciding.
    let deciding = root
        .query_selector_all(".rc-reasons:not(.rc-reasons-more) li.rc-knockout")
        .unwrap();
    assert_eq!(deciding.length(), 2);
    assert_eq!(
        root.query_selector_all(".rc-reasons:not(.rc-reasons-more) li")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        text(&root, ".rc-reasons li"),
        readiness_check::assessment::text(Lang::De, "reason.ko-audience-offline")
    );
    assert!(text(&root, ".rc-details h3").contains("außerdem"));
    assert!(
        root.query_selector_all(".rc-reasons-more li")
            .unwrap()
            .length()
            > 0
    );
}

#[wasm_bindgen_test]
async fn kunde_2_does_it_and_sees_what_is_still_weak() {
    let root = mount(Some(state(Lang::De, Screen::Result, examples::kunde_2()))).await;
    assert_eq!(text(&root, "h1"), plain(&examples::kunde_2(), Lang::De));
    assert_eq!(text(&root, ".rc-details h3"), "Was noch schwach ist");
    let weak = root.query_selector_all(".rc-reasons-more li").unwrap();
    assert!(weak.length() > 0);
    // One of them, which the plan practises: the factual tone.
    assert!(root
        .query_selector(".rc-reasons-more li[data-reason=tone-factual]")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("[data-step=practise-tone]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answers() {
    let root = mount(Some(state(
        Lang::De,
        Screen::Review,
        examples::strong_answers(),
    )))
    .await;
    let before = root.query_selector_all(".rc-chip").unwrap().length();
    click(&root, ".rc-langs button[lang=en]");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Your answers at a glance");
    assert_eq!(
        root.query_selector_all(".rc-chip").unwrap().length(),
        before
    );
    assert!(before > 0);
}

#[wasm_bindgen_test]
async fn after_changing_an_answer_from_the_review_the_focus_is_back_on_its_row() {
    let root = mount(Some(state(
        Lang::De,
        Screen::Review,
        examples::strong_answers(),
    )))
    .await;
    let active = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .and_then(|el| el.get_attribute("aria-label"))
            .unwrap_or_default()
    };
    click(&root, ".rc-review-item[data-question=tone] button");
    yew::scheduler::flush().await;
    click(&root, ".rc-options li:first-child label");
    click(&root, ".rc-question button[type=submit]");
    yew::scheduler::flush().await;
    assert!(root.query_selector(".rc-review").unwrap().is_some());
    let tone = readiness_check::assessment::question("tone").unwrap();
    assert_eq!(active(), format!("Ändern: {}", tone.title(Lang::De)));
}
