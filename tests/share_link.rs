//! The result link's code: round trips, damage detection, hostile input, old links.

use readiness_check::assessment::{self, examples, Answers};
use readiness_check::share::layout::{LAYOUTS, TAKEN_FOR_GRANTED, V2};
use readiness_check::share::link::{decode, encode, LinkError, MAX_CODE_CHARS, VERSION};

mod common;
use common::XorShift;

/// Any answer set the questionnaire allows, unanswered questions included.
fn random_answers(rng: &mut XorShift) -> Answers {
    let mut answers = Answers::new();
    for q in assessment::questions() {
        if rng.below(5) == 0 {
            continue;
        }
        let picked: Vec<&str> = if q.multi {
            q.options
                .iter()
                .filter(|_| rng.below(2) == 1)
                .map(|o| o.id)
                .collect()
        } else {
            vec![q.options[rng.below(q.options.len())].id]
        };
        if !picked.is_empty() {
            answers.set(q.id, &picked).unwrap();
        }
    }
    answers
}

fn full_answers() -> Answers {
    let mut answers = Answers::new();
    for q in assessment::questions() {
        let all: Vec<&str> = q.options.iter().map(|o| o.id).collect();
        answers
            .set(q.id, if q.multi { &all } else { &all[all.len() - 1..] })
            .unwrap();
    }
    answers
}

#[test]
fn every_generated_answer_set_round_trips() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let answers = random_answers(&mut rng);
        let decoded = decode(&encode(&answers)).expect("own codes decode");
        assert_eq!(decoded.answers, answers);
        assert_eq!(decoded.dropped, 0);
    }
}

#[test]
fn a_complete_answer_set_fits_well_within_64_characters() {
    for answers in [
        full_answers(),
        examples::strong_answers(),
        examples::plumber(),
        examples::kunde_1(),
        examples::kunde_2(),
    ] {
        let fragment = format!("r={}", encode(&answers));
        assert!(
            fragment.len() <= 64,
            "{fragment} is {} characters",
            fragment.len()
        );
    }
    println!(
        "full answer set fragment: r={} ({} chars)",
        encode(&full_answers()),
        encode(&full_answers()).len() + 2
    );
}

#[test]
fn every_single_flipped_bit_is_detected() {
    let code = encode(&examples::strong_answers());
    let bytes = readiness_check::share::codec::base64url_decode(&code).unwrap();
    for bit in 0..bytes.len() * 8 {
        let mut damaged = bytes.clone();
        damaged[bit / 8] ^= 0x80 >> (bit % 8);
        let damaged = readiness_check::share::codec::base64url_encode(&damaged);
        assert!(
            decode(&damaged).is_err(),
            "flipping bit {bit} went unnoticed"
        );
    }
}

#[test]
fn every_changed_character_is_detected() {
    let code = encode(&examples::kunde_2());
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..code.len() {
        for c in alphabet.chars() {
            let mut changed: Vec<char> = code.chars().collect();
            if changed[i] == c {
                continue;
            }
            changed[i] = c;
            let changed: String = changed.into_iter().collect();
            assert!(decode(&changed).is_err(), "{changed} (from {code}) decoded");
        }
    }
}

#[test]
fn a_link_ending_a_sentence_still_opens() {
    let code = encode(&examples::kunde_2());
    for written in [
        format!("{code}."),
        format!("{code})"),
        format!("{code}!”"),
        format!(" {code}, "),
    ] {
        assert_eq!(
            decode(&written).map(|d| d.answers),
            Ok(examples::kunde_2()),
            "{written}"
        );
    }
    // Anything else after the code still damages it.
    assert!(decode(&format!("{code}x")).is_err());
}

