use yew::prelude::*;

use crate::browser;
use crate::ui::hooks::AppHandle;
use crate::ui::snapshot::{screen_from_key, screen_key};
use crate::ui::state::Action;

/// The browser's back and forward buttons step through the screens this tab showed, as they
/// would through pages: each screen the person moves on to gets a history entry. Only where
/// `enabled` (the app's own page: a host page's history is the host's).
#[hook]
pub fn use_screen_history(app: &AppHandle, enabled: bool) {
    // Whether the current entry already names the screen about to be shown: at the start, and
    // when the browser stepped to it.
    let in_place = use_mut_ref(|| true);
    {
        let (app, in_place) = (app.clone(), in_place.clone());
        use_effect_with((), move |_| {
            let stop = enabled.then(|| {
                browser::on_history_step(move |key| {
                    if let Some(screen) = screen_from_key(&key) {
                        *in_place.borrow_mut() = true;
                        app.dispatch(Action::Revisit(screen));
                    }
                })
            });
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }
    use_effect_with(app.screen, move |&screen| {
        if enabled {
            browser::record_screen(&screen_key(screen), !in_place.replace(false));
        }
    });
}
