//! What a page address asks the app to do, from its query and fragment (both may be used;
//! the fragment wins):
//!
//! | key | value | meaning |
//! |---|---|---|
//! | `r` | a result code | open this result (see `link`) |
//! | `a.<question-id>` | option ids, comma-separated | prefill that answer |
//! | `lang` | `de` or `en` | the language |
//! | `large` | `1` or `0` | large type (workshop, projector) |
//! | `brand`, `color`, `cta-text`, `cta-url`, `contact`, `lead-url`, `privacy-url` | | branding, see `branding` |
//! | `embed` | `1` | inside the snippet's iframe: report height and events to the host page |
//! | `host` | an origin | the host page's origin, the only one the iframe talks to |
//! | `c`, `n` | result codes, names | a facilitator's comparison (links made here put it in the fragment), see `workshop::link` |
//!
//! Nothing here fails: what cannot be used is reported in `ignored` and left out.

use super::codec::percent_decode;
use super::link::{self, Decoded, LinkError};
use crate::assessment::{self, Answers, Lang};
use crate::branding::{self, Branding};
use crate::workshop::{decode_link, Workshop, WorkshopLinkError};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Launch {
    pub lang: Option<Lang>,
    pub large_type: Option<bool>,
    /// A result code, decoded or with what was wrong with it.
    pub result: Option<Result<Decoded, LinkError>>,
    /// The company whose result the link shows, when the sender sent it along (`co`).
    pub result_company: Option<String>,
    /// The host page the snippet's iframe sits on (`page`), where links made in the check
    /// point: only on the origin `host` names.
    pub link_page: Option<String>,
    /// A host's own texts (`texts`): the address of its JSON file, checked by [`texts_url`].
    pub texts_url: Option<String>,
    /// Whether the start screen offers the facilitators' workshop view (`workshop=on|off`);
    /// `None`: the default, see `HostConfig`.
    pub workshop_entry: Option<bool>,
    /// Prefilled answers (only those whose ids exist).
    pub prefill: Answers,
    /// Prefill parameters that named an unknown question or answer, as given.
    pub ignored: Vec<String>,
    pub branding: Branding,
    /// Set inside the embed snippet's iframe: the host page's origin.
    pub embedded_in: Option<String>,
    /// The page around the check hears of progress and results: inline on a host's page, or
    /// in the snippet's iframe that names its host.
    pub reports_to_host: bool,
    /// Bad configuration values, for the console (a consultancy's typo is not the visitor's concern).
    pub warnings: Vec<String>,
    /// A facilitator's comparison link (`c=…&n=…`): the fragment, decoded by
    /// [`Launch::decode_workshop`] once the page's language is known (it words missing names).
    pub workshop: Option<String>,
}

impl Launch {
    /// Opened as the tab's own page: no page around it hears anything, whatever the address's
    /// `embed` and `host` say (a shared iframe address, or a crafted one).
    pub fn at_top_level(mut self) -> Self {
        self.embedded_in = None;
        self.link_page = None;
        self.reports_to_host = false;
        self
    }

    /// The comparison link, if there is one, decoded: the workshop and how many entries were
    /// skipped. `lang` words the names the link lacks ("Person 2").
    pub fn decode_workshop(
        &self,
        lang: Lang,
    ) -> Option<Result<(Workshop, usize), WorkshopLinkError>> {
        self.workshop
            .as_deref()
            .map(|fragment| decode_link(fragment, lang))
    }
}

/// A host page's address longer than this is not taken as the base of links.
const MAX_PAGE_CHARS: usize = 2000;

/// The origin of an `http(s)` address, written as [`valid_origin`] writes it.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.contains('@') {
        return None;
    }
    valid_origin(&format!("{scheme}://{authority}"))
}

/// `https://host[:port]` or `http://…`, nothing more: the only target the iframe posts to.
/// Written the way a browser writes an origin (lower case, no default port), so it compares
/// equal to the one the browser reports.
pub fn valid_origin(value: &str) -> Option<String> {
    let lower = value.trim().to_ascii_lowercase();
    let (scheme, rest, default_port) = if let Some(rest) = lower.strip_prefix("https://") {
        ("https://", rest, ":443")
    } else {
        ("http://", lower.strip_prefix("http://")?, ":80")
    };
    let rest = rest.strip_suffix(default_port).unwrap_or(rest);
    let port = match rest.strip_prefix('[') {
        // An IPv6 literal: `[::1]` or `[::1]:8080`.
        Some(inner) => {
            let (address, after) = inner.split_once(']')?;
            if address.is_empty() || !address.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
                return None;
            }
            // Anything after `]` but `:port` fails the port check below.
            after.strip_prefix(':').unwrap_or(after)
        }
        None => {
            let (host, port) = rest.split_once(':').unwrap_or((rest, ""));
            let name = !host.is_empty()
                && host.len() <= 253
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
            if !name {
                return None;
            }
            port
        }
    };
    let port_ok = port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit());
    (port_ok && !rest.ends_with(':')).then(|| format!("{scheme}{rest}"))
}

