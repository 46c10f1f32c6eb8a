use yew::prelude::*;

use crate::ui::state::{Action, State};

/// The state and its dispatcher, shared by every component through a context.
pub type AppHandle = UseReducerHandle<State>;

/// A click that sends `action`.
pub fn on_click(app: &AppHandle, action: Action) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_: MouseEvent| app.dispatch(action.clone()))
}

#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("components are rendered inside App's context")
}

/// The host's configuration (branding, embedding), fixed for the page's life.
#[hook]
pub fn use_host_config() -> crate::ui::host_config::HostConfig {
    use_context::<crate::ui::host_config::HostConfig>().unwrap_or_default()
}
