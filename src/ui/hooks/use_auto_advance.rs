use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::ui::hooks::AppHandle;
use crate::ui::state::{Action, SessionAction, ADVANCE_BEAT_MS};

/// Carries out a pick's move on: after the beat, `AdvanceAfterPick`, which the session takes
/// only if nothing else happened meanwhile. A new pick or leaving the question drops the timer.
#[hook]
pub fn use_auto_advance(app: &AppHandle) {
    let advancing = app.session.advancing;
    let app = app.clone();
    use_effect_with(advancing, move |&advancing| {
        let timer = advancing.map(|id| {
            Timeout::new(ADVANCE_BEAT_MS, move || {
                app.dispatch(Action::Session(SessionAction::AdvanceAfterPick(id)))
            })
        });
        move || drop(timer)
    });
}
