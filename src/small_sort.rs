//! A stable sort for the short lists here (reasons, plan steps, disagreements: a few dozen
//! items at most). Each use of the standard library's sort adds about 4 KB of code to the
//! page; this adds a few hundred bytes.

/// Sorts by `key`, keeping the order of items with equal keys (insertion sort).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_and_keeps_ties_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: [u8; 0] = [];
        sort_by_key(&mut empty, |&x| x);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 0x2545_f491_u32;
        for len in 0..40 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (seed % 7, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            sort_by_key(&mut items, |&(k, _)| k);
            assert_eq!(items, expected);
        }
    }
}
