//! The data files compiled into the binary, and the complete bundle a page fetches.
//!
//! The WebAssembly compiles in the lean files: what verdicts need, without the words (notes,
//! the titles and addresses of sources), a quarter of the bytes. The words come with the
//! complete bundle (`pv-matrix-data.txt` beside the page), fetched when a reader first needs
//! them; native builds have everything compiled in. `build.rs` writes all three forms.

use std::sync::OnceLock;

use super::error::DataError;
use super::load::{load, DataFile, DataFiles};
use super::model::Matrix;

/// The complete bundle's file name, beside the page and the element's script.
pub const BUNDLE_FILE: &str = "pv-matrix-data.txt";

/// The version of the data this build compiled in; the complete bundle must carry the same.
pub const DATA_VERSION: &str = env!("PVM_DATA_VERSION");

/// A data file of `build.rs`'s `$form` folder: `data` (as it is) or `lean` (without words).
macro_rules! data_file {
    ($form:literal, $path:literal) => {
        DataFile {
            path: concat!("data/", $path),
            text: include_str!(concat!(env!("OUT_DIR"), "/", $form, "/", $path)),
        }
    };
}

/// The files of one form, in the order the loader reads them.
macro_rules! data_files {
    ($form:literal, words: $words:expr) => {
        DataFiles {
            capabilities: data_file!($form, "capabilities.json"),
            sources: data_file!($form, "sources.json"),
            distros: vec![
                data_file!($form, "distros/rhel.json"),
                data_file!($form, "distros/sles.json"),
                data_file!($form, "distros/debian.json"),
                data_file!($form, "distros/fedora.json"),
                data_file!($form, "distros/ubuntu.json"),
                data_file!($form, "distros/centos.json"),
                data_file!($form, "distros/almalinux.json"),
                data_file!($form, "distros/rocky.json"),
                data_file!($form, "distros/oracle-linux.json"),
                data_file!($form, "distros/centos-stream.json"),
                data_file!($form, "distros/amazon-linux.json"),
                data_file!($form, "distros/opensuse-leap.json"),
            ],
            kconfigs: data_file!($form, "kconfigs.json"),
            glossary: Some(data_file!($form, "glossary.json")),
            // The lean and bundled forms leave out the registry's sources.
            provenance: $form == "data",
            words: $words,
        }
    };
}

/// The built-in data files, as compiled in: lean in the WebAssembly, complete natively.
#[cfg(target_arch = "wasm32")]
pub fn builtin_files() -> DataFiles<'static> {
    data_files!("lean", words: false)
}

/// The built-in data files, as compiled in: lean in the WebAssembly, complete natively.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin_files() -> DataFiles<'static> {
    data_files!("data", words: true)
}

/// The lean files the WebAssembly compiles in, for native tests to compare with the complete
/// data.
#[cfg(not(target_arch = "wasm32"))]
pub fn lean_files() -> DataFiles<'static> {
    data_files!("lean", words: false)
}

/// The complete bundle this build goes with, for the build to put beside the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn complete_bundle() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/pv-matrix-data.txt"))
}

/// Why a fetched bundle cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// It does not start with the bundle header: not a bundle (an error page, say).
    NotABundle,
    /// Another build's data: a cache served an old file, or a newer one.
    OtherVersion(String),
    /// A file is missing from it.
    Missing(&'static str),
}

/// Reads the complete bundle: `pv-matrix-data <version>`, then each file's path and its text
/// on one line each. Its version must be [`DATA_VERSION`].
///
/// # Errors
///
/// Returns what is wrong with it; the data inside is the loader's to check.
pub fn complete_files(bundle: &str) -> Result<DataFiles<'_>, BundleError> {
    let mut lines = bundle.lines();
    let version = lines
        .next()
        .and_then(|header| header.strip_prefix("pv-matrix-data "))
        .ok_or(BundleError::NotABundle)?;
    if version != DATA_VERSION {
        return Err(BundleError::OtherVersion(version.to_owned()));
    }
    let mut files = Vec::new();
    while let (Some(path), Some(text)) = (lines.next(), lines.next()) {
        files.push(DataFile { path, text });
    }
    let find = |path: &str| files.iter().find(|f| f.path == path).copied();
    let take = |path: &'static str| find(path).ok_or(BundleError::Missing(path));
    let capabilities = take("data/capabilities.json")?;
    let sources = take("data/sources.json")?;
    let kconfigs = take("data/kconfigs.json")?;
    let glossary = take("data/glossary.json")?;
    // In the compiled-in order, which is the pickers' order.
    let order = builtin_files().distros;
    let distros = order.iter().map(|d| take(d.path));
    let distros = distros.collect::<Result<Vec<_>, _>>()?;
    Ok(DataFiles {
        capabilities,
        sources,
        distros,
        kconfigs,
        glossary: Some(glossary),
        provenance: false,
        words: true,
    })
}

/// The built-in matrix, loaded once. The data lint in `cargo test` keeps this from failing.
///
/// # Errors
///
/// Returns the data problems if the compiled-in data does not validate.
pub fn builtin() -> Result<&'static Matrix, &'static DataError> {
    static MATRIX: OnceLock<Result<Matrix, DataError>> = OnceLock::new();
    MATRIX.get_or_init(|| load(&builtin_files())).as_ref()
}
