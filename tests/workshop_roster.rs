//! Adding, renaming and removing participants.

use readiness_check::assessment::{examples, Answers, Lang};
use readiness_check::share::link::{encode, LinkError};
use readiness_check::workshop::{
    clean_name, result_code, AddError, Workshop, MAX_LINK_CHARS, MAX_NAME_CHARS, MAX_PARTICIPANTS,
};

#[test]
fn add_keeps_order_and_cleans_names() {
    let mut w = Workshop::new();
    w.add("  Anna \t Berg\n", examples::strong_answers())
        .unwrap();
    w.add("Ben", examples::plumber()).unwrap();
    assert_eq!(w.names(), ["Anna Berg", "Ben"]);
    assert_eq!(w.participants[1].answers, examples::plumber());
    assert_eq!(w.len(), 2);
}

#[test]
fn clean_name_rules() {
    assert_eq!(clean_name(""), "");
    assert_eq!(clean_name(" \t\n "), "");
    assert_eq!(clean_name("\u{0}\u{7}\u{1b}[31m"), "[31m");
    assert_eq!(clean_name("a\u{202E}b\u{200B}c\u{FEFF}"), "abc");
    assert_eq!(clean_name("Zoë  \u{2028} Ünal"), "Zoë Ünal");
    // Soft hyphen, invisible operators, the combining grapheme joiner: gone.
    assert_eq!(clean_name("An\u{00AD}n\u{2062}a\u{034F}"), "Anna");
    // Hangul fillers and the blank braille cell alone look like no name at all.
    for blank in [
        "\u{3164}",
        "\u{FFA0}\u{3164}",
        "\u{115F}\u{1160}",
        "\u{2800}",
    ] {
        assert_eq!(clean_name(blank), "", "{blank:?}");
    }
    // The zero-width joiner of an emoji sequence stays.
    assert_eq!(clean_name("👩\u{200D}💻 Dev"), "👩\u{200D}💻 Dev");
    // Markup is kept as text: escaping is the renderer's job, and the name is shown as text.
    assert_eq!(
        clean_name("<img src=x onerror=alert(1)>"),
        "<img src=x onerror=alert(1)>"
    );
    let long: String = "ä".repeat(100);
    assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
    // A cut never leaves a trailing space.
    let spaced = "a".repeat(MAX_NAME_CHARS - 1) + " b";
    assert_eq!(clean_name(&spaced), "a".repeat(MAX_NAME_CHARS - 1));
    for s in [&long, &spaced, "  x  y  ", "\u{202E}", "A\u{0}B"] {
        let once = clean_name(s);
        assert_eq!(clean_name(&once), once, "idempotent");
    }
}

#[test]
fn empty_and_duplicate_names_are_refused() {
    let mut w = Workshop::new();
    assert_eq!(
        w.add("   ", examples::strong_answers()),
        Err(AddError::EmptyName)
    );
    assert_eq!(
        w.add("\u{200B}\u{0}", examples::strong_answers()),
        Err(AddError::EmptyName)
    );
    w.add("Jürgen", examples::strong_answers()).unwrap();
    assert_eq!(
        w.add("JÜRGEN", examples::plumber()),
        Err(AddError::DuplicateName)
    );
    assert_eq!(
        w.add("  jürgen ", examples::plumber()),
        Err(AddError::DuplicateName)
    );
    assert_eq!(w.check_name("jürgen"), Err(AddError::DuplicateName));
    // What only looks different is the same name: a non-joiner, a variation selector, tags.
    for lookalike in [
        "Jü\u{200C}rgen",
        "Jürgen\u{FE0F}",
        "J\u{E0041}ürgen\u{E007F}",
    ] {
        assert_eq!(
            w.check_name(lookalike),
            Err(AddError::DuplicateName),
            "{lookalike:?}"
        );
    }
    assert_eq!(w.check_name(" Jürgen 2 "), Ok("Jürgen 2".into()));
    assert_eq!(w.len(), 1);
}

#[test]
fn incomplete_answers_are_refused() {
    let mut w = Workshop::new();
    assert_eq!(w.add("Anna", Answers::new()), Err(AddError::Incomplete));
    let mut partial = examples::strong_answers();
    partial.clear("guidelines");
    assert_eq!(w.add("Anna", partial), Err(AddError::Incomplete));
    // A hidden follow-up left open is fine: nobody responsible hides "hours".
    let mut a = examples::plumber();
    a.set("responsible", &["nobody"]).unwrap();
    a.clear("hours");
    assert_eq!(w.add("Anna", a), Ok(()));
}

#[test]
fn a_full_workshop_refuses_more() {
    let mut w = Workshop::new();
    for i in 0..MAX_PARTICIPANTS {
        w.add(&format!("P{i}"), examples::kunde_2()).unwrap();
    }
    assert!(w.is_full());
    assert_eq!(w.add("Late", examples::kunde_2()), Err(AddError::Full));
    assert_eq!(w.add("", Answers::new()), Err(AddError::Full), "full first");
    assert_eq!(w.add_link("Late", "junk"), Err(AddError::Full));
    assert_eq!(w.len(), MAX_PARTICIPANTS);
    w.remove(0);
    assert_eq!(w.add("Late", examples::kunde_2()), Ok(()));
}

