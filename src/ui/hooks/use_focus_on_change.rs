use std::cell::Cell;

use yew::prelude::*;

thread_local! {
    static FOCUS_HELD: Cell<bool> = const { Cell::new(true) };
}

/// Called by the app on each of its renders: whether focus stays where it is this time (the
/// page is loading, or the change was taken in from another tab or frame).
pub fn hold_focus(held: bool) {
    FOCUS_HELD.with(|p| p.set(held));
}

/// Moves keyboard focus to the referenced element when it appears and whenever `key` changes,
/// so screen readers and keyboard users land on the new step's heading. Not while the page
/// loads (a returning visitor's focus, and the host page's scroll, stay where they were), nor
/// for a change made in another tab or frame (two widgets on one page keep their own focus).
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(key: K) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(key, move |_| {
            if !FOCUS_HELD.with(Cell::get) {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    node
}
