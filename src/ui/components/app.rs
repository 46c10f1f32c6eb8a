use web_sys::Element;
use yew::prelude::*;

use super::header::header;
use super::notice_bar::NoticeBar;
use super::question_screen::question_screen;
use super::result_screen::ResultScreen;
use super::review_screen::review_screen;
use super::start_screen::start_screen;
use super::workshop_screen::WorkshopScreen;
use crate::browser::{self, host};
use crate::share::params;
use crate::ui::hooks::{self, AppHandle};
use crate::ui::host_config::HostConfig;
use crate::ui::save::{self, Save};
use crate::ui::snapshot;
use crate::ui::state::lead as lead_state;
use crate::ui::state::{Action, LeadAction, NoticeAction, Screen, State};
use crate::ui::{host_events, launch};

/// The state and host configuration the page asks for: the mount element's configuration,
/// saved progress, then the address (result link, prefill, options; the address wins over the
/// element).
pub fn state_from_browser(mount: &Element) -> (State, HostConfig) {
    let (query, fragment) = browser::query_and_fragment();
    let config = browser::element_config(mount);
    let own_page = browser::is_own_page();
    let mut launch_params = params::parse_page(&config, &query, &fragment, own_page);
    if own_page && browser::is_top_level() {
        launch_params = launch_params.at_top_level();
    }
    for warning in &launch_params.warnings {
        host::warn(warning);
    }
    let saved = browser::load_progress().map_err(|_| ());
    launch::open(launch_params, saved, &browser::preferred_languages())
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub initial: Option<State>,
    /// The host's configuration: fixed for the page's life.
    #[prop_or_default]
    pub host: HostConfig,
    /// Keep progress in storage, clean the address, and talk to the host page.
    #[prop_or_default]
    pub live: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let live = props.live;
    let config = props.host.clone();
    let state = use_reducer(move || initial.unwrap_or_default());
    let root = use_node_ref();
    let rendered_before = use_mut_ref(|| false);
    let first_render = !rendered_before.replace(true);
    let own_top_page =
        live && config.embedded_in.is_none() && browser::is_own_page() && browser::is_top_level();
    // A reload past the start (or a link opened) on the check's own page takes the focus to
    // the screen's heading, as each step does: a question's keys (numbers, Enter) work at once.
    let resumes_a_step = own_top_page && state.session.screen != Screen::Start;
    hooks::hold_focus((first_render && !resumes_a_step) || state.taken_in);

    // A language switched to elsewhere (another tab's change taken in) may have texts still to
    // come: the page loads only the language shown.
    let refresh = use_force_update();
    use_effect_with(state.prefs.lang, move |&lang| {
        let missing = !crate::texts::is_installed(lang);
        wasm_bindgen_futures::spawn_local(async move {
            if browser::texts::ensure(lang).await && missing {
                refresh.force_update();
            }
            let title = crate::ui::labels::labels(lang).t("app-title");
            browser::set_document_lang(lang.code(), title);
        });
    });

    // Once: the brand colour, and the height reports inside the snippet's iframe. A comparison
    // link has been taken in (and is kept from now on): a reload must not replace what the
    // facilitator adds next with the link's participants.
    {
        let (root, config) = (root.clone(), config.clone());
        use_effect_with((), move |_| {
            if live {
                browser::drop_address_params(&["c", "n"]);
            }
            if let Some(el) = root.cast::<Element>() {
                if let Some(color) = &config.branding.color {
                    host::apply_color(&el, color);
                }
                if let (true, Some(origin)) = (live, &config.embedded_in) {
                    host::report_height(&el, origin.clone());
                }
            }
        });
    }

    // A picked answer moves on after its beat.
    hooks::use_auto_advance(&state);

    // The browser's back and forward buttons, on the app's own page as the tab's top page.
    let history = hooks::use_screen_history(own_top_page);

    // Another tab's progress is taken in, so this one never saves older answers over it; a
    // link pasted into this tab's address is taken in too; the browser's steps are followed.
    {
        let (state, history) = (state.clone(), history.clone());
        use_effect_with((), move |_| {
            let stop_history = history.listen(state.clone());
            let stop = live.then(|| {
                let watch = browser::watch_progress_saved_elsewhere(move |text| {
                    if let Ok(stored) = snapshot::restore(&text) {
                        state.dispatch(Action::SavedElsewhere(Box::new(stored)));
                    }
                });
                (watch, browser::reload_when_a_link_arrives())
            });
            move || {
                stop_history();
                if let Some((watch, reload)) = stop {
                    watch();
                    reload();
                }
            }
        });
    }

    // Every change: tell the host page what happened, and keep the progress as the save
    // policy decides (`ui::save`).
    {
        let (handle, root, config) = (state.clone(), root.clone(), config.clone());
        let previous = use_mut_ref(|| (*state).clone());
        let reporter = use_mut_ref(host_events::HostReporter::default);
        let warned = use_mut_ref(|| false);
        let opened_with = *use_mut_ref(|| (state.prefs.lang, state.prefs.large_type)).borrow();
        use_effect_with((*state).clone(), move |state| {
            history.record(state);
            let previous_state = previous.replace(state.clone());
            // Before anything that may return early: a try that began is sent, once.
            if let (Some(lead), Some((attempt, body))) = (
                &config.branding.lead,
                lead_state::to_send(&previous_state.lead, &state.lead),
            ) {
                let (url, body, handle) = (lead.url.clone(), body.to_string(), handle.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = browser::post_json(&url, &body).await;
                    handle.dispatch(LeadAction::Answered { attempt, ok }.into());
                });
            }
            if state.taken_in {
                return;
            }
            if let Some(el) = root.cast::<Element>() {
                let address = config.link_base(browser::page_address);
                for event in reporter.borrow_mut().report(&previous_state, state) {
                    host::emit(
                        &el,
                        &event,
                        &address,
                        config.embedded_in.as_deref().filter(|_| live),
                    );
                }
            }
            if !live {
                return;
            }
            if save::drops_result_link(state) {
                browser::drop_address_params(&["r", "co"]);
            }
            let stored = browser::load_progress().ok().flatten();
            let refused = match save::decide(state, opened_with, stored.as_deref()) {
                Save::Write(snapshot) => browser::save_progress(&snapshot)
                    .err()
                    .map(save::notice_for),
                Save::Refuse(notice) => Some(notice),
                Save::Skip(_) => None,
            };
            if let Some(notice) = refused {
                if !warned.replace(true) {
                    handle.dispatch(NoticeAction::Notify(notice).into());
                }
            }
        });
    }

    // Each new screen (and question) takes the focus to its heading; the start screen also when
    // "start again" clears the answers there and its button goes with them.
    let focus = hooks::use_focus_on_change(screen_focus_key(&state));
    let screen = match state.session.screen {
        Screen::Start => start_screen(&state, &config, focus),
        Screen::Question(_) => question_screen(&state, focus),
        Screen::Review => review_screen(&state, focus),
        Screen::Result => html! { <ResultScreen heading={focus} /> },
        Screen::Workshop => html! { <WorkshopScreen /> },
    };
    let class = classes!(
        "rc-app",
        state.prefs.large_type.then_some("rc-large"),
        (state.session.screen == Screen::Workshop).then_some("rc-wide")
    );
    html! {
        <ContextProvider<AppHandle> context={state.clone()}>
        <ContextProvider<HostConfig> context={config.clone()}>
            <div {class} lang={state.prefs.lang.code()} ref={root}>
                { header(&state, &config) }
                <div class="rc-body">
                    <NoticeBar />
                    { screen }
                </div>
            </div>
        </ContextProvider<HostConfig>>
        </ContextProvider<AppHandle>>
    }
}

/// When the focus moves to the screen's heading: whenever this changes.
fn screen_focus_key(state: &State) -> (Screen, bool) {
    (
        state.session.screen,
        state.session.screen == Screen::Start && state.session.answers.is_empty(),
    )
}