/// A fragment as written, unless a link wrapper (a mail or chat tool) encoded it whole:
/// `#r%3DCODE` reads as `#r=CODE`. Where any `=` is left, it is as written.
pub fn unwrapped_fragment(fragment: &str) -> String {
    let wrapped = !fragment.contains('=') && fragment.to_ascii_lowercase().contains("%3d");
    match wrapped.then(|| percent_decode(fragment)).flatten() {
        Some(decoded) => decoded,
        None => fragment.to_string(),
    }
}

/// Pasted text with its fragment unwrapped as the address's is (see [`unwrapped_fragment`]).
pub fn unwrapped_link(text: &str) -> String {
    match text.split_once('#') {
        Some((page, fragment)) => format!("{page}#{}", unwrapped_fragment(fragment)),
        None => text.to_string(),
    }
}

use super::query::{body, decoded_key, pairs, raw_pairs};

/// Whether a fragment, or a whole address's fragment, has the parameter `key`; text without
/// `#` is read whole. A whole address's query is the page's own (a host page's `?c=beratung`
/// does not make a result link a comparison link).
pub fn has_key(text: &str, key: &str) -> bool {
    let part = text.split_once('#').map_or(text, |(_, f)| f);
    pairs(part).any(|(k, _)| k == key)
}

/// A query or fragment (with its `?` or `#`) without the parameters `keys`; the rest is kept
/// exactly as written. Empty when nothing is left.
pub fn without_keys(part: &str, keys: &[&str]) -> String {
    without(part, |key| keys.contains(&key))
}

fn without(part: &str, drop: impl Fn(&str) -> bool) -> String {
    let mark: String = part
        .chars()
        .next()
        .filter(|c| matches!(c, '?' | '#'))
        .into_iter()
        .collect();
    // Kept exactly as written: rebuilt from the raw pieces, not from decoded pairs.
    let kept: Vec<&str> = body(part)
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let (key, _) = raw_pairs(p).next().unwrap_or((p, ""));
            !drop(&decoded_key(key))
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        mark + &kept.join("&")
    }
}

/// The address a result or comparison link is built on: this page without its fragment. On a
/// host's page the query is the host's (`?page_id=42` finds the page the widget is on) and
/// stays, but for the sender's tracking tags (`utm_*`, `fbclid`, …). On our own page only the
/// branding stays, so the recipient sees the same consultancy: what only this visit meant (a
/// result, prefill, embedding, language, type size) and whatever else a mailing tool put there
/// (`email=`, subscriber ids) must not travel to someone else.
pub fn link_base(href: &str, own_page: bool) -> String {
    let href = href.split_once('#').map_or(href, |(page, _)| page);
    let (page, query) = href.split_once('?').map_or((href, ""), |(p, q)| (p, q));
    let query = without(&format!("?{query}"), |key| {
        if own_page {
            !crate::branding::KEYS.contains(&key)
        } else {
            is_tracking_tag(key)
        }
    });
    format!("{page}{query}")
}

/// The check in a tab of its own, for a framed check that may not save: `base` (see
/// [`link_base`]) with the language and type size shown, and the answers so far (`code`, see
/// `link`) to go on with.
pub fn own_tab_link(base: &str, lang: Lang, large_type: bool, code: Option<&str>) -> String {
    let mut link = String::from(base);
    link.push_str(if base.contains('?') {
        "&lang="
    } else {
        "?lang="
    });
    link.push_str(lang.code());
    if large_type {
        link.push_str("&large=1");
    }
    if let Some(code) = code {
        link.push_str("#r=");
        link.push_str(code);
    }
    link
}

/// A result link: `base` (see [`link_base`]) with the answers' `code`, and the company's name
/// only when the sender chose to send it along (`co`, percent-encoded).
pub fn result_link(base: &str, code: &str, company: Option<&str>) -> String {
    let mut link = format!("{base}#r={code}");
    if let Some(company) = company.map(str::trim).filter(|c| !c.is_empty()) {
        link.push_str("&co=");
        link.push_str(&super::codec::percent_encode(company));
    }
    link
}

