//! Talking to the page around the check: events for its analytics, the iframe's height, the
//! brand colour. Messages go only to the host origin the snippet named.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};

use crate::branding::Color;
use crate::ui::host_events::HostEvent;

const SOURCE: &str = "readiness-check";

fn set(object: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value.into());
}

fn detail(event: &HostEvent, page_address: &str) -> js_sys::Object {
    let detail = js_sys::Object::new();
    match event {
        HostEvent::Started => {}
        HostEvent::Answered {
            question,
            step,
            total,
        } => {
            set(&detail, "question", *question);
            set(&detail, "step", *step as u32);
            set(&detail, "total", *total as u32);
        }
        HostEvent::Completed { verdict, code } => {
            set(&detail, "verdict", verdict.slug());
            set(&detail, "link", format!("{page_address}#r={code}"));
        }
    }
    detail
}

/// The page around this frame is the one the snippet named (where the browser tells).
fn parent_is(host_origin: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    // `location.ancestorOrigins` is Chromium's and Safari's; elsewhere postMessage's target
    // origin alone keeps messages from any other page.
    let parent = js_sys::Reflect::get(&w.location(), &JsValue::from_str("ancestorOrigins"))
        .and_then(|list| js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)))
        .ok()
        .and_then(|origin| origin.as_string());
    parent.is_none_or(|parent| parent == host_origin)
}

fn post_to_host(host_origin: &str, kind: &str, detail: &JsValue) {
    let Some(w) = web_sys::window() else { return };
    if !parent_is(host_origin) {
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    let message = js_sys::Object::new();
    set(&message, "source", SOURCE);
    set(&message, "type", kind);
    set(&message, "detail", detail.clone());
    let _ = parent.post_message(&message, host_origin);
}

/// `readiness-check:<name>` on `target` (bubbling out of a shadow root too), and the same to
/// the host page when inside the snippet's iframe.
pub fn emit(target: &Element, event: &HostEvent, page_address: &str, host_origin: Option<&str>) {
    let detail = detail(event, page_address);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(dom_event) =
        CustomEvent::new_with_event_init_dict(&format!("{SOURCE}:{}", event.name()), &init)
    {
        let _ = target.dispatch_event(&dom_event);
    }
    if let Some(origin) = host_origin {
        post_to_host(origin, event.name(), &detail);
    }
}

/// Keeps telling the host page the height of `root`, whenever it changes.
pub fn report_height(root: &Element, host_origin: String) {
    let send = {
        let root = root.clone();
        move || {
            let height = root.get_bounding_client_rect().height().ceil();
            post_to_host(&host_origin, "height", &JsValue::from_f64(height));
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