#[test]
fn remove_and_rename() {
    let mut w = Workshop::new();
    w.add("Anna", examples::strong_answers()).unwrap();
    w.add("Ben", examples::plumber()).unwrap();
    w.add("Cem", examples::kunde_1()).unwrap();
    w.remove(7);
    assert_eq!(w.len(), 3);
    w.remove(1);
    assert_eq!(w.names(), ["Anna", "Cem"]);
    assert_eq!(w.participants[1].answers, examples::kunde_1());

    assert_eq!(w.rename(0, "ANNA"), Ok(()), "own name in other case");
    assert_eq!(w.rename(0, "cem"), Err(AddError::DuplicateName));
    assert_eq!(w.rename(0, " \n"), Err(AddError::EmptyName));
    assert_eq!(w.rename(5, "X"), Err(AddError::NotFound));
    assert_eq!(w.names(), ["ANNA", "Cem"]);
    assert_eq!(w.rename(1, " Cem\u{202E} Demir "), Ok(()));
    assert_eq!(w.names(), ["ANNA", "Cem Demir"]);
}

#[test]
fn default_names_are_free() {
    let mut w = Workshop::new();
    assert_eq!(w.default_name(Lang::De), "Person 1");
    assert_eq!(w.default_name(Lang::En), "Participant 1");
    w.add("Person 2", examples::kunde_2()).unwrap();
    assert_eq!(w.default_name(Lang::De), "Person 3");
    w.add("person 3", examples::kunde_2()).unwrap();
    assert_eq!(w.default_name(Lang::De), "Person 4");
    w.remove(0);
    assert_eq!(w.default_name(Lang::De), "Person 2");
    for i in 0..MAX_PARTICIPANTS - 1 {
        let name = w.default_name(Lang::En);
        w.add(&name, examples::kunde_2()).unwrap();
        assert_eq!(w.len(), i + 2);
    }
}

#[test]
fn add_link_finds_the_code() {
    let code = encode(&examples::kunde_2());
    assert_eq!(result_code(&code), code);
    assert_eq!(result_code(&format!("  {code}\n")), code);
    assert_eq!(
        result_code(&format!("https://example.org/check/#r={code}")),
        code
    );
    assert_eq!(
        result_code(&format!(
            "https://example.org/check/?lang=en#large=1&r={code}&x=y"
        )),
        code
    );
    assert_eq!(
        result_code(&format!("Mein Ergebnis: https://x.de/#r={code} – Grüße")),
        code
    );
    assert_eq!(result_code("https://example.org/check/"), "");
    assert_eq!(result_code("c=AAAA&n=x"), "");

    let mut w = Workshop::new();
    w.add_link("Anna", &format!("https://example.org/check/#r={code}"))
        .unwrap();
    assert_eq!(w.participants[0].answers, examples::kunde_2());
    w.add_link("Ben", &code).unwrap();
    assert_eq!(
        w.add_link("Cem", "https://example.org/check/"),
        Err(AddError::Link(LinkError::Empty))
    );
    assert_eq!(
        w.add_link("Cem", "#r=%%%"),
        Err(AddError::Link(LinkError::NotACode))
    );
    assert_eq!(
        w.add_link("Cem", &format!("#r={}", &code[..8])),
        Err(AddError::Link(LinkError::Truncated))
    );
    let mut damaged: Vec<char> = code.chars().collect();
    damaged[5] = if damaged[5] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    assert_eq!(
        w.add_link("Cem", &damaged),
        Err(AddError::Link(LinkError::Damaged))
    );
    assert_eq!(
        w.add_link("Cem", &"A".repeat(MAX_LINK_CHARS + 1)),
        Err(AddError::Link(LinkError::TooLong))
    );
    assert_eq!(
        w.add_link("Cem", &"A".repeat(1 << 20)),
        Err(AddError::Link(LinkError::TooLong))
    );
    // A code of an unfinished check is read but gives no verdict.
    let mut partial = examples::kunde_2();
    partial.clear("tone");
    assert_eq!(
        w.add_link("Cem", &encode(&partial)),
        Err(AddError::Incomplete)
    );
    assert_eq!(w.add_link("anna", &code), Err(AddError::DuplicateName));
    // Nothing pasted: asked for, not called unreadable.
    for nothing in ["", "  \n "] {
        assert_eq!(w.add_link("Cem", nothing), Err(AddError::NoLink));
    }
    assert!(AddError::NoLink.text(Lang::En).contains("paste"));
    assert_eq!(w.len(), 2);
}

#[test]
fn errors_have_texts_in_both_languages() {
    for e in [
        AddError::Full,
        AddError::EmptyName,
        AddError::DuplicateName,
        AddError::Incomplete,
        AddError::Link(LinkError::Damaged),
        AddError::NoLink,
        AddError::NotFound,
        AddError::Unfinished,
        AddError::AllThere,
        AddError::ComparisonLink(readiness_check::workshop::WorkshopLinkError::TooLong),
    ] {
        let de = e.text(Lang::De);
        let en = e.text(Lang::En);
        assert!(de.len() > 8 && en.len() > 8 && de != en, "{e:?}");
        assert_ne!(de, readiness_check::assessment::MISSING_TEXT);
    }
}

