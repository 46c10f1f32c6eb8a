use std::cell::Cell;

use yew::prelude::*;

thread_local! {
    static FOCUS_HELD: Cell<bool> = const { Cell::new(true) };
}

/// Called by the app on each of its renders: whether focus stays where it is this time (the
/// page is loading, unless it resumes past the start on the check's own page; or the change
/// was taken in from another tab or frame).
pub fn hold_focus(held: bool) {
    FOCUS_HELD.with(|p| p.set(held));
}

/// Moves keyboard focus to the referenced element when it appears and whenever `key` changes,
/// so screen readers and keyboard users land on the new step's heading. Not while the page
/// loads (the host page's focus and scroll stay where they were; only on the check's own page
/// does a page that opens past the start take the focus to its heading), nor for a change
/// made in another tab or frame (two widgets on one page keep their own focus).
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
