//! The comparison link: round trips, awkward names, hostile input, a fuzz loop.

use readiness_check::assessment::{examples, Answers, Lang, MISSING_TEXT};
use readiness_check::share::link::encode;
use readiness_check::workshop::{
    clean_name, compare, decode_link, encode_link, result_code, Workshop, WorkshopLinkError,
    MAX_LINK_CHARS, MAX_NAME_CHARS, MAX_PARTICIPANTS,
};

mod common;
use common::XorShift;

/// Every question answered (follow-ups too, sometimes left open when hidden).
fn random_complete(rng: &mut XorShift) -> Answers {
    let mut a = common::random_complete(rng);
    if a.selected("responsible") == ["nobody"] && rng.below(2) == 0 {
        a.clear("hours");
    }
    a
}

const AWKWARD: &[&str] = &[
    "Anna",
    "Müller, Hans",
    "A & B",
    "<img src=x onerror=alert(1)>",
    "Jürgen Öztürk-Weiß",
    "👩\u{200D}💻 Dev 🚀",
    "100% sicher",
    "c=evil&n=x#r=AAAA",
    "a.b.c",
    "+plus+ space",
    "李雷",
    "\"quoted\" 'single'",
    "back\\slash / slash ? query",
    "%41%zz",
];

fn random_name(rng: &mut XorShift, i: usize) -> String {
    let base = AWKWARD[rng.below(AWKWARD.len())];
    // A unique suffix keeps names distinct; the cut keeps them within the limit.
    let mut name: String = base.chars().take(MAX_NAME_CHARS - 4).collect();
    name.push(' ');
    name.push_str(&i.to_string());
    name
}

fn random_workshop(rng: &mut XorShift) -> Workshop {
    let mut w = Workshop::new();
    let n = 1 + rng.below(MAX_PARTICIPANTS);
    for i in 0..n {
        w.add(&random_name(rng, i), random_complete(rng)).unwrap();
    }
    w
}

#[test]
fn the_format_is_codes_and_names() {
    let mut w = Workshop::new();
    w.add("Anna", examples::strong_answers()).unwrap();
    w.add("Ben", examples::plumber()).unwrap();
    w.add("Jürgen", examples::kunde_2()).unwrap();
    let link = encode_link(&w);
    let expected = format!(
        "c={}.{}.{}&n=Anna,Ben,J%C3%BCrgen",
        encode(&examples::strong_answers()),
        encode(&examples::plumber()),
        encode(&examples::kunde_2())
    );
    assert_eq!(link, expected);
    assert_eq!(
        link,
        "c=AkJRHMsn_-Dp7g.AkJASkaP_aCwWA.AkNJI8jlVMAZ8w&n=Anna,Ben,J%C3%BCrgen"
    );
    assert_eq!(link.len(), 69);
    assert_eq!(decode_link(&link, Lang::De), Ok((w.clone(), 0)));
    let escaped = format!("https://x.example/#{}", link.replace('&', "&amp;"));
    assert_eq!(
        decode_link(&escaped, Lang::De),
        Ok((w, 0)),
        "a link a mail client escaped as HTML text"
    );
}

/// A comparison made with v1 result codes keeps opening with everyone in it: v1 asked every
/// company as one that had not started, so that is how its answers compare (nobody is there to
/// ask), with the verdicts and scores they had.
#[test]
fn a_v1_comparison_link_keeps_opening() {
    let (w, skipped) = decode_link(
        "c=AZSOZH__4PUZ.AZAlIi_9oAxO.AdKR411UwPIe&n=Anna,Ben,J%C3%BCrgen",
        Lang::De,
    )
    .unwrap();
    assert_eq!(skipped, 0);
    let names: Vec<&str> = w.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anna", "Ben", "Jürgen"]);
    for (p, then) in w.participants.iter().zip([
        examples::strong_answers(),
        examples::plumber(),
        examples::kunde_2(),
    ]) {
        assert_eq!(p.answers.selected("presence"), ["not-yet"]);
        assert_eq!(p.answers, then, "{}", p.name);
    }
    // A v1 result link pasted into the workshop, too.
    let mut w = Workshop::new();
    w.add_link("Ben", "https://x.example/#r=AZAlIi_9oAxO")
        .unwrap();
    assert_eq!(w.participants[0].answers, examples::plumber());
}

#[test]
fn awkward_names_survive_exactly() {
    let mut w = Workshop::new();
    for (i, name) in AWKWARD.iter().take(MAX_PARTICIPANTS).enumerate() {
        w.add(name, examples::kunde_2()).unwrap();
        assert_eq!(w.participants[i].name, *name);
    }
    let link = encode_link(&w);
    // Names never break the structure: no raw separators or markup in the link.
    let names = link.split_once("&n=").unwrap().1;
    assert_eq!(names.matches(',').count(), w.len() - 1);
    assert!(!link.contains(['<', '>', '#', '"', ' ', '?']), "{link}");
    assert_eq!(link.matches('&').count(), 1);
    let (again, skipped) = decode_link(&link, Lang::De).unwrap();
    assert_eq!(skipped, 0);
    assert_eq!(again, w);
}