#[test]
fn merging_a_comparison_skips_who_is_here_and_numbers_a_namesake() {
    let mut here = Workshop::new();
    here.add("Anna", examples::plumber()).unwrap();
    let mut other = Workshop::new();
    other.add("anna", examples::plumber()).unwrap();
    other.add("Anna (2)", examples::datev()).unwrap();
    other.add("Ben", examples::datev()).unwrap();
    let mut namesake = Workshop::new();
    namesake.add("ANNA", examples::kunde_2()).unwrap();

    assert_eq!(here.merge(other.clone()), 0);
    assert_eq!(here.names(), ["Anna", "Anna (2)", "Ben"]);
    assert_eq!(here.merge(other), 0, "the same link again adds nobody");
    assert_eq!(here.len(), 3);
    assert_eq!(here.merge(namesake), 0);
    assert_eq!(here.names(), ["Anna", "Anna (2)", "Ben", "ANNA (3)"]);
    assert_eq!(here.participants[3].answers, examples::kunde_2());
}

#[test]
fn a_namesake_numbered_by_a_merge_is_not_added_again() {
    let mut room_a = Workshop::new();
    room_a.add("Anna", examples::plumber()).unwrap();
    let mut room_b = Workshop::new();
    room_b.add("Anna", examples::datev()).unwrap();
    let link_b = room_b.clone();

    assert_eq!(room_a.merge(link_b.clone()), 0);
    assert_eq!(room_a.names(), ["Anna", "Anna (2)"]);
    assert_eq!(room_a.merge(link_b), 0);
    assert_eq!(room_a.names(), ["Anna", "Anna (2)"], "the same link twice");

    // Room B takes A's link, and A takes B's back: still two people.
    room_b.merge(room_a.clone());
    assert_eq!(room_b.names(), ["Anna", "Anna (2)"]);
    room_a.merge(room_b);
    assert_eq!(room_a.len(), 2);
}

#[test]
fn merging_into_a_full_workshop_counts_who_did_not_fit() {
    let mut here = Workshop::new();
    for i in 0..MAX_PARTICIPANTS {
        here.add(&format!("P{i}"), examples::plumber()).unwrap();
    }
    let mut other = Workshop::new();
    other.add("P0", examples::plumber()).unwrap();
    other.add("Zoe", examples::datev()).unwrap();
    assert_eq!(here.merge(other), 1, "P0 is here already; Zoe does not fit");
    assert_eq!(here.len(), MAX_PARTICIPANTS);
}

#[test]
fn two_people_of_one_name_with_the_same_answers_both_come_in() {
    let mut sender = Workshop::new();
    sender.add("Anna", examples::plumber()).unwrap();
    sender.add("Anna (2)", examples::plumber()).unwrap();
    let mut here = Workshop::new();
    assert_eq!(here.merge(sender.clone()), 0);
    assert_eq!(here.names(), ["Anna", "Anna (2)"]);
    assert_eq!(here.merge(sender), 0, "and the same link again adds nobody");
    assert_eq!(here.len(), 2);
}

#[test]
fn a_name_numbered_twice_or_cut_is_still_recognised() {
    let mut here = Workshop::new();
    here.add("Anna", examples::plumber()).unwrap();
    here.add("Anna (2)", examples::datev()).unwrap();
    let mut incoming = Workshop::new();
    incoming.add("Anna (2)", examples::kunde_2()).unwrap();
    here.merge(incoming.clone());
    assert_eq!(here.len(), 3);
    here.merge(incoming);
    assert_eq!(here.len(), 3, "the same link twice adds nobody");

    // A long name is cut before it is numbered; the same person coming again is recognised.
    let long = "Maximiliane Mustermann-Schmidt von Beispiel";
    let mut first = Workshop::new();
    first.add(long, examples::plumber()).unwrap();
    let mut second = Workshop::new();
    second.add(long, examples::kunde_2()).unwrap();
    let mut here = first.clone();
    here.merge(second.clone());
    assert_eq!(here.len(), 2);
    here.merge(second);
    here.merge(first);
    assert_eq!(here.len(), 2);
}

#[test]
fn a_refusal_names_the_input_to_correct() {
    use readiness_check::workshop::Input;
    assert_eq!(AddError::DuplicateName.input(), Some(Input::Name));
    assert_eq!(AddError::EmptyName.input(), Some(Input::Name));
    assert_eq!(AddError::NoLink.input(), Some(Input::Link));
    assert_eq!(
        AddError::Link(LinkError::Truncated).input(),
        Some(Input::Link)
    );
    assert_eq!(AddError::Incomplete.input(), Some(Input::Link));
    assert_eq!(AddError::Full.input(), None);
    assert_eq!(AddError::Unfinished.input(), None);
}
