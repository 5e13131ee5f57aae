//! pv-matrix: which paravirtualization features a Linux distribution release supports, and why.
//!
//! - [`matrix`] is the pure core: data model, embedded data, kernel versions, evaluation.
//! - [`app`] is the Yew user interface that maps state to HTML.
//! - [`embed`] is what the `<pv-matrix>` custom element of embedding pages calls.

pub mod app;
pub mod embed;
pub mod matrix;

// Smaller in the wasm than Rust's default allocator (docs/performance.md has the figures).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
