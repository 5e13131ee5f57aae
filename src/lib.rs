//! pv-matrix: which paravirtualization features a Linux distribution release supports, and why.
//!
//! - [`matrix`] is the pure core: data model, embedded data, kernel versions, evaluation.
//! - [`app`] is the Yew user interface that maps state to HTML.
//! - [`embed`] is what the `<pv-matrix>` custom element of embedding pages calls.

pub mod app;
pub mod embed;
pub mod matrix;