/// Tags that identify the sender to an analytics or ad service (compared ignoring case).
const TRACKING_TAGS: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "gad_source",
    "_gl",
    "srsltid",
    "msclkid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "igshid",
    "yclid",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "_hsenc",
    "_hsmi",
];

fn is_tracking_tag(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_") || TRACKING_TAGS.contains(&key.as_str())
}

/// What a page asks for, with the mount element's `data-*` configuration (`config`, as
/// `key=value&…`). The address wins over the element, but not on a host's own page: there the
/// element alone sets branding, language and type size, so a crafted address cannot put
/// another call to action on the host's site nor make the widget report to a framing page;
/// and the query is the host's own (its `?r=…` or `?lang=…` are none of ours): only the
/// fragment carries a result link or prefill.
pub fn parse_page(config: &str, query: &str, fragment: &str, own_page: bool) -> Launch {
    // A deployment that sets its branding on the page's element has locked it: no address
    // can put another name, call to action or contact on its own page either.
    let locked = pairs(config).any(|(k, _)| branding::KEYS.contains(&k.as_str()));
    let (query, fragment) = if own_page && locked {
        (
            without_keys(query, &branding::KEYS),
            without_keys(fragment, &branding::KEYS),
        )
    } else if own_page {
        (query.to_string(), fragment.to_string())
    } else {
        let host_keys: Vec<&str> = branding::KEYS.iter().copied().chain(OPTION_KEYS).collect();
        let ours = if fragment_is_ours(fragment) {
            fragment
        } else {
            ""
        };
        (String::new(), without_keys(ours, &host_keys))
    };
    let mut launch = parse(&format!("{config}&{}", body(&query)), &fragment);
    launch.reports_to_host = !own_page || launch.embedded_in.is_some();
    launch
}

/// Whether a host page's fragment is ours: it begins with one of our keys, as the links made
/// there do (`#r=…`, `#c=…`, `#a.goals=…`, also `#lang=en&r=…`). Otherwise it is the host's
/// own (a single-page app's route, `#/products?id=7&c=blue`, or an anchor), to be neither
/// read nor changed.
pub fn fragment_is_ours(fragment: &str) -> bool {
    pairs(fragment).next().is_some_and(|(key, _)| {
        let key = key.as_str();
        matches!(key, "r" | "c" | "n")
            || key.starts_with("a.")
            || OPTION_KEYS.contains(&key)
            || branding::KEYS.contains(&key)
    })
}

/// The options besides branding and links: on a host's page they are the host's to set.
const OPTION_KEYS: [&str; 7] = [
    "lang", "large", "embed", "host", "workshop", "page", "texts",
];

/// Shortened for a notice: a hostile link must not flood the page.
fn shown(key: &str, value: &str) -> String {
    let text = if value.is_empty() {
        key.to_string()
    } else {
        format!("{key}={value}")
    };
    if text.chars().count() > 40 {
        text.chars().take(39).chain(['…']).collect()
    } else {
        text
    }
}

fn ignored_option(key: &str, value: &str) -> String {
    format!(
        "readiness-check: ignored {}: lang takes de or en, large 1 or 0",
        shown(key, value)
    )
}

/// A notice (or the console) lists this many skipped parameters at most, then how many more
/// there were.
pub const MAX_IGNORED_SHOWN: usize = 5;

