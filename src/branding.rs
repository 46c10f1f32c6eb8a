//! A consultancy's branding around the check, from the snippet's data attributes or the
//! iframe's URL parameters (the same names): `brand`, `color`, `cta-text`, `cta-url`, `contact`.
//! Every value is validated; a bad one is left out with a warning for the console, so a typo
//! in a CMS never breaks the page. Pure.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Branding {
    /// The consultancy's name, shown in the header and on the print-out.
    pub name: Option<String>,
    pub color: Option<Color>,
    /// A call to action on the result page, e.g. "Book a workshop".
    pub cta: Option<Cta>,
    pub contact: Option<Contact>,
}

/// A primary colour, and the colours derived from it so text stays readable (WCAG AA).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Color {
    /// As given, normalised to `#rrggbb`.
    pub primary: String,
    /// `primary`, darkened as far as needed for 4.5:1 against white, so it works both as text
    /// on white and as the background of white button text. This is the one the app uses.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    pub text: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    Web(String),
}

impl Contact {
    pub fn href(&self) -> String {
        match self {
            Contact::Email(address) => format!("mailto:{address}"),
            Contact::Web(url) => url.clone(),
        }
    }

    pub fn label(&self) -> &str {
        match self {
            Contact::Email(address) => address,
            Contact::Web(url) => url
                .trim_start_matches("https://")
                .trim_start_matches("http://"),
        }
    }
}

pub const KEYS: [&str; 5] = ["brand", "color", "cta-text", "cta-url", "contact"];
const MAX_TEXT_CHARS: usize = 60;
const MAX_URL_CHARS: usize = 500;

/// Collects branding from `(key, value)` pairs; returns it with one warning per value left out.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Branding, Vec<String>) {
    let mut branding = Branding::default();
    let mut warnings = Vec::new();
    let (mut cta_text, mut cta_url) = (None, None);
    for (key, value) in pairs {
        let result = match key {
            "brand" => text(value).map(|v| branding.name = Some(v)),
            "color" => color(value).map(|v| branding.color = Some(v)),
            "cta-text" => text(value).map(|v| cta_text = Some(v)),
            "cta-url" => web_url(value).map(|v| cta_url = Some(v)),
            "contact" => contact(value).map(|v| branding.contact = Some(v)),
            _ => continue,
        };
        if let Err(why) = result {
            warnings.push(format!("readiness-check: ignored {key}: {why}"));
        }
    }
    match (cta_text, cta_url) {
        (Some(text), Some(url)) => branding.cta = Some(Cta { text, url }),
        (Some(_), None) => {
            warnings.push("readiness-check: ignored cta-text: it needs a valid cta-url".into())
        }
        (None, Some(_)) => {
            warnings.push("readiness-check: ignored cta-url: it needs a cta-text".into())
        }
        (None, None) => {}
    }
    (branding, warnings)
}

fn text(value: &str) -> Result<String, &'static str> {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    let clean = clean.trim();
    if clean.is_empty() {
        return Err("empty");
    }
    if clean.chars().count() > MAX_TEXT_CHARS {
        return Err("longer than 60 characters");
    }
    Ok(clean.to_string())
}

/// Only http(s) addresses: no `javascript:`, `data:` or relative surprises.
fn web_url(value: &str) -> Result<String, &'static str> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or("not an http(s) address")?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err("no host");
    }
    if value.len() > MAX_URL_CHARS {
        return Err("longer than 500 characters");
    }
    if value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'))
    {
        return Err("contains spaces or quotes");
    }
    Ok(value.to_string())
}

fn contact(value: &str) -> Result<Contact, &'static str> {
    let value = value.trim().trim_start_matches("mailto:");
    if value.contains('@') && !value.contains("://") {
        let (local, domain) = value.split_once('@').ok_or("not an e-mail address")?;
        let valid = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && value.len() <= 254
            && value.chars().all(|c| {
                c.is_ascii_graphic()
                    && !matches!(c, '"' | '<' | '>' | '(' | ')' | ',' | ';' | ':' | '\\')
            });
        return if valid {
            Ok(Contact::Email(value.to_string()))
        } else {
            Err("not an e-mail address")
        };
    }
    web_url(value)
        .map(Contact::Web)
        .map_err(|_| "neither an e-mail address nor an http(s) address")
}

