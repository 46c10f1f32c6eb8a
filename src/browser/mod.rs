//! The browser at the edge: each function is small and fails softly (a missing window,
//! storage or clipboard is an answer, never a panic). Events go through gloo's
//! `EventListener`; everything else through typed web-sys. `js_sys::Reflect` remains only for
//! what has no typed binding, each place saying why.

pub mod host;
pub mod texts;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element};

/// The page's window; none where the components render natively (the build's prerender step),
/// so every function here answers as it would without a window rather than panic.
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

fn document() -> Option<Document> {
    window()?.document()
}

/// The element the app mounts into: the one the snippet's inline mode prepared (in a shadow
/// root), else the page's `#readiness-check`, else the body.
pub fn mount_point() -> Element {
    // The snippet's own property on the window: a page's global has no typed binding.
    let prepared = window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("readinessCheckRoot")).ok())
        .and_then(|v| v.dyn_into::<Element>().ok());
    if let Some(el) = prepared {
        return el;
    }
    let doc = document().expect("a document to mount into");
    if let Some(el) = doc.get_element_by_id("readiness-check") {
        // What it holds (the pre-rendered start screen, the <noscript> fallback) stays until
        // the app renders in its place.
        return el;
    }
    doc.body().expect("a body to mount into").into()
}

/// What the person did on the pre-rendered start screen before the app ran (`web/boot.js`
/// marks a press of "start" on the mount element), and whether they are typing in its field.
pub fn early_start(mount: &Element) -> (crate::ui::launch::EarlyStart, bool) {
    let input = company_field(mount);
    let typing = input.as_ref().is_some_and(|input| {
        document()
            .and_then(|d| d.active_element())
            .is_some_and(|active| active == ***input)
    });
    let early = crate::ui::launch::EarlyStart {
        company: input.map(|i| i.value()).unwrap_or_default(),
        begun: mount.get_attribute("data-rc-early").as_deref() == Some("begin"),
    };
    (early, typing)
}

/// Lets the browser handle what waits (a key typed, a frame to paint) before the caller goes
/// on: the app's start then runs as two short tasks, not one long one that blocks input.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
        .forget();
    });
    let _ = JsFuture::from(promise).await;
}

/// Puts the focus (and the caret, at the end) in the app's company field, where the person was
/// typing on the pre-rendered screen.
pub fn focus_company_field(mount: &Element) {
    if let Some(input) = company_field(mount) {
        let _ = input.focus();
        let end = input.value().encode_utf16().count() as u32;
        let _ = input.set_selection_range(end, end);
    }
}

/// The start screen's company field, pre-rendered or the app's.
fn company_field(mount: &Element) -> Option<web_sys::HtmlInputElement> {
    mount
        .query_selector("#rc-company")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into().ok())
}

/// Says, in both languages, that the check cannot start (its texts did not load), in place
/// of the pre-rendered screen, whose button would otherwise wait for nothing.
pub fn show_load_failure(mount: &Element) {
    let Some(doc) = document() else { return };
    let Ok(message) = doc.create_element("p") else {
        return;
    };
    let _ = message.set_attribute("role", "alert");
    message.set_class_name("rc-load-failure");
    message.set_text_content(Some(
        "Der Check konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und laden Sie die Seite neu. / The check could not be loaded. Please check the connection and reload the page.",
    ));
    mount.set_text_content(None);
    let _ = mount.append_child(&message);
}

/// The mount element's `data-*` options (branding, language) as `key=value&…`, for the same
/// parser as the address.
pub fn element_config(mount: &Element) -> String {
    let keys = crate::branding::KEYS
        .iter()
        .chain(&["lang", "large", "workshop"]);
    let mut out = String::new();
    for key in keys {
        if let Some(value) = mount.get_attribute(&format!("data-{key}")) {
            out.push_str(&format!(
                "{key}={}&",
                crate::share::codec::percent_encode(&value)
            ));
        }
    }
    out
}

