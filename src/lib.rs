//! pv-matrix: which paravirtualization features a Linux distribution release supports, and why.
//!
//! - [`matrix`] is the pure core: data model, embedded data, kernel versions, evaluation.
//! - [`app`] is the Yew user interface that maps state to HTML.

pub mod app;
pub mod matrix;
