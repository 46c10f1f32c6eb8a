//! Answers <-> compact share link (pure).
