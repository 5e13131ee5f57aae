//! The data files as they are written: serde shapes, nothing checked yet.
//!
//! `data/SCHEMA.md` describes these fields in prose. Unknown fields are errors so that a typo in
//! a data file cannot silently drop a fact.

use serde::Deserialize;

/// `data/capabilities.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCapabilities {
    pub data_as_of: String,
    pub hypervisors: Vec<RawHypervisor>,
    pub capabilities: Vec<RawCapability>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHypervisor {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCapability {
    pub id: String,
    pub name: String,
    pub hypervisor: String,
    pub description: String,
    #[serde(default)]
    pub kconfig: Vec<String>,
    #[serde(default)]
    pub mainline: Vec<RawStage>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStage {
    pub from: String,
    pub status: String,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
    /// Set when the fact comes from a weaker source or inference; shown as uncertain.
    #[serde(default)]
    pub uncertain: bool,
}

/// `data/sources.json`: every cited source once, referred to by id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSources {
    pub sources: Vec<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub url: String,
}

/// `data/distros/<distro>.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDistro {
    pub id: String,
    pub name: String,
    pub end_of_support_meaning: String,
    pub releases: Vec<RawRelease>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelease {
    pub id: String,
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub codename: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub released: String,
    #[serde(default)]
    pub end_of_support: Option<String>,
    pub kernel: String,
    #[serde(default)]
    pub flavours: Vec<RawFlavour>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub sources: Vec<String>,
    /// The id of a release whose statements apply here too, unless overridden.
    #[serde(default)]
    pub inherits: Option<String>,
    #[serde(default)]
    pub statements: Vec<RawStatement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlavour {
    pub name: String,
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub capability: String,
    pub status: String,
    pub kind: String,
    /// `"5.3"` (exactly from 5.3) or `"<=6.8"` (there by 6.8, first update unknown).
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub flavour: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
    /// Set when the fact comes from a weaker source or inference; shown as uncertain.
    #[serde(default)]
    pub uncertain: bool,
}
