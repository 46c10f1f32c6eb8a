use yew::prelude::*;

use super::header::Header;
use super::notice_bar::NoticeBar;
use super::question_screen::QuestionScreen;
use super::result_screen::ResultScreen;
use super::review_screen::ReviewScreen;
use super::start_screen::StartScreen;
use crate::browser::{self, StorageProblem};
use crate::share::params;
use crate::ui::hooks::AppHandle;
use crate::ui::launch;
use crate::ui::snapshot;
use crate::ui::state::{Action, Notice, Screen, State};

/// The state the page asks for: saved progress, then the address (result link, prefill).
fn state_from_browser() -> State {
    let (query, fragment) = browser::query_and_fragment();
    let saved = browser::load_progress().map_err(|_| ());
    launch::initial_state(
        params::parse(&query, &fragment),
        saved,
        &browser::preferred_languages(),
    )
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Start from this state instead of the browser's (tests, embedding).
    #[prop_or_default]
    pub initial: Option<State>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let from_browser = initial.is_none();
    let state = use_reducer(move || initial.unwrap_or_else(state_from_browser));

    use_effect_with(state.lang, |lang| browser::set_document_lang(lang.code()));

    // Every change is kept at once, so a reload resumes where the person was.
    {
        let handle = state.clone();
        let warned = use_mut_ref(|| false);
        use_effect_with((*state).clone(), move |state| {
            if !from_browser || state.from_link {
                return;
            }
            let (_, fragment) = browser::query_and_fragment();
            if fragment.contains("r=") {
                // The person has made the linked answers their own: a reload must show theirs.
                browser::replace_fragment("");
            }
            if let Err(problem) = browser::save_progress(&snapshot::save(state)) {
                if !*warned.borrow() {
                    *warned.borrow_mut() = true;
                    handle.dispatch(Action::Notify(match problem {
                        StorageProblem::Unavailable => Notice::StorageUnavailable,
                        StorageProblem::Full => Notice::StorageFull,
                    }));
                }
            }
        });
    }

    let screen = match state.screen {
        Screen::Start => html! { <StartScreen /> },
        Screen::Question(id) => html! { <QuestionScreen key={id} /> },
        Screen::Review => html! { <ReviewScreen /> },
        Screen::Result => html! { <ResultScreen /> },
    };
    let class = classes!("rc-app", state.large_type.then_some("rc-large"));
    html! {
        <ContextProvider<AppHandle> context={state.clone()}>
            <div {class} lang={state.lang.code()}>
                <Header />
                <div class="rc-body">
                    <NoticeBar />
                    { screen }
                </div>
            </div>
        </ContextProvider<AppHandle>>
    }
}
