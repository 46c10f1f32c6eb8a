use yew::prelude::*;

/// Moves keyboard focus to the referenced element whenever `key` changes (not on first render
/// unless `on_mount`), so screen readers and keyboard users land on the new step's heading.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(key: K, on_mount: bool) -> NodeRef {
    let node = use_node_ref();
    let mounted = use_mut_ref(|| false);
    {
        let node = node.clone();
        use_effect_with(key, move |_| {
            let first = !*mounted.borrow();
            *mounted.borrow_mut() = true;
            if !first || on_mount {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    node
}
