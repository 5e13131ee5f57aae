//! The import tool's checks (`examples/import_kconfig.rs` calls `kconfig::extract`): a file that
//! cannot be the release's shipped configuration is refused, naming the problem.

use pv_matrix::matrix::kconfig::{extract, ExtractError, Setting};
use pv_matrix::matrix::{builtin, KernelVersion, Matrix};

fn matrix() -> &'static Matrix {
    builtin().expect("built-in data loads")
}

fn rhel8() -> KernelVersion {
    matrix().release("rhel-8").unwrap().kernel.clone()
}

const RHEL8: &str = "#\n# Linux/x86_64 4.18.0-553.el8_10.x86_64 Kernel Configuration\n#\n\
    CONFIG_XEN=y\n# CONFIG_XEN_PV is not set\nCONFIG_XEN_BLKDEV_FRONTEND=m\nCONFIG_NR_CPUS=8192\n";

#[test]
fn a_config_of_the_release_s_series_is_read_into_its_extract() {
    let extract = extract(&matrix().capabilities, &rhel8(), RHEL8.as_bytes()).unwrap();
    assert_eq!(extract.version.to_string(), "4.18.0-553.el8_10.x86_64");
    assert_eq!(extract.built_in, ["CONFIG_XEN"]);
    assert_eq!(extract.module, ["CONFIG_XEN_BLKDEV_FRONTEND"]);
    assert_eq!(extract.not_set, ["CONFIG_XEN_PV"]);
    // Every other symbol a capability names is not in this file (CONFIG_NR_CPUS is none).
    let named: std::collections::HashSet<&str> = matrix()
        .capabilities
        .iter()
        .flat_map(|c| &c.kconfig)
        .flat_map(|k| k.split('|'))
        .collect();
    assert_eq!(extract.absent, named.len() - 3);
}

#[test]
fn what_cannot_be_the_release_s_config_is_refused_with_its_reason() {
    let capabilities = &matrix().capabilities;
    let refused = |text: &[u8]| extract(capabilities, &rhel8(), text).unwrap_err();
    assert_eq!(refused(b"\xff\xfe not text"), ExtractError::NotText);
    assert_eq!(
        refused(b"hello\n# a comment\n"),
        ExtractError::NoConfigLines
    );
    assert_eq!(refused(b"CONFIG_XEN=y\n"), ExtractError::NoVersion);
    assert_eq!(
        refused(b"# Linux/x86_64 x.y Kernel Configuration\nCONFIG_XEN=y\n"),
        ExtractError::NoVersion
    );
    let other = refused(b"# Linux/x86_64 5.14.0-70.el9 Kernel Configuration\nCONFIG_XEN=y\n");
    assert!(
        matches!(other, ExtractError::OtherSeries { .. }),
        "{other:?}"
    );
    assert!(other.to_string().contains("5.14.0-70.el9"), "{other}");
    let twice = format!("{RHEL8}CONFIG_XEN_PV=y\n");
    assert_eq!(
        refused(twice.as_bytes()),
        ExtractError::Conflicts(vec![(
            "CONFIG_XEN_PV".to_owned(),
            vec![Setting::NotSet, Setting::BuiltIn]
        )])
    );
    let value = format!("{RHEL8}CONFIG_VIRTIO_PCI=\"yes\"\n");
    assert!(matches!(
        refused(value.as_bytes()),
        ExtractError::Value { .. }
    ));
}