#[test]
fn hostile_codes_get_their_own_error() {
    let good = encode(&examples::strong_answers());
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("   "), Err(LinkError::Empty));
    assert_eq!(
        decode(&"A".repeat(MAX_CODE_CHARS + 1)),
        Err(LinkError::TooLong)
    );
    assert_eq!(decode(&"x".repeat(1 << 20)), Err(LinkError::TooLong));
    assert_eq!(decode("hello world"), Err(LinkError::NotACode));
    assert_eq!(decode("äöü"), Err(LinkError::NotACode));
    assert_eq!(decode("%41%42"), Err(LinkError::NotACode));
    assert_eq!(decode("<script>"), Err(LinkError::NotACode));
    // Words and changed codes are not "from a newer version", nor "cut off".
    for junk in ["junk", "test", "this-is-not-a-result", "hello", "abcd"] {
        assert_eq!(decode(junk), Err(LinkError::NotACode), "{junk}");
    }
    assert_eq!(
        decode(&good.to_lowercase()),
        Err(LinkError::NotACode),
        "lower-cased by a chat tool"
    );
    assert_eq!(
        decode(&format!("{good}A")),
        Err(LinkError::Damaged),
        "one character added"
    );
    assert_eq!(decode(&good[..good.len() - 4]), Err(LinkError::Truncated));
    assert_eq!(decode(&good[..4]), Err(LinkError::Truncated));
    // Cut anywhere, every example's code says so (not "damaged"), whatever its last bits.
    for answers in [
        examples::strong_answers(),
        examples::plumber(),
        examples::kunde_2(),
    ] {
        let code = encode(&answers);
        for cut in 1..code.len() {
            assert_eq!(
                decode(&code[..cut]),
                Err(LinkError::Truncated),
                "{code} cut to {cut}"
            );
        }
    }
    // A newer version: the first byte says 2 (base64 "Ag…").
    let newer =
        readiness_check::share::codec::base64url_encode(&[VERSION + 1, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(decode(&newer), Err(LinkError::NewerVersion(VERSION + 1)));
    let future = readiness_check::share::codec::base64url_encode(&[63, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(decode(&future), Err(LinkError::NewerVersion(63)));
    let zero = readiness_check::share::codec::base64url_encode(&[0, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(decode(&zero), Err(LinkError::UnknownVersion(0)));
    // Longer than the layout, even with a matching checksum.
    let mut long = readiness_check::share::codec::base64url_decode(&good).unwrap();
    long.truncate(long.len() - 2);
    long.push(0);
    let crc = readiness_check::share::codec::crc16(&long);
    long.extend(crc.to_be_bytes());
    assert_eq!(
        decode(&readiness_check::share::codec::base64url_encode(&long)),
        Err(LinkError::Damaged)
    );
}

/// Random strings, random bytes and mutated real codes: decoding never panics. The suite runs
/// a short round; `FUZZ_INPUTS=1000000 cargo test --release --test share_link fuzz` runs the long one.
#[test]
fn fuzz_decoder_never_panics() {
    let n: usize = std::env::var("FUZZ_INPUTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30_000);
    let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/%äü€ \u{0}#&"
            .chars()
            .collect();
    let seeds: Vec<String> = (0..50).map(|_| encode(&random_answers(&mut rng))).collect();
    let mut accepted = 0usize;
    for i in 0..n {
        let input: String = match i % 3 {
            0 => (0..rng.below(40))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect(),
            1 => {
                let bytes: Vec<u8> = (0..rng.below(20)).map(|_| rng.next() as u8).collect();
                let mut s = readiness_check::share::codec::base64url_encode(&bytes);
                if rng.below(2) == 0 {
                    s.insert(0, 'A'); // version 0 or 1 byte most of the time
                }
                s
            }
            _ => {
                let mut chars: Vec<char> = seeds[rng.below(seeds.len())].chars().collect();
                let at = rng.below(chars.len());
                chars[at] = alphabet[rng.below(64)];
                if rng.below(4) == 0 {
                    chars.truncate(rng.below(chars.len() + 1));
                }
                chars.into_iter().collect()
            }
        };
        if let Ok(decoded) = decode(&input) {
            accepted += 1;
            // Whatever decodes is a valid answer set that encodes back to a valid code.
            assert_eq!(
                decode(&encode(&decoded.answers)).map(|d| d.answers),
                Ok(decoded.answers)
            );
        }
    }
    println!("fuzzed {n} inputs, {accepted} decoded to valid answer sets");
}

#[test]
fn latest_layout_covers_the_questionnaire() {
    assert_eq!(
        VERSION, 2,
        "a new version needs its own layout beside V1 and V2"
    );
    assert_eq!(usize::from(VERSION), LAYOUTS.len());
    let layout: Vec<(&str, bool, Vec<&str>)> = V2
        .iter()
        .map(|q| (q.id, q.multi, q.options.to_vec()))
        .collect();
    let current: Vec<(&str, bool, Vec<&str>)> = assessment::questions()
        .iter()
        .map(|q| (q.id, q.multi, q.options.iter().map(|o| o.id).collect()))
        .collect();
    assert_eq!(
        layout, current,
        "the questionnaire changed: add a new layout and version (share/layout.rs), keep V1 and V2"
    );
}

/// A later layout keeps every question and answer id of the earlier ones (it may add, never
/// rename): that is what lets an old link, and old prefill, open with all its answers.
#[test]
fn every_released_id_is_still_an_answer() {
    for layout in LAYOUTS {
        for q in layout {
            let current = assessment::question(q.id).unwrap_or_else(|| panic!("{} is gone", q.id));
            assert_eq!(current.multi, q.multi, "{}", q.id);
            for o in q.options {
                assert!(current.option(o).is_some(), "{}.{o} is gone", q.id);
            }
        }
    }
    // What a version took for granted names current answers of questions it did not have.
    assert_eq!(TAKEN_FOR_GRANTED.len(), LAYOUTS.len());
    for (layout, assumed) in LAYOUTS.iter().zip(TAKEN_FOR_GRANTED) {
        for (q, o) in assumed {
            assert!(layout.iter().all(|l| l.id != *q), "{q} was asked then");
            let current = assessment::question(q).expect("a current question");
            assert!(!current.is_scored(), "{q} must not change a score");
            assert!(current.option(o).is_some(), "{q}.{o}");
        }
    }
}