pub fn parse(query: &str, fragment: &str) -> Launch {
    let mut launch = Launch::default();
    let mut branding_pairs = Vec::new();
    let mut embed = false;
    for (key, value) in pairs(query).chain(pairs(fragment)) {
        match key.as_str() {
            k if branding::KEYS.contains(&k) => branding_pairs.push((key, value)),
            "embed" => embed = value == "1",
            "host" => match valid_origin(&value) {
                Some(origin) => launch.embedded_in = Some(origin),
                None => launch.warnings.push(format!(
                    "readiness-check: ignored host: not an origin: {}",
                    shown(&value, "")
                )),
            },
            "r" => launch.result = Some(link::decode(&value)),
            "co" => {
                let company = branding::clean_company(value.trim());
                launch.result_company = Some(company).filter(|c| !c.is_empty());
            }
            // Bad options are the configurer's typo, for the console, not a visitor's notice.
            "lang" => match Lang::from_code(&value) {
                Some(lang) => launch.lang = Some(lang),
                None => launch.warnings.push(ignored_option(&key, &value)),
            },
            "page" => launch.link_page = Some(value.clone()),
            "texts" => match texts_url(&value) {
                Ok(url) => launch.texts_url = Some(url),
                Err(why) => launch.warnings.push(format!(
                    "readiness-check: ignored texts ({why}): {}",
                    shown(&value, "")
                )),
            },
            "workshop" => match value.as_str() {
                "on" | "1" | "true" => launch.workshop_entry = Some(true),
                "off" | "0" | "false" => launch.workshop_entry = Some(false),
                _ => launch.warnings.push(format!(
                    "readiness-check: ignored {}: workshop takes on or off",
                    shown(&key, &value)
                )),
            },
            "large" => match value.as_str() {
                "1" | "true" | "" => launch.large_type = Some(true),
                "0" | "false" => launch.large_type = Some(false),
                _ => launch.warnings.push(ignored_option(&key, &value)),
            },
            _ => {
                if let Some(question) = key.strip_prefix("a.") {
                    prefill(&mut launch, question, &value);
                }
                // Anything else (campaign tags, a host's own parameters) is none of our business.
            }
        }
    }
    keep_first(&mut launch.ignored, |more| format!("… (+{more})"));
    // A comparison in the query too (links made here put it in the fragment); the fragment wins.
    launch.workshop = [fragment, query]
        .into_iter()
        .find(|part| has_key(part, "c"))
        .map(str::to_string);
    let (branding, warnings) =
        branding::parse(branding_pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    launch.branding = branding;
    launch.warnings.extend(warnings);
    // The console is no place for a hostile link's 100,000 bad values either (each one costs
    // the page time before its first screen).
    keep_first(&mut launch.warnings, |more| {
        format!("readiness-check: ignored {more} more bad values")
    });
    if !embed {
        launch.embedded_in = None;
    }
    // The page a link points to is the host's, on the origin the snippet named; else the
    // check's own address is used (a crafted `page` cannot send a result elsewhere).
    launch.link_page = launch
        .link_page
        .take()
        .filter(|page| {
            page.len() <= MAX_PAGE_CHARS
                && launch
                    .embedded_in
                    .as_deref()
                    .is_some_and(|origin| origin_of(page).as_deref() == Some(origin))
        })
        .map(|page| link_base(&page, false));
    launch
}

/// The address of a host's texts file (`texts`): a path on the check's own site (`texts/du.json`,
/// `/check/du.json`), or an https address (a host's site that sends CORS headers); plain http
/// only on this machine (`localhost`, `127.0.0.1`), for trying a file out.
pub fn texts_url(value: &str) -> Result<String, &'static str> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("https://") {
        return crate::branding::web_url(value);
    }
    if let Some(rest) = lower.strip_prefix("http://") {
        let url = crate::branding::web_url(value)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
        return if matches!(host, "localhost" | "127.0.0.1" | "[::1]") {
            Ok(url)
        } else {
            Err("http only on localhost: use https")
        };
    }
    if value.is_empty() {
        return Err("empty");
    }
    if value.len() > MAX_PAGE_CHARS {
        return Err("too long");
    }
    // A path: nothing that names another scheme (`javascript:`, `data:`) or another host (`//x`).
    let before_path = value.split(['/', '?', '#']).next().unwrap_or("");
    if value.starts_with("//")
        || before_path.contains(':')
        || value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '\\' | '"' | '<' | '>'))
    {
        return Err("neither a path on the check's site nor an https address");
    }
    Ok(value.to_string())
}

/// The first [`MAX_IGNORED_SHOWN`] lines, then one that says how many more there were.
fn keep_first(lines: &mut Vec<String>, more: impl FnOnce(usize) -> String) {
    if lines.len() > MAX_IGNORED_SHOWN {
        let count = lines.len() - MAX_IGNORED_SHOWN;
        lines.truncate(MAX_IGNORED_SHOWN);
        lines.push(more(count));
    }
}

fn prefill(launch: &mut Launch, question_id: &str, value: &str) {
    let Some(question) = assessment::question(question_id) else {
        launch
            .ignored
            .push(shown(&format!("a.{question_id}"), value));
        return;
    };
    let (known, unknown): (Vec<&str>, Vec<&str>) = value
        .split(',')
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .partition(|o| question.option(o).is_some());
    for option in unknown {
        launch
            .ignored
            .push(shown(&format!("a.{question_id}"), option));
    }
    let known = if question.multi {
        &known[..]
    } else {
        &known[..known.len().min(1)]
    };
    if !known.is_empty() && launch.prefill.set(question.id, known).is_err() {
        launch
            .ignored
            .push(shown(&format!("a.{question_id}"), value));
    }
}
