//! The workshop's texts and seed references.

mod common;

use readiness_check::assessment::rules::KNOCK_OUTS;
use readiness_check::assessment::{seeds, Dimension, Lang, MISSING_TEXT};
use readiness_check::texts::{table, text};
use readiness_check::workshop::{prompt, prompt_source, TeamReason};

/// A language's `workshop.*` texts, sorted by key.
fn texts(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut texts: Vec<_> = table(lang)
        .iter()
        .filter(|(k, _)| k.starts_with("workshop."))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    texts.sort_unstable();
    texts
}

#[test]
fn every_language_has_the_same_workshop_texts() {
    let de = texts(Lang::De);
    assert!(de.len() > 20, "{} workshop texts", de.len());
    for lang in Lang::ALL {
        let other = texts(lang);
        let de_keys: Vec<&str> = de.iter().map(|(k, _)| *k).collect();
        let keys: Vec<&str> = other.iter().map(|(k, _)| *k).collect();
        assert_eq!(de_keys, keys, "{}", lang.code());
        for (k, v) in &other {
            assert!(!v.trim().is_empty(), "{}: empty {k}", lang.code());
            assert_eq!(v.trim(), *v, "{}: stray whitespace in {k}", lang.code());
            assert!(!v.contains("  "), "{}: double space in {k}", lang.code());
        }
        if lang == Lang::De {
            continue;
        }
        for ((k, d), (_, e)) in de.iter().zip(&other) {
            if d.len() > 16 {
                assert_ne!(d, e, "{k} is not translated");
            }
            for placeholder in ["{n}", "{of}"] {
                assert_eq!(d.contains(placeholder), e.contains(placeholder), "{k}");
            }
        }
    }
}

#[test]
fn german_says_sie_not_du() {
    for (k, v) in texts(Lang::De) {
        let lower = format!(" {} ", v.to_lowercase().replace(['?', ',', '.', '–'], " "));
        for word in [
            " du ", " dich ", " dir ", " dein ", " deine ", " euch ", " ihr ",
        ] {
            assert!(!lower.contains(word), "{k} uses “{}”", word.trim());
        }
    }
}

#[test]
fn every_dimension_has_a_prompt_from_the_core_seed() {
    let mut seen = Vec::new();
    for d in Dimension::ALL {
        for lang in Lang::ALL {
            let p = prompt(d, lang);
            assert_ne!(p, MISSING_TEXT, "{d:?} {lang:?}");
            assert!(p.ends_with('?'), "{p}");
            assert!(!seen.contains(&p), "{p} twice");
            seen.push(p);
        }
        let s = prompt_source(d);
        assert!(seeds::ALL.contains(&s.file));
        assert!(s.cue.len() >= 8);
    }
}

/// Each cue is a verbatim quote of its seed (`../shared/seeds` or `SEEDS_DIR`).
#[test]
fn prompt_sources_are_verbatim_quotes() {
    let Some(dir) = common::seeds_dir() else {
        return;
    };
    for d in Dimension::ALL {
        let s = prompt_source(d);
        let seed = std::fs::read_to_string(dir.join(s.file)).unwrap();
        assert!(seed.contains(s.cue), "{d:?}: {:?} not in {}", s.cue, s.file);
    }
}

#[test]
fn every_knock_out_reads_in_a_team_reason() {
    for k in KNOCK_OUTS {
        for (count, of) in [(1, 3), (2, 4)] {
            let r = TeamReason::KnockOut {
                id: k.id,
                count,
                of,
            };
            assert_eq!(r.source(), Some(k.source));
            for lang in Lang::ALL {
                let t = r.text(lang);
                assert!(!t.contains(MISSING_TEXT) && !t.contains('{'), "{t}");
                assert!(t.contains(&format!("{count}")) && t.contains(&format!("{of}")));
            }
        }
    }
}

#[test]
fn lookups_fall_back_and_never_panic() {
    assert_eq!(text(Lang::En, "workshop.default-name"), "Participant");
    assert_eq!(text(Lang::De, "workshop.default-name"), "Person");
    assert_eq!(text(Lang::En, "dimension.goals"), "Goals");
    assert_eq!(text(Lang::En, "workshop.nope"), MISSING_TEXT);
    assert_eq!(text(Lang::De, ""), MISSING_TEXT);
}
