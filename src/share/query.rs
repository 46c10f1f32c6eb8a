//! The one reader of `key=value&…` text: the page's query and fragment, a pasted link, the
//! progress kept in storage. One rule for a key given twice: **the last one wins**, as when
//! the pairs are read in order and each one overwrites the one before.

use super::codec::percent_decode;

/// A query or fragment without its leading marks (`?`, `#`, or several, as in `##r=`). Every
/// reader and every filter of keys starts here, so all see the same first key.
pub fn body(part: &str) -> &str {
    part.trim_start_matches(['?', '#'])
}

/// A key as written after `&amp;`: a mail client or CMS that escaped the link as HTML text.
pub fn unescaped_key(key: &str) -> &str {
    key.strip_prefix("amp;").unwrap_or(key)
}

/// The pairs as written, in order: the key without an `amp;` escape, the value not decoded
/// (a pair without `=` has an empty value). Empty pieces (`&&`) are skipped.
pub fn raw_pairs(part: &str) -> impl Iterator<Item = (&str, &str)> {
    body(part).split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (unescaped_key(k), v)
    })
}

/// A raw key as it compares: percent-decoded (`%63=` is `c=`); one that does not decode is no
/// key of ours.
pub fn decoded_key(raw: &str) -> String {
    percent_decode(raw).unwrap_or_default()
}

/// The pairs, in order, key and value percent-decoded; a value that does not decode reads as
/// U+FFFD, so it is refused by whoever reads it and never silently empty.
pub fn pairs(part: &str) -> impl Iterator<Item = (String, String)> + '_ {
    raw_pairs(part).map(|(k, v)| {
        let decode = |s: &str| percent_decode(s).unwrap_or_else(|| "\u{FFFD}".into());
        (decode(k), decode(v))
    })
}

/// The raw value of `key` (the last one given), in a query or fragment.
pub fn last_raw<'a>(part: &'a str, key: &str) -> Option<&'a str> {
    raw_pairs(part)
        .filter(|(k, _)| decoded_key(k) == key)
        .map(|(_, v)| v)
        .last()
}

/// The raw value of `key` (the last one given) anywhere in a pasted text or whole address:
/// its query and its fragment are read in order, the fragment last, so it wins.
pub fn last_raw_in_text<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.split(['#', '?'])
        .filter_map(|part| last_raw(part, key))
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_of_a_key_given_twice_wins() {
        assert_eq!(last_raw("?r=A&x=1&r=B", "r"), Some("B"));
        assert_eq!(last_raw("#%72=A&r=B&%72=C", "r"), Some("C"));
        assert_eq!(
            last_raw_in_text("https://x.example/?r=Q#r=F", "r"),
            Some("F")
        );
        assert_eq!(last_raw("?x=1", "r"), None);
    }

    #[test]
    fn marks_escapes_and_empty_pieces() {
        let got: Vec<_> = pairs("##a=1&&amp;b=%20&c").collect();
        assert_eq!(
            got,
            vec![
                ("a".to_string(), "1".to_string()),
                ("b".to_string(), " ".to_string()),
                ("c".to_string(), String::new()),
            ]
        );
        assert_eq!(pairs("?k=%ZZ").next().unwrap().1, "\u{FFFD}");
    }
}
