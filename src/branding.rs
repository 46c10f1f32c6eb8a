//! A consultancy's branding around the check, from the snippet's data attributes or the
//! iframe's URL parameters (the same names): `brand`, `color`, `cta-text`, `cta-url`, `contact`,
//! and the lead form's `lead-url` and `privacy-url`.
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
    /// Where the result screen's contact form sends a prospect's request; without it there is
    /// no form and the check sends nothing to anyone.
    pub lead: Option<Lead>,
}

/// The lead form's back-end and the consultancy's privacy page its consent links to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lead {
    pub url: String,
    pub privacy_url: Option<String>,
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

    pub fn is_web(&self) -> bool {
        matches!(self, Contact::Web(_))
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

pub const KEYS: [&str; 7] = [
    "brand",
    "color",
    "cta-text",
    "cta-url",
    "contact",
    "lead-url",
    "privacy-url",
];
const MAX_TEXT_CHARS: usize = 60;
const MAX_URL_CHARS: usize = 500;

/// Collects branding from `(key, value)` pairs; returns it with one warning per value left out.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Branding, Vec<String>) {
    let mut branding = Branding::default();
    let mut warnings = Vec::new();
    let (mut cta_text, mut cta_url) = (None, None);
    let (mut lead_url, mut privacy_url) = (None, None);
    for (key, value) in pairs {
        let result = match key {
            "brand" => text(value).map(|v| branding.name = Some(v)),
            "color" => color(value).map(|v| branding.color = Some(v)),
            "cta-text" => text(value).map(|v| cta_text = Some(v)),
            "cta-url" => web_url(value).map(|v| cta_url = Some(v)),
            "contact" => contact(value).map(|v| branding.contact = Some(v)),
            "lead-url" => lead_endpoint(value).map(|v| lead_url = Some(v)),
            "privacy-url" => web_url(value).map(|v| privacy_url = Some(v)),
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
    match (lead_url, privacy_url) {
        (Some(url), privacy_url) => branding.lead = Some(Lead { url, privacy_url }),
        (None, Some(_)) => warnings
            .push("readiness-check: ignored privacy-url: it belongs to a valid lead-url".into()),
        (None, None) => {}
    }
    (branding, warnings)
}

/// Is this character left out of a name or text someone else wrote (a link's branding, a
/// participant's name)? Controls and the invisible characters that can hide or reorder text
/// (zero-width space, direction marks and overrides, the Arabic letter mark, BOM, soft hyphen,
/// invisible operators) or make a name look blank (Hangul fillers, the blank braille cell).
/// The joiners, variation selectors and tags stay: emoji and some scripts need them (names
/// compare without them, see `workshop`).
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{1D173}'..='\u{1D17A}'
        )
}

fn text(value: &str) -> Result<String, &'static str> {
    let clean: String = value.chars().filter(|&c| !is_hidden(c)).collect();
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
pub(crate) fn web_url(value: &str) -> Result<String, &'static str> {
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
        .any(|c| c.is_whitespace() || is_hidden(c) || matches!(c, '"' | '<' | '>'))
    {
        return Err("contains spaces, quotes or invisible characters");
    }
    // `https://agency.example@other.example` goes to other.example: refuse the disguise.
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err("has a user name before the host");
    }
    // A host name (letters of any script, digits, dots, hyphens) or an IPv6 address, with an
    // optional port: `https://:443/x` or `https://?x` lead nowhere. Any non-ASCII character
    // passes as a letter: the Unicode tables would cost the page 2 KB.
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    if host.is_empty()
        || !host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || !c.is_ascii() || matches!(c, '.' | '-' | ':'))
    {
        return Err("no host");
    }
    Ok(value.to_string())
}

/// A prospect's contact travels only encrypted: `https`, or `http` to this very machine (a
/// consultancy trying its back-end locally).
fn lead_endpoint(value: &str) -> Result<String, &'static str> {
    let url = web_url(value)?;
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("http://") else {
        return Ok(url);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    if matches!(host, "localhost" | "127.0.0.1" | "::1") {
        Ok(url)
    } else {
        Err("not an https address (http only for localhost)")
    }
}

/// An address's shape around its first `@`: something before it, one dotted domain after it.
/// What else a character may be is the caller's rule.
pub(crate) fn email_shape(local: &str, domain: &str) -> bool {
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
}

