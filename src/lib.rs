//! Social Media Readiness Check.
//!
//! `assessment`, `share`, `workshop` and the UI's state are pure Rust, tested natively; the
//! components and `browser` exist only in the browser build.

pub mod assessment;
pub mod branding;
pub mod lead;
pub mod share;
pub mod small_sort;
pub mod texts;
pub mod workshop;

pub mod ui;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod browser;
