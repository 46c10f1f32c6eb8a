//! The domain: questions, scoring, rules, plan (pure).
