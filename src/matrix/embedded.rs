//! The data files compiled into the binary.

use std::sync::OnceLock;

use super::error::DataError;
use super::load::{load, DataFile, DataFiles};
use super::model::Matrix;

/// A data file as `build.rs` prepared it: as it is for native builds, trimmed of what only the
/// data lint reads for WebAssembly.
macro_rules! data_file {
    ($path:literal) => {
        DataFile {
            path: concat!("data/", $path),
            text: include_str!(concat!(env!("OUT_DIR"), "/data/", $path)),
        }
    };
}

/// The built-in data files, as compiled in.
pub fn builtin_files() -> DataFiles<'static> {
    DataFiles {
        capabilities: data_file!("capabilities.json"),
        sources: data_file!("sources.json"),
        distros: vec![
            data_file!("distros/rhel.json"),
            data_file!("distros/sles.json"),
            data_file!("distros/debian.json"),
            data_file!("distros/fedora.json"),
            data_file!("distros/ubuntu.json"),
            data_file!("distros/centos.json"),
            data_file!("distros/almalinux.json"),
            data_file!("distros/rocky.json"),
            data_file!("distros/oracle-linux.json"),
            data_file!("distros/centos-stream.json"),
            data_file!("distros/amazon-linux.json"),
            data_file!("distros/opensuse-leap.json"),
        ],
        kconfigs: data_file!("kconfigs.json"),
        glossary: Some(data_file!("glossary.json")),
        // The WebAssembly build compiles in the data without its registry's sources.
        provenance: !cfg!(target_arch = "wasm32"),
    }
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
