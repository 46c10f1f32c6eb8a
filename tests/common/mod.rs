//! Shared by the integration tests: a tiny deterministic generator, so failures reproduce.
#![allow(dead_code)] // each test file uses a part

use readiness_check::assessment::{self, Answers};

/// xorshift64: deterministic, no crates.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Every question answered (follow-ups too), so the set is complete.
pub fn random_complete(rng: &mut XorShift) -> Answers {
    let mut a = Answers::new();
    for q in assessment::questions() {
        let mut picked: Vec<&str> = if q.multi {
            q.options
                .iter()
                .filter(|_| rng.below(2) == 1)
                .map(|o| o.id)
                .collect()
        } else {
            Vec::new()
        };
        if picked.is_empty() {
            picked.push(q.options[rng.below(q.options.len())].id);
        }
        a.set(q.id, &picked).unwrap();
    }
    a
}

/// The seed articles (`../shared/seeds`, or where `SEEDS_DIR` points), which the cue tests
/// quote. Missing seeds fail the test, so a checkout without them cannot pass unchecked;
/// `SKIP_SEED_QUOTES=1` skips those checks on purpose, and says so.
pub fn seeds_dir() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("SEEDS_DIR").map_or_else(
        || std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
        std::path::PathBuf::from,
    );
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("SKIP_SEED_QUOTES").is_some_and(|v| v == "1") {
        eprintln!(
            "SKIPPED (SKIP_SEED_QUOTES=1): seed texts not at {}, quotes not checked",
            dir.display()
        );
        return None;
    }
    panic!(
        "the seed texts are not at {}: set SEEDS_DIR to their folder, or SKIP_SEED_QUOTES=1 to skip the quote checks on purpose",
        dir.display()
    );
}
