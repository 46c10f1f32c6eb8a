//! The user interface: the state in slices with their reducers (`state`), pure policies
//! (`save`, `host_events`), and Yew components that render the state (`components`).

pub mod host_config;
pub mod host_events;
pub mod labels;
pub mod launch;
pub mod save;
pub mod snapshot;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hooks;

#[cfg(target_arch = "wasm32")]
pub use components::app::App;

/// Mounts the app into the page's `#readiness-check` element (or the body).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let root = crate::browser::mount_point();
    let (state, host) = components::app::state_from_browser(&root);
    let props = components::app::AppProps {
        initial: Some(state),
        host,
        live: true,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
