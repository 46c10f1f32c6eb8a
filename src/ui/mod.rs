//! The user interface: the state in slices with their reducers (`state`), pure policies
//! (`save`, `host_events`), and Yew components that render the state (`components`).

pub mod host_config;
pub mod host_events;
pub mod labels;
pub mod launch;
pub mod save;
pub mod snapshot;
pub mod state;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod hooks;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub use components::app::App;

/// Mounts the app into the page's `#readiness-check` element (or the body), once the texts of
/// the language shown are there. Until then the page shows its pre-rendered start screen; what
/// the person did on it (a company typed, "start" pressed) is taken over.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let root = crate::browser::mount_point();
    let (state, host) = components::app::state_from_browser(&root);
    wasm_bindgen_futures::spawn_local(async move {
        let lang = state.prefs.lang;
        if !crate::browser::texts::start(&root, lang, host.texts_url.as_deref()).await {
            crate::browser::show_load_failure(&root);
            return;
        }
        // Reading the texts and the first render, each a task of its own.
        crate::browser::next_task().await;
        let (early, typing) = crate::browser::early_start(&root);
        let props = components::app::AppProps {
            initial: Some(launch::take_early(state, &early)),
            host,
            live: true,
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        if typing {
            // Once Yew's scheduler has drawn the first screen (it runs after this task).
            gloo::timers::callback::Timeout::new(0, move || {
                crate::browser::focus_company_field(&root)
            })
            .forget();
        }
    });
}