#[test]
fn random_workshops_round_trip() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..400 {
        let w = random_workshop(&mut rng);
        let link = encode_link(&w);
        assert!(link.len() <= MAX_LINK_CHARS);
        for form in [
            link.clone(),
            format!("#{link}"),
            format!("#lang=en&{link}&large=1"),
        ] {
            assert_eq!(decode_link(&form, Lang::De), Ok((w.clone(), 0)), "{form}");
        }
        let url = format!("https://example.org/sub/check/?utm=x#{link}");
        assert_eq!(decode_link(&url, Lang::De), Ok((w.clone(), 0)));
    }
}

#[test]
fn the_largest_workshop_fits() {
    let mut w = Workshop::new();
    for i in 0..MAX_PARTICIPANTS {
        // 39 four-byte characters and a letter: 12 * 40 = 480 characters per name.
        let name = "🚀".repeat(MAX_NAME_CHARS - 1) + &char::from(b'a' + i as u8).to_string();
        w.add(&name, examples::datev()).unwrap();
    }
    let link = encode_link(&w);
    assert!(link.len() < 6_000, "{}", link.len());
    assert!(link.len() <= MAX_LINK_CHARS);
    assert_eq!(decode_link(&link, Lang::De), Ok((w, 0)));
}

#[test]
fn hostile_fragments_are_refused() {
    use WorkshopLinkError::*;
    for junk in [
        "",
        "#",
        "#?&",
        "garbage",
        "n=Anna",
        "c=",
        "#c=&n=Anna",
        "r=AAAA",
        "c",
    ] {
        assert_eq!(decode_link(junk, Lang::De), Err(Empty), "{junk:?}");
    }
    let huge = "c=".to_owned() + &"A".repeat(1 << 20);
    assert_eq!(decode_link(&huge, Lang::De), Err(TooLong));
    assert_eq!(
        decode_link(&"x".repeat(MAX_LINK_CHARS + 1), Lang::De),
        Err(TooLong)
    );
    assert_eq!(decode_link(&"é".repeat(1 << 19), Lang::De), Err(TooLong));
    assert_eq!(
        decode_link("c=$$$.%%%&n=a,b", Lang::De),
        Err(NothingUsable { skipped: 2 })
    );
    assert_eq!(
        decode_link("c=-.-&n=a,b", Lang::De),
        Err(NothingUsable { skipped: 2 })
    );
    // Nothing but the marks that end a sentence.
    assert_eq!(decode_link("c=!!!.???&n=a,b", Lang::De), Err(Empty));
    assert_eq!(decode_link("c=.&n=a,b", Lang::De), Err(Empty));
    let code = encode(&examples::kunde_2());
    // Codes without names still count: each gets the name the workshop would suggest.
    let (w, skipped) = decode_link(&format!("c={code}.{code}"), Lang::De).unwrap();
    assert_eq!((w.names(), skipped), (vec!["Person 1", "Person 2"], 0));
    let (w, _) = decode_link(&format!("c={code}"), Lang::En).unwrap();
    assert_eq!(w.names(), ["Participant 1"]);
    for e in [Empty, TooLong, NothingUsable { skipped: 1 }] {
        for lang in Lang::ALL {
            let t = e.text(lang);
            assert!(t.len() > 8 && t != MISSING_TEXT, "{e:?}");
        }
    }
}

#[test]
fn text_pasted_around_a_link_is_not_part_of_it() {
    let mut w = Workshop::new();
    w.add("Anna", examples::kunde_2()).unwrap();
    w.add("Jürgen", examples::plumber()).unwrap();
    let link = format!("https://agentur.example/check/#{}", encode_link(&w));
    for pasted in [
        format!("{link} – bis morgen"),
        format!("<{link}>"),
        format!("\"{link}\""),
        format!("  {link}\nGruß, Anna"),
        format!("Hier der Vergleich: {link}."),
        format!("(siehe {link})"),
        format!("Link: {link}!"),
        format!("„{link}“…"),
    ] {
        let (again, skipped) =
            decode_link(&pasted, Lang::De).unwrap_or_else(|e| panic!("{e:?}: {pasted}"));
        assert_eq!(again, w, "{pasted}");
        assert_eq!(skipped, 0);
    }
    // A name that ends in a dot keeps it: the link encodes the dot.
    let mut dotted = Workshop::new();
    dotted.add("Ben Jr.", examples::kunde_2()).unwrap();
    let link = encode_link(&dotted);
    assert!(link.ends_with("Jr%2E"), "{link}");
    assert_eq!(decode_link(&format!("{link}."), Lang::De), Ok((dotted, 0)));
    // A pasted result link too.
    let code = encode(&examples::kunde_2());
    for pasted in [
        format!("Mein Ergebnis: https://x.example/#r={code}."),
        format!("(https://x.example/#r={code})"),
    ] {
        assert_eq!(result_code(&pasted), code, "{pasted}");
    }
}

