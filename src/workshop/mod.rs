//! Several participants compared (pure).
