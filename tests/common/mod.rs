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