#[test]
fn partly_bad_links_keep_what_is_good() {
    let good = encode(&examples::kunde_2());
    let other = encode(&examples::plumber());
    let truncated = &good[..good.len() - 3];
    let mut incomplete = examples::kunde_2();
    incomplete.clear("budget");
    let incomplete = encode(&incomplete);

    let (w, skipped) = decode_link(
        &format!("c={good}.{truncated}.{other}&n=Anna,Ben,Cem"),
        Lang::De,
    )
    .unwrap();
    assert_eq!(skipped, 1);
    assert_eq!(w.names(), ["Anna", "Cem"]);
    assert_eq!(w.participants[1].answers, examples::plumber());

    // Empty, unreadable and missing names become suggested ones; a repeated one is numbered,
    // as a merge does. Nobody's answers are dropped for their name.
    let (w, skipped) = decode_link(
        &format!("c={good}.{other}.{good}.{other}.{good}&n=,Ben,BEN,%zz"),
        Lang::De,
    )
    .unwrap();
    assert_eq!(skipped, 0);
    assert_eq!(
        w.names(),
        ["Person 1", "Ben", "BEN (2)", "Person 4", "Person 5"]
    );
    assert_eq!(w.participants[0].answers, examples::kunde_2());
    assert_eq!(w.participants[3].answers, examples::plumber());
    let (w, skipped) = decode_link(&format!("c={good}.{other}.{good}&n=A,A,A"), Lang::De).unwrap();
    assert_eq!((w.names(), skipped), (vec!["A", "A (2)", "A (3)"], 0));
    let (w, skipped) = decode_link(&format!("c={good}.{other}&n=%zz,%E2%80%AE"), Lang::De).unwrap();
    assert_eq!((w.names(), skipped), (vec!["Person 1", "Person 2"], 0));

    // An unfinished check among finished ones.
    let (w, skipped) = decode_link(&format!("c={incomplete}.{good}&n=Anna,Ben"), Lang::De).unwrap();
    assert_eq!((w.len(), skipped), (1, 1));

    // Too many: the first twelve are kept, the rest counted.
    let codes = [good.as_str(); MAX_PARTICIPANTS + 3].join(".");
    let names: Vec<String> = (0..MAX_PARTICIPANTS + 3).map(|i| format!("P{i}")).collect();
    let (w, skipped) = decode_link(&format!("c={codes}&n={}", names.join(",")), Lang::De).unwrap();
    assert_eq!((w.len(), skipped), (MAX_PARTICIPANTS, 3));
    assert_eq!(w.participants[MAX_PARTICIPANTS - 1].name, "P11");

    // Extra names are ignored; a repeated parameter counts once (the last).
    let (w, skipped) = decode_link(&format!("c=AAAA&c={good}&n=Anna,Ben,Cem"), Lang::De).unwrap();
    assert_eq!((w.len(), skipped), (1, 0));
}

/// Whatever comes in: no panic, and what is decoded is a valid workshop that round-trips.
/// Returns whether anything was decoded.
fn check_any(input: &str) -> bool {
    let decoded = decode_link(input, Lang::De);
    let ok = decoded.is_ok();
    if let Ok((w, _)) = decoded {
        assert!(!w.is_empty() && w.len() <= MAX_PARTICIPANTS);
        for p in &w.participants {
            assert!(!p.name.is_empty());
            assert_eq!(clean_name(&p.name), p.name);
        }
        assert!(compare(&w).is_some());
        assert_eq!(decode_link(&encode_link(&w), Lang::De), Ok((w, 0)));
    }
    ok
}

#[test]
fn fuzz_mutated_links() {
    let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
    let pool: Vec<char> = "AZaz09-_.,&=%#?+ \u{0}é🚀<>cnr".chars().collect();
    let (mut kept, mut refused) = (0, 0);
    for _ in 0..1_000 {
        let link = encode_link(&random_workshop(&mut rng));
        let mut chars: Vec<char> = link.chars().collect();
        for _ in 0..1 + rng.below(6) {
            if chars.is_empty() {
                break;
            }
            let at = rng.below(chars.len());
            match rng.below(4) {
                0 => chars[at] = pool[rng.below(pool.len())],
                1 => {
                    chars.remove(at);
                }
                2 => chars.insert(at, pool[rng.below(pool.len())]),
                _ => chars.truncate(at),
            }
        }
        let mutated: String = chars.into_iter().collect();
        if check_any(&mutated) {
            kept += 1;
        } else {
            refused += 1;
        }
    }
    // Both paths were exercised.
    assert!(kept > 100 && refused > 10, "{kept} kept, {refused} refused");
}

#[test]
fn fuzz_random_text() {
    let mut rng = XorShift(0x1234_5678_9ABC_DEF1);
    let pool: Vec<char> = "Ac=n&.,%#?9_-\u{FFFD}ü".chars().collect();
    for _ in 0..5_000 {
        let len = rng.below(200);
        let s: String = (0..len).map(|_| pool[rng.below(pool.len())]).collect();
        let _ = check_any(&s);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = check_any(&String::from_utf8_lossy(&bytes));
    }
}