/// Sets `<html lang>` so screen readers and hyphenation follow the chosen language, and the
/// page title, on the app's own page only (marked `data-readiness-check`): a host page's
/// language and title are the host's.
pub fn set_document_lang(code: &str, title: &str) {
    let Some(doc) = document() else { return };
    if let (Some(root), true) = (doc.document_element(), is_own_page()) {
        let _ = root.set_attribute("lang", code);
        // The tab, bookmarks and the printed page's header speak the same language.
        doc.set_title(title);
    }
}

/// The browser's preferred language tags, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

/// Today's date as the browser writes it in `lang` ("6.12.2026", "12/6/2026").
pub fn today(lang: &str) -> String {
    js_sys::Date::new_0()
        .to_locale_date_string(lang, &JsValue::UNDEFINED)
        .into()
}

/// Prints the page; on a host's page only the widget, on its own sheet (the widget's `@page`
/// rule sits in its shadow root, where browsers ignore it).
pub fn print() {
    let Some(w) = window() else { return };
    if !is_own_page() {
        if let Some((path, sheet)) = print_only_the_widget() {
            // After the dialog: on a desktop `print()` waits for it, on a phone it returns at
            // once and the page is printed later, so the clean-up waits for `afterprint`.
            EventListener::once(&w, "afterprint", move |_| {
                for el in path {
                    let _ = el.remove_attribute(PRINT_PATH);
                }
                adopt_sheet(&sheet, false);
            })
            .forget();
        }
    }
    let _ = w.print();
}

const PRINT_PATH: &str = "data-rc-print-path";
const PRINT_ONLY_THE_WIDGET: &str = "@media print { @page { size: A4; margin: 10mm 12mm; } \
    html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; } \
    body *:not([data-rc-print-path]) { display: none !important; } \
    [data-rc-print-path] { display: block !important; margin: 0 !important; padding: 0 !important; \
    border: 0 !important; float: none !important; width: auto !important; max-width: none !important; } }";

/// Marks the inline widget's shadow host and its ancestors, and adds a style sheet that hides
/// everything else of the host page on paper. A constructed sheet, not a `<style>`: a host's
/// Content-Security-Policy may forbid inline styles, never the CSS object model.
fn print_only_the_widget() -> Option<(Vec<Element>, web_sys::CssStyleSheet)> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(PRINT_ONLY_THE_WIDGET).ok()?;
    let shadow_root = mount_point().get_root_node();
    let mut next = shadow_root
        .dyn_ref::<web_sys::ShadowRoot>()
        .map(web_sys::ShadowRoot::host);
    let mut path = Vec::new();
    while let Some(el) = next.filter(|el| !el.tag_name().eq_ignore_ascii_case("body")) {
        let _ = el.set_attribute(PRINT_PATH, "");
        next = el.parent_element();
        path.push(el);
    }
    if path.is_empty() {
        return None;
    }
    adopt_sheet(&sheet, true);
    Some((path, sheet))
}

/// Adds the sheet to the document's adopted style sheets, or takes it out again.
fn adopt_sheet(sheet: &web_sys::CssStyleSheet, add: bool) {
    let Some(doc) = document() else { return };
    let sheet: &JsValue = sheet.as_ref();
    let sheets: js_sys::Array = doc
        .adopted_style_sheets()
        .iter()
        .filter(|s| s != sheet)
        .collect();
    if add {
        sheets.push(sheet);
    }
    doc.set_adopted_style_sheets(&sheets);
}

/// The page's query (`?…`) and fragment (`#…`), empty where there is none; a fragment a link
/// wrapper encoded whole is read decoded (see `params::unwrapped_fragment`).
pub fn query_and_fragment() -> (String, String) {
    let Some(location) = window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    (
        location.search().unwrap_or_default(),
        crate::share::params::unwrapped_fragment(&location.hash().unwrap_or_default()),
    )
}

