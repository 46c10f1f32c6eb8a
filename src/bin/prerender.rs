//! Writes the start screen as the app's own components render it, one file per language
//! (`<dir>/start-<lang>.html`, default `target/prerender`), for the build to put into
//! index.html: the page then shows it before the wasm has arrived, and the app, once running,
//! renders the same markup in its place (`scripts/post-build.mjs`, `web/boot.js`).

use std::path::PathBuf;

use readiness_check::texts::Lang;
use readiness_check::ui::components::app::{App, AppProps};
use readiness_check::ui::host_config::HostConfig;
use readiness_check::ui::state::{Action, PrefsAction, State};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/prerender".into()),
    );
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("prerender: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    for lang in Lang::ALL {
        let html = futures::executor::block_on(render(lang));
        let path = dir.join(format!("start-{}.html", lang.code()));
        if let Err(e) = std::fs::write(&path, html) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

async fn render(lang: Lang) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        initial: Some(State::default().reduce(Action::Prefs(PrefsAction::SetLang(lang)))),
        host: prerender_host(),
        live: false,
    })
    .hydratable(false)
    .render()
    .await
}

/// The check on its own page: the workshop's entry shown. The host page's privacy sentence is
/// rendered too; the page's boot script takes away what the address does not ask for.
fn prerender_host() -> HostConfig {
    HostConfig {
        reports_to_host: true,
        workshop_entry: true,
        ..HostConfig::default()
    }
}
