use yew::prelude::*;

use crate::ui::state::State;

/// The state and its dispatcher, shared by every component through a context.
pub type AppHandle = UseReducerHandle<State>;

#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("components are rendered inside App's context")
}