/// `#rgb`, `#rrggbb`, or the same without `#` (a `#` must be escaped in URLs).
fn color(value: &str) -> Result<Color, &'static str> {
    let hex = value.trim().trim_start_matches('#');
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) || !matches!(hex.len(), 3 | 6) {
        return Err("not a colour like #1d5fa8");
    }
    let channel = |i: usize| -> u8 {
        if hex.len() == 3 {
            let v = u8::from_str_radix(&hex[i..i + 1], 16).unwrap_or(0);
            v * 17
        } else {
            u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or(0)
        }
    };
    let rgb = [channel(0), channel(1), channel(2)];
    let mut text = rgb;
    while contrast(text, [255; 3]) < 4.5 {
        text = text.map(|c| (f64::from(c) * 0.9) as u8);
    }
    Ok(Color {
        primary: to_hex(rgb),
        text: to_hex(text),
    })
}

fn to_hex(rgb: [u8; 3]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::from("#");
    for c in rgb {
        out.push(char::from(DIGITS[usize::from(c >> 4)]));
        out.push(char::from(DIGITS[usize::from(c & 15)]));
    }
    out
}

/// WCAG 2 relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// WCAG 2 contrast ratio, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(key: &str, value: &str) -> (Branding, Vec<String>) {
        parse([(key, value)])
    }

    #[test]
    fn nothing_given_is_neutral() {
        assert_eq!(parse([]), (Branding::default(), vec![]));
    }

    #[test]
    fn a_full_configuration() {
        let (b, warnings) = parse([
            ("brand", "  Agentur Beispiel  "),
            ("color", "#C0392B"),
            ("cta-text", "Workshop buchen"),
            ("cta-url", "https://example.com/workshop?x=1"),
            ("contact", "hallo@example.com"),
            ("utm_source", "ignored"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(b.name.as_deref(), Some("Agentur Beispiel"));
        let color = b.color.unwrap();
        assert_eq!(color.primary, "#c0392b");
        assert_eq!(color.text, "#c0392b", "dark enough already");
        assert_eq!(
            b.cta,
            Some(Cta {
                text: "Workshop buchen".into(),
                url: "https://example.com/workshop?x=1".into()
            })
        );
        assert_eq!(
            b.contact.as_ref().map(Contact::href).as_deref(),
            Some("mailto:hallo@example.com")
        );
    }

    #[test]
    fn colours_are_checked_and_kept_readable() {
        assert_eq!(one("color", "1d5fa8").0.color.unwrap().primary, "#1d5fa8");
        assert_eq!(one("color", "#fc0").0.color.unwrap().primary, "#ffcc00");
        let yellow = one("color", "#ffcc00").0.color.unwrap();
        let text = yellow.text.trim_start_matches('#');
        let rgb = [0, 2, 4].map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap());
        assert!(contrast(rgb, [255; 3]) >= 4.5, "{}", yellow.text);
        for bad in [
            "red",
            "#12345",
            "#ggg",
            "",
            "url(x)",
            "#000;background:url(x)",
            "1d5fa8 !important",
        ] {
            let (b, w) = one("color", bad);
            assert_eq!(b.color, None, "{bad}");
            assert_eq!(w.len(), 1, "{bad}");
        }
    }

    #[test]
    fn only_web_addresses_for_the_call_to_action() {
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "/relative",
            "https://",
            "https://a b",
            "https://x\"onmouseover=1",
        ] {
            let (b, w) = parse([("cta-text", "Go"), ("cta-url", bad)]);
            assert_eq!(b.cta, None, "{bad}");
            assert_eq!(w.len(), 2, "{bad}: {w:?}");
        }
        let (b, w) = one("cta-text", "Go");
        assert_eq!((b.cta, w.len()), (None, 1));
    }

    #[test]
    fn contacts() {
        assert_eq!(
            one("contact", "mailto:a@b.de").0.contact,
            Some(Contact::Email("a@b.de".into()))
        );
        assert_eq!(
            one("contact", "https://b.de/kontakt")
                .0
                .contact
                .unwrap()
                .label(),
            "b.de/kontakt"
        );
        for bad in [
            "a@",
            "@b.de",
            "a@b",
            "a b@c.de",
            "a@b.de<script>",
            "javascript:x@y.de",
            "ftp://x.de",
        ] {
            assert_eq!(one("contact", bad).0.contact, None, "{bad}");
        }
    }

    #[test]
    fn texts_are_one_short_line() {
        assert_eq!(one("brand", "A\u{0}B\nC").0.name.as_deref(), Some("ABC"));
        assert_eq!(one("brand", &"x".repeat(61)).0.name, None);
        assert_eq!(one("brand", "   ").1.len(), 1);
        let markup = "<img src=x onerror=alert(1)>";
        assert_eq!(
            one("brand", markup).0.name.as_deref(),
            Some(markup),
            "kept as text; rendering escapes it"
        );
    }
}