/// The base of a result or comparison link: this page's address (see `params::link_base`).
pub fn page_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    // Opened from a file (the single-file build), no address can be shared: the link is its
    // fragment alone, which the workshop view and any online check read, and which gives away
    // no folder or user name.
    if location.protocol().is_ok_and(|p| p == "file:") {
        return String::new();
    }
    let href = location.href().unwrap_or_default();
    crate::share::params::link_base(&href, is_own_page())
}

/// Removes these parameters from the address's query and fragment (on a host's page, where
/// the query is the host's, from the fragment only, and only from one of ours), without a new history entry or a
/// reload; the page's other parameters and its history state stay as they are.
pub fn drop_address_params(keys: &[&str]) {
    use crate::share::params::{fragment_is_ours, without_keys};
    let Some(w) = window() else { return };
    let location = w.location();
    let (query, fragment) = query_and_fragment();
    let own_page = is_own_page();
    let new_query = if own_page {
        without_keys(&query, keys)
    } else {
        query.clone()
    };
    // A host page's route (`#/products?id=7&c=blue`) is the host's, whatever keys it holds.
    let new_fragment = if own_page || fragment_is_ours(&fragment) {
        without_keys(&fragment, keys)
    } else {
        fragment.clone()
    };
    if new_query == query && new_fragment == fragment {
        return;
    }
    let url = format!(
        "{}{new_query}{new_fragment}",
        location.pathname().unwrap_or_default()
    );
    if let Ok(history) = w.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}

/// Whether the app is its own page (ours, or inside the snippet's iframe), not mounted into a
/// host's page.
pub fn is_own_page() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute("data-readiness-check"))
}

/// Why storage could not be used: the save policy's own terms (`ui::save::WriteFailed`).
pub use crate::ui::save::WriteFailed as StorageProblem;

const STORAGE_KEY: &str = "readiness-check";

fn local_storage() -> Result<web_sys::Storage, StorageProblem> {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)
}

pub fn load_progress() -> Result<Option<String>, StorageProblem> {
    local_storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| StorageProblem::Unavailable)
}

pub fn save_progress(value: &str) -> Result<(), StorageProblem> {
    local_storage()?
        .set_item(STORAGE_KEY, value)
        .map_err(|_| StorageProblem::Full)
}

/// Calls `saved` with the stored progress each time another tab or frame of this origin saves
/// it, and when the page comes back from the back/forward cache (it missed those saves), until
/// the returned function is called. It reads what storage holds now, not an event's value,
/// which a late event would give out of date.
pub fn watch_progress_saved_elsewhere(saved: impl Fn(String) + 'static) -> impl FnOnce() {
    let saved = std::rc::Rc::new(saved);
    let take_in = move || {
        if let Ok(Some(value)) = load_progress() {
            saved(value);
        }
    };
    let on_storage = {
        let take_in = take_in.clone();
        listen("storage", move |e| {
            let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
            if key.as_deref() == Some(STORAGE_KEY) {
                take_in();
            }
        })
    };
    let on_page_show = listen("pageshow", move |e| {
        let persisted = e
            .dyn_ref::<web_sys::PageTransitionEvent>()
            .is_some_and(web_sys::PageTransitionEvent::persisted);
        if persisted {
            take_in();
        }
    });
    move || {
        on_storage();
        on_page_show();
    }
}

/// A link pasted into the address bar of this tab changes only the fragment, so the page does
/// not load again by itself: it is reloaded, and takes the link in as at any start (the
/// progress is in storage already). On the app's own page only: a host page's fragment is the
/// host's to route with. Until the returned function is called.
pub fn reload_when_a_link_arrives() -> impl FnOnce() {
    listen("hashchange", |_| {
        let (_, fragment) = query_and_fragment();
        // Back onto the app's own entry (the page's address before it was cleaned) is no link
        // arriving: the screens follow the step instead.
        let own_entry = current_history_entry().is_some_and(|e| e.starts_with(HISTORY_MARK));
        if is_own_page()
            && !own_entry
            && ["r", "c"]
                .iter()
                .any(|key| crate::share::params::has_key(&fragment, key))
        {
            if let Some(w) = window() {
                let _ = w.location().reload();
            }
        }
    })
}

