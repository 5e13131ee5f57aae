//! The pure core: the support matrix, its data, kernel versions and evaluation.
//!
//! Nothing in here knows that a browser exists: no yew, web-sys, gloo or wasm-bindgen, so all of
//! it is tested with plain `cargo test`.

pub mod config_file;
pub mod detect;
pub mod embedded;
pub mod error;
pub mod eval;
pub mod glossary;
pub mod json;
pub mod kconfig;
pub mod load;
pub mod mainline;
pub mod model;
pub mod query;
pub mod raw;
pub mod source;
pub mod version;

pub use embedded::builtin;
pub use error::{DataError, DataProblem};
pub use eval::{
    evaluate, evaluate_detected, evaluate_mainline, ArchFit, Basis, BasisKind, Mainline, Verdict,
};
pub use model::*;
pub use version::{KernelVersion, ParseKernelVersionError, ParseKernelVersionErrorKind};
