//! The texts of the language shown, fetched as the page starts and when the person switches:
//! the page loads one language's file, not both. Where each file is comes from the mount
//! element (`data-rc-texts-<code>`, written by the build with the file's hashed name; the
//! single-file page holds both as `data:` addresses); a host's own texts (`texts`) are fetched
//! once and laid over each language as it arrives.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, RequestCredentials, RequestInit, RequestMode, Response};

use super::{host, window};
use crate::texts::{self, HostTexts, Lang};

thread_local! {
    static SOURCES: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
    static HOST_TEXTS: RefCell<HostTexts> = const { RefCell::new(Vec::new()) };
}

/// Notes where each language's file is, fetches the host's texts (if any) and the language
/// shown, both at once. False if the language shown could not be had (nor German instead).
pub async fn start(mount: &Element, lang: Lang, host_texts: Option<&str>) -> bool {
    SOURCES.with(|s| {
        *s.borrow_mut() = Lang::ALL
            .into_iter()
            .map(|l| {
                let attr = format!("data-rc-texts-{}", l.code());
                (l, mount.get_attribute(&attr).unwrap_or_else(|| unhashed(l)))
            })
            .collect()
    });
    // Both requests go out before either is awaited.
    let host_request = host_texts.map(|url| get(url, true));
    let ours = get(&source(lang), false);
    if let Some(request) = host_request {
        match request.await.map(|json| texts::host_overrides(&json)) {
            Ok(Ok((by_lang, problems))) => {
                for problem in problems {
                    host::warn(&format!("readiness-check: texts: {problem}"));
                }
                HOST_TEXTS.with(|h| *h.borrow_mut() = by_lang);
            }
            Ok(Err(why)) | Err(why) => host::warn(&format!(
                "readiness-check: texts {}: {why}; the built-in texts are used",
                host_texts.unwrap_or_default()
            )),
        }
    }
    if install(lang, ours.await) {
        return true;
    }
    lang != Lang::De && install(Lang::De, get(&source(Lang::De), false).await)
}

/// Makes sure `lang`'s texts are there; true when they are.
pub async fn ensure(lang: Lang) -> bool {
    texts::is_installed(lang) || install(lang, get(&source(lang), false).await)
}

fn source(lang: Lang) -> String {
    SOURCES.with(|s| {
        s.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, url)| url.clone())
            .unwrap_or_else(|| unhashed(lang))
    })
}

/// Where a page whose `<main>` names no texts file looks for one: beside itself.
fn unhashed(lang: Lang) -> String {
    format!("texts-{}.json", lang.code())
}

fn install(lang: Lang, json: Result<String, String>) -> bool {
    let result = json.and_then(|json| {
        HOST_TEXTS.with(|h| {
            let host = h.borrow();
            let own = host.iter().find(|(l, _)| *l == lang).map(|(_, t)| t);
            texts::install(lang, &json, own)
        })
    });
    match result {
        Ok(problems) => {
            for problem in problems {
                host::warn(&format!(
                    "readiness-check: texts ({}): {problem}",
                    lang.code()
                ));
            }
            true
        }
        Err(why) => {
            host::warn(&format!(
                "readiness-check: the {} texts could not be loaded: {why}",
                lang.code()
            ));
            false
        }
    }
}

/// A text file's content. The request goes out at once, before the result is awaited, so two
/// files load side by side. A host's file is another site's, maybe: no cookies go with it.
fn get(url: &str, foreign: bool) -> impl std::future::Future<Output = Result<String, String>> {
    let request = window().map(|window| {
        let init = RequestInit::new();
        init.set_mode(RequestMode::Cors);
        init.set_credentials(if foreign {
            RequestCredentials::Omit
        } else {
            RequestCredentials::SameOrigin
        });
        JsFuture::from(window.fetch_with_str_and_init(url, &init))
    });
    let url = url.to_string();
    async move {
        let response = request
            .ok_or("no window")?
            .await
            .map_err(|e| describe(&e))?;
        let response: Response = response.dyn_into().map_err(|e| describe(&e))?;
        if !response.ok() {
            return Err(format!("HTTP {} for {url}", response.status()));
        }
        let text = response.text().map_err(|e| describe(&e))?;
        JsFuture::from(text)
            .await
            .map_err(|e| describe(&e))?
            .as_string()
            .ok_or_else(|| "not a text".into())
    }
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "the request failed".into())
}