/// What the app's own history entries hold begins with this.
pub const HISTORY_MARK: &str = "readiness-check";

/// Writes `entry` into this tab's history: as a new entry, or into the current one. The
/// address stays as it is.
pub fn record_history(entry: &str, new_entry: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let entry = JsValue::from_str(entry);
    let _ = if new_entry {
        history.push_state(&entry, "")
    } else {
        history.replace_state(&entry, "")
    };
}

/// What the current history entry holds, if it is text.
pub fn current_history_entry() -> Option<String> {
    window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|state| state.as_string())
}

/// Goes back in the tab's history, as the browser's back button does.
pub fn history_back() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Calls `stepped` with what each history entry the browser's back or forward button goes to
/// holds (if text), until the returned function is called.
pub fn on_history_step(stepped: impl Fn(String) + 'static) -> impl FnOnce() {
    listen("popstate", move |e| {
        let state = e.dyn_ref::<web_sys::PopStateEvent>().map(|e| e.state());
        if let Some(entry) = state.and_then(|s| s.as_string()) {
            stepped(entry);
        }
    })
}

/// Whether this page is the tab's top page, not inside any frame.
pub fn is_top_level() -> bool {
    window().is_some_and(|w| {
        let top: Option<JsValue> = w.top().ok().flatten().map(Into::into);
        top.is_some_and(|top| top == JsValue::from(w))
    })
}

/// Listens to `event` on the window until the returned function is called.
fn listen(event: &'static str, on: impl Fn(&web_sys::Event) + 'static) -> impl FnOnce() {
    let listener = window().map(|w| EventListener::new(&w, event, on));
    move || drop(listener)
}

/// Copies text with the Clipboard API; false where it is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let nav = w.navigator();
    // Feature detection: outside a secure context `navigator.clipboard` is missing, and the
    // typed getter would hand out `undefined` as a Clipboard.
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("clipboard")).unwrap_or(false) {
        return false;
    }
    JsFuture::from(nav.clipboard().write_text(text))
        .await
        .is_ok()
}

/// POSTs JSON to the lead form's back-end (a cross-origin request with a CORS preflight, as
/// form back-ends expect): true only for a 2xx answer. No cookies go along: the check knows
/// nobody, and the back-end needs nobody's session.
pub async fn post_json(url: &str, body: &str) -> bool {
    use web_sys::{Headers, Request, RequestCredentials, RequestInit, RequestMode, Response};
    let Some(w) = window() else { return false };
    let Ok(headers) = Headers::new() else {
        return false;
    };
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Accept", "application/json");
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    let Ok(request) = Request::new_with_str_and_init(url, &init) else {
        return false;
    };
    match JsFuture::from(w.fetch_with_request(&request)).await {
        Ok(answer) => answer.dyn_into::<Response>().is_ok_and(|r| r.ok()),
        Err(_) => false,
    }
}

/// Whether the browser has a native share sheet (phones, some desktops).
pub fn can_share() -> bool {
    // Feature detection: a typed binding exists for calling `share`, not for asking if it does.
    window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the share sheet. False when sharing failed; a person who closed the sheet did not
/// fail (the browser calls that an `AbortError`).
pub async fn share(title: &str, url: &str) -> bool {
    let Some(w) = window() else { return false };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    match JsFuture::from(w.navigator().share_with_data(&data)).await {
        Ok(_) => true,
        Err(error) => error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|e| e.name() == "AbortError"),
    }
}

/// Selects the text of an input, for the copy fallback (found by reference: inside the
/// snippet's shadow root the document cannot see it by id).
pub fn select_input(input: &yew::NodeRef) {
    if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}
