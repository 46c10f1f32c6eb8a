//! Talking to the page around the check: events for its analytics, the iframe's height, the
//! brand colour. Messages go only to the host origin the snippet named.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};

use crate::branding::Color;
use crate::ui::host_events::{self, HostEvent};

/// JSON text (built natively tested in `ui::host_events`) as the value a listener receives.
fn parsed(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// The page around this frame is the one the snippet named (where the browser tells).
fn parent_is(host_origin: &str) -> bool {
    let Some(w) = super::window() else {
        return false;
    };
    // `location.ancestorOrigins` is Chromium's and Safari's, with no web-sys binding (Firefox
    // lacks it); elsewhere postMessage's target origin alone keeps messages from any other page.
    let parent = js_sys::Reflect::get(&w.location(), &JsValue::from_str("ancestorOrigins"))
        .and_then(|list| js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)))
        .ok()
        .and_then(|origin| origin.as_string());
    parent.is_none_or(|parent| parent == host_origin)
}

fn post_to_host(host_origin: &str, kind: &str, detail_json: &str) {
    let Some(w) = super::window() else { return };
    if !parent_is(host_origin) {
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    let message = parsed(&host_events::message_json(kind, detail_json));
    let _ = parent.post_message(&message, host_origin);
}

/// `readiness-check:<name>` on `target` (bubbling out of a shadow root too), and the same to
/// the host page when inside the snippet's iframe.
pub fn emit(target: &Element, event: &HostEvent, page_address: &str, host_origin: Option<&str>) {
    let detail_json = host_events::detail_json(event, page_address);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&parsed(&detail_json));
    if let Ok(dom_event) = CustomEvent::new_with_event_init_dict(
        &format!("{}:{}", host_events::MESSAGE_SOURCE, event.name()),
        &init,
    ) {
        let _ = target.dispatch_event(&dom_event);
    }
    if let Some(origin) = host_origin {
        post_to_host(origin, event.name(), &detail_json);
    }
}

/// Keeps telling the host page the height of `root`, whenever it changes.
pub fn report_height(root: &Element, host_origin: String) {
    let send = {
        let root = root.clone();
        move || {
            // Whole pixels, rounded up: the iframe never cuts off the last line.
            let height = root.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            post_to_host(&host_origin, "height", &height.to_string());
        }
    };
    send();
    let callback = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// The brand colour as custom properties, set through CSSOM (allowed under a strict CSP,
/// where a `style` attribute is not).
pub fn apply_color(root: &Element, color: &Color) {
    let Some(el) = root.dyn_ref::<HtmlElement>() else {
        return;
    };
    let _ = el.style().set_property("--rc-brand", &color.text);
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
