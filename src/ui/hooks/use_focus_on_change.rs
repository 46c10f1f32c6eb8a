use std::cell::Cell;

use yew::prelude::*;

thread_local! {
    static PAGE_JUST_LOADED: Cell<bool> = const { Cell::new(true) };
}

/// Called by the app on each of its renders: only its first one is the page loading.
pub fn set_page_just_loaded(first_render: bool) {
    PAGE_JUST_LOADED.with(|p| p.set(first_render));
}

/// Moves keyboard focus to the referenced element when it appears and whenever `key` changes,
/// so screen readers and keyboard users land on the new step's heading. Not while the page
/// loads: a returning visitor's focus (and the host page's scroll) stays where it was.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(key: K) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(key, move |_| {
            if !PAGE_JUST_LOADED.with(Cell::get) {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    node
}
