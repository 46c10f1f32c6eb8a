//! The user interface: one reducer for the state, Yew components that render it.

pub mod host_events;
pub mod labels;
pub mod launch;
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
    let initial = Some(components::app::state_from_browser(&root));
    let props = components::app::AppProps {
        initial,
        live: true,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
