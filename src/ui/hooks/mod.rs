mod use_app;
mod use_auto_advance;
mod use_focus_on_change;
mod use_screen_history;

pub use use_app::{on_click, use_app, use_host_config, AppHandle};
pub use use_auto_advance::use_auto_advance;
pub use use_focus_on_change::{hold_focus, use_focus_on_change};
pub use use_screen_history::use_screen_history;