fn contact(value: &str) -> Result<Contact, &'static str> {
    let value = value.trim();
    let value = match value.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => &value[7..],
        _ => value,
    };
    if value.contains('@') && !value.contains("://") {
        let (local, domain) = value.split_once('@').ok_or("not an e-mail address")?;
        let valid = email_shape(local, domain)
            && value.len() <= 254
            && value.chars().all(|c| {
                c.is_ascii_graphic()
                    && !matches!(
                        c,
                        '"' | '<'
                            | '>'
                            | '('
                            | ')'
                            | ','
                            | ';'
                            | ':'
                            | '\\'
                            | '?'
                            | '&'
                            | '='
                            | '%'
                    )
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
    let linear = |c: u8| f64::from(SRGB_TO_LINEAR[usize::from(c)]);
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// sRGB channel (0..=255) to linear light, per WCAG 2: a table, so the wasm needs no `powf`.
#[rustfmt::skip]
const SRGB_TO_LINEAR: [f32; 256] = [
    0.0, 0.000303527, 0.000607054, 0.000910581, 0.00121411, 0.00151763, 0.00182116, 0.00212469,
    0.00242822, 0.00273174, 0.00303527, 0.00334654, 0.00367651, 0.00402472, 0.00439144, 0.00477695,
    0.00518152, 0.00560539, 0.00604883, 0.00651209, 0.00699541, 0.00749903, 0.00802319, 0.00856813,
    0.00913406, 0.00972122, 0.0103298, 0.0109601, 0.0116122, 0.0122865, 0.012983, 0.0137021,
    0.0144438, 0.0152085, 0.0159963, 0.0168074, 0.017642, 0.0185002, 0.0193824, 0.0202886,
    0.021219, 0.0221739, 0.0231534, 0.0241576, 0.0251869, 0.0262412, 0.0273209, 0.028426,
    0.0295568, 0.0307134, 0.031896, 0.0331048, 0.0343398, 0.0356013, 0.0368895, 0.0382044,
    0.0395462, 0.0409152, 0.0423114, 0.043735, 0.0451862, 0.0466651, 0.0481718, 0.0497066,
    0.0512695, 0.0528606, 0.0544803, 0.0561285, 0.0578054, 0.0595112, 0.0612461, 0.06301,
    0.0648033, 0.0666259, 0.0684782, 0.0703601, 0.0722719, 0.0742136, 0.0761854, 0.0781874,
    0.0802198, 0.0822827, 0.0843762, 0.0865005, 0.0886556, 0.0908417, 0.093059, 0.0953075,
    0.0975873, 0.0998987, 0.102242, 0.104616, 0.107023, 0.109462, 0.111932, 0.114435,
    0.116971, 0.119538, 0.122139, 0.124772, 0.127438, 0.130136, 0.132868, 0.135633,
    0.138432, 0.141263, 0.144128, 0.147027, 0.14996, 0.152926, 0.155926, 0.158961,
    0.162029, 0.165132, 0.168269, 0.171441, 0.174647, 0.177888, 0.181164, 0.184475,
    0.187821, 0.191202, 0.194618, 0.198069, 0.201556, 0.205079, 0.208637, 0.212231,
    0.215861, 0.219526, 0.223228, 0.226966, 0.23074, 0.234551, 0.238398, 0.242281,
    0.246201, 0.250158, 0.254152, 0.258183, 0.262251, 0.266356, 0.270498, 0.274677,
    0.278894, 0.283149, 0.287441, 0.291771, 0.296138, 0.300544, 0.304987, 0.309469,
    0.313989, 0.318547, 0.323143, 0.327778, 0.332452, 0.337164, 0.341914, 0.346704,
    0.351533, 0.3564, 0.361307, 0.366253, 0.371238, 0.376262, 0.381326, 0.386429,
    0.391572, 0.396755, 0.401978, 0.40724, 0.412543, 0.417885, 0.423268, 0.42869,
    0.434154, 0.439657, 0.445201, 0.450786, 0.456411, 0.462077, 0.467784, 0.473531,
    0.47932, 0.48515, 0.491021, 0.496933, 0.502886, 0.508881, 0.514918, 0.520996,
    0.527115, 0.533276, 0.539479, 0.545724, 0.552011, 0.55834, 0.564712, 0.571125,
    0.57758, 0.584078, 0.590619, 0.597202, 0.603827, 0.610496, 0.617207, 0.62396,
    0.630757, 0.637597, 0.64448, 0.651406, 0.658375, 0.665387, 0.672443, 0.679542,
    0.686685, 0.693872, 0.701102, 0.708376, 0.715694, 0.723055, 0.730461, 0.73791,
    0.745404, 0.752942, 0.760525, 0.768151, 0.775822, 0.783538, 0.791298, 0.799103,
    0.806952, 0.814847, 0.822786, 0.83077, 0.838799, 0.846873, 0.854993, 0.863157,
    0.871367, 0.879622, 0.887923, 0.896269, 0.904661, 0.913099, 0.921582, 0.930111,
    0.938686, 0.947307, 0.955973, 0.964686, 0.973445, 0.982251, 0.991102, 1.0,
];

/// WCAG 2 contrast ratio, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The company name is shown on screen and print: keep it short and on one line.
pub const COMPANY_MAX_CHARS: usize = 80;

/// A company name as kept (typed, stored or from a link): no control or invisible characters,
/// at most [`COMPANY_MAX_CHARS`].
pub fn clean_company(name: &str) -> String {
    name.chars()
        .filter(|&c| !is_hidden(c))
        .take(COMPANY_MAX_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(key: &str, value: &str) -> (Branding, Vec<String>) {
        parse([(key, value)])
    }

    #[test]
    fn the_linear_table_is_the_wcag_formula() {
        for c in 0..=255u8 {
            let v = f64::from(c) / 255.0;
            let exact = if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            };
            assert!(
                (f64::from(SRGB_TO_LINEAR[usize::from(c)]) - exact).abs() < 1e-6,
                "{c}"
            );
        }
        assert!((contrast([0; 3], [255; 3]) - 21.0).abs() < 1e-3);
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
            "https://agentur.example@evil.example/buchen",
            "https://:443/x",
            "https://?x",
            "https://#x",
            "https://agentur.example/\u{202E}fdp.exe",
            "https://agentur.example/\u{200B}",
            "https://agen*tur.example/",
        ] {
            let (b, w) = parse([("cta-text", "Go"), ("cta-url", bad)]);
            assert_eq!(b.cta, None, "{bad}");
            assert_eq!(w.len(), 2, "{bad}: {w:?}");
        }
        let (b, w) = one("cta-text", "Go");
        assert_eq!((b.cta, w.len()), (None, 1));
        for good in [
            "https://agentur.example:8443/buchen?x=1#y",
            "http://[2001:db8::1]:8080/",
            "https://bücher.example/",
            "HTTPS://AGENTUR.EXAMPLE",
        ] {
            let (b, w) = parse([("cta-text", "Go"), ("cta-url", good)]);
            assert!(b.cta.is_some() && w.is_empty(), "{good}: {w:?}");
        }
    }

    #[test]
    fn invisible_characters_cannot_reorder_branding() {
        assert_eq!(
            one("brand", "\u{202E}net\u{061C}negA").0.name.as_deref(),
            Some("netnegA")
        );
        let (b, _) = parse([
            ("cta-text", "Jetzt\u{2066} buchen"),
            ("cta-url", "https://agentur.example/"),
        ]);
        assert_eq!(b.cta.map(|c| c.text).as_deref(), Some("Jetzt buchen"));
        let (b, _) = one("contact", "https://agentur.example/\u{202E}fdp.exe");
        assert_eq!(b.contact, None);
    }

    #[test]
    fn contacts() {
        for given in ["mailto:a@b.de", "MailTo:a@b.de", " a@b.de "] {
            assert_eq!(
                one("contact", given).0.contact,
                Some(Contact::Email("a@b.de".into())),
                "{given}"
            );
        }
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
            "a@b.de?bcc=x@evil.example",
            "a@b.de%3Fbcc%3Dx@evil.example",
            "a@b.de&cc=x@evil.example",
            "https://agentur.example@evil.example",
        ] {
            assert_eq!(one("contact", bad).0.contact, None, "{bad}");
        }
    }

    #[test]
    fn the_lead_form_sends_only_encrypted() {
        let (b, w) = parse([
            ("lead-url", "https://formspree.io/f/xyz"),
            ("privacy-url", "https://agentur.example/datenschutz"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            b.lead,
            Some(Lead {
                url: "https://formspree.io/f/xyz".into(),
                privacy_url: Some("https://agentur.example/datenschutz".into()),
            })
        );
        for local in [
            "http://localhost:8080/lead",
            "http://127.0.0.1:9/x",
            "HTTP://LOCALHOST/",
            "http://[::1]:8080/",
        ] {
            let (b, w) = one("lead-url", local);
            assert!(b.lead.is_some() && w.is_empty(), "{local}: {w:?}");
        }
        for bad in [
            "http://agentur.example/lead",
            "http://localhost.evil.example/",
            "http://127.0.0.1.evil.example/",
            "http://localhost@evil.example/",
            "javascript:alert(1)",
            "https://",
            "/relative",
        ] {
            let (b, w) = one("lead-url", bad);
            assert_eq!((b.lead, w.len()), (None, 1), "{bad}");
        }
        let (b, w) = one("privacy-url", "https://agentur.example/datenschutz");
        assert_eq!(
            (b.lead, w.len()),
            (None, 1),
            "a privacy page alone has no form"
        );
        let (b, w) = parse([
            ("lead-url", "https://formspree.io/f/xyz"),
            ("privacy-url", "javascript:alert(1)"),
        ]);
        assert_eq!(b.lead.and_then(|l| l.privacy_url), None);
        assert_eq!(w.len(), 1);
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
