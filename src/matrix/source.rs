//! A cited source: what the model's statements and stages and the glossary's entries rest on.

/// A cited source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// Always `https:`; the loader rejects anything else. Empty in the lean data compiled into
    /// the WebAssembly, which leaves the words out (`embedded.rs`).
    pub url: String,
}
