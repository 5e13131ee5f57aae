//! Recognition of pasted kernel strings and os-release contents: real-world strings, one a
//! line, and malformed ones.

use pv_matrix::matrix::detect::{detect, Confidence, DetectError, Evidence, Family, OsRelease};
use pv_matrix::matrix::{builtin, Matrix};

fn matrix() -> &'static Matrix {
    builtin().expect("built-in data loads")
}

#[test]
fn kernel_strings_name_release_and_flavour() {
    use Confidence::*;
    for (input, release, flavour, confidence) in [
        ("2.6.32-754.35.1.el6.x86_64", Some("rhel-6"), None, Likely),
        ("2.6.18-419.el5xen", Some("rhel-5"), Some("xen"), Likely),
        ("2.6.18-419.el5", Some("rhel-5"), None, Likely),
        ("3.10.0-1160.el7.x86_64", Some("rhel-7"), None, Likely),
        ("4.18.0-513.18.1.el8_9.x86_64", Some("rhel-8"), None, Likely),
        ("5.14.0-362.24.1.el9_3.x86_64", Some("rhel-9"), None, Likely),
        (
            "5.15.0-200.131.27.el8uek.x86_64",
            None,
            Some("uek"),
            Unrecognised,
        ),
        ("6.5.6-300.fc39.x86_64", Some("fedora-39"), None, Likely),
        (
            "2.6.31.5-127.fc12.i686.PAE",
            Some("fedora-12"),
            None,
            Likely,
        ),
        ("4.19.0-26-amd64", Some("debian-10"), Some("amd64"), Guess),
        ("6.1.0-18-amd64", Some("debian-12"), Some("amd64"), Guess),
        (
            "2.6.32-5-xen-amd64",
            Some("debian-6.0"),
            Some("xen-amd64"),
            Guess,
        ),
        (
            "5.10.0-0.deb10.16-amd64",
            Some("debian-10"),
            Some("amd64"),
            Likely,
        ),
        (
            "5.15.0-91-generic",
            Some("ubuntu-22.04"),
            Some("generic"),
            Guess,
        ),
        (
            "3.0.0-12-server",
            Some("ubuntu-11.10"),
            Some("server"),
            Guess,
        ),
        ("2.6.24-19-xen", Some("ubuntu-8.04"), Some("xen"), Guess),
        // SLES 11 SP4's kernel builds are registered: no longer a guess among 3.0 releases.
        ("3.0.101-63-xen", Some("sles-11-sp4"), Some("xen"), Likely),
        (
            "3.0.101-63-default",
            Some("sles-11-sp4"),
            Some("default"),
            Likely,
        ),
        (
            "5.14.21-150500.55.44-default",
            Some("sles-15-sp5"),
            Some("default"),
            Likely,
        ),
        // SUSE names the codestream in the build: 150000 is SLES 15 itself (no service pack),
        // 160000 SLES 16.0.
        (
            "4.12.14-150000.150.92-default",
            Some("sles-15"),
            Some("default"),
            Likely,
        ),
        (
            "6.12.0-160000.5-default",
            Some("sles-16.0"),
            Some("default"),
            Likely,
        ),
        ("6.1.0", None, None, Unrecognised),
        ("6.6.6-arch1-1", None, None, Unrecognised),
    ] {
        let d = detect(matrix(), input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(
            d.release.map(|r| r.id.as_str()),
            release,
            "{input}: {:?}",
            d.evidence
        );
        assert_eq!(d.flavour.as_deref(), flavour, "{input}");
        assert_eq!(d.confidence, confidence, "{input}");
        assert!(!d.evidence.is_empty(), "{input} says what it recognised");
        assert_eq!(d.kernel.unwrap().to_string(), input);
    }
}

#[test]
fn point_releases_from_the_kernel_string() {
    let d = detect(matrix(), "4.18.0-513.18.1.el8_9.x86_64").unwrap();
    assert_eq!(d.point_release.as_deref(), Some("8.9"));
}

#[test]
fn uname_a_lines_work_too() {
    let d = detect(
        matrix(),
        "Linux web1 5.15.0-91-generic #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 x86_64 GNU/Linux",
    )
    .unwrap();
    assert_eq!(d.kernel.unwrap().to_string(), "5.15.0-91-generic");
}

#[test]
fn os_release_names_the_release_for_certain() {
    for (text, release, point) in [
        (
            "NAME=\"Debian GNU/Linux\"\nID=debian\nVERSION_ID=\"12\"\n",
            "debian-12",
            None,
        ),
        ("ID=ubuntu\nVERSION_ID=\"20.04\"", "ubuntu-20.04", None),
        ("ID=\"rhel\"\nVERSION_ID=\"8.9\"", "rhel-8", Some("8.9")),
        ("ID=\"sles\"\nVERSION_ID=\"15-SP5\"", "sles-15-sp5", None),
        ("ID=\"sles\"\nVERSION_ID=\"12.1\"", "sles-12-sp1", None),
        ("ID=fedora\nVERSION_ID=39", "fedora-39", None),
        ("ID=\"centos\"\nVERSION_ID=\"7\"", "centos-7", None),
        (
            "ID=\"almalinux\"\nVERSION_ID=\"9.3\"",
            "almalinux-9",
            Some("9.3"),
        ),
        (
            "ID=\"ol\"\nVERSION_ID=\"8.9\"",
            "oracle-linux-8",
            Some("8.9"),
        ),
    ] {
        let d = detect(matrix(), text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(d.release.map(|r| r.id.as_str()), Some(release), "{text}");
        assert_eq!(d.confidence, Confidence::Certain);
        assert_eq!(d.point_release.as_deref(), point, "{text}");
        assert!(d.kernel.is_none());
    }
}

#[test]
fn os_release_beats_a_guess_from_the_kernel() {
    // 5.15 is 22.04's kernel, but also 20.04's hardware-enablement kernel.
    let d = detect(
        matrix(),
        "5.15.0-91-generic\nID=ubuntu\nVERSION_ID=\"20.04\"\n",
    )
    .unwrap();
    assert_eq!(d.release.unwrap().id, "ubuntu-20.04");
    assert_eq!(d.confidence, Confidence::Certain);
    assert_eq!(d.kernel.unwrap().to_string(), "5.15.0-91-generic");
}

#[test]
fn unknown_os_release_ids_are_said_and_not_guessed() {
    let d = detect(matrix(), "ID=arch\nBUILD_ID=rolling").unwrap();
    assert!(d.release.is_none());
    assert_eq!(
        d.evidence,
        [Evidence::UnknownOsRelease {
            id: "arch".into(),
            version_id: String::new(),
        }]
    );
    assert!(OsRelease::parse("NAME=x").is_none());
}

#[test]
fn malformed_input_gets_a_specific_message() {
    assert_eq!(detect(matrix(), "  \n "), Err(DetectError::Empty));
    for input in ["2.6.x", "six", "5.4 generic kernel", "-5.15"] {
        let error = detect(matrix(), input).unwrap_err();
        assert!(!error.to_string().is_empty(), "{input}");
    }
    assert!(matches!(
        detect(matrix(), "2.6.x"),
        Err(DetectError::BadKernel(_))
    ));
    assert!(matches!(
        detect(matrix(), "hello world, how are you"),
        Err(DetectError::Unrecognised)
    ));
}

#[test]
fn oracle_uek_is_judged_on_mainline_even_when_os_release_names_the_release() {
    use pv_matrix::matrix::{evaluate_detected, Basis};
    let d = detect(
        matrix(),
        "5.15.0-200.131.27.el8uek.x86_64\nID=\"ol\"\nVERSION_ID=\"8.9\"",
    )
    .unwrap();
    assert_eq!(d.release.unwrap().id, "oracle-linux-8");
    let pv = matrix().capability("xen-pv-guest").unwrap();
    let verdict = evaluate_detected(&d, pv).unwrap();
    // RHEL 8's config switches Xen PV off; UEK is a different kernel, so mainline 5.15 decides.
    assert_eq!(verdict.basis, Basis::Mainline);
}

#[test]
fn versions_with_a_v_are_kernel_versions_as_the_version_type_reads_them() {
    // Regression (defect 7): `v6.1` parses as a KernelVersion but was rejected as "neither a
    // kernel version nor os-release".
    for (input, kernel) in [
        ("v6.1", "6.1"),
        ("V6.1.0", "6.1.0"),
        (" v2.6.32 ", "2.6.32"),
    ] {
        let d = detect(matrix(), input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(d.kernel.unwrap().to_string(), kernel, "{input}");
        assert_eq!(d.release, None, "{input}");
        assert_eq!(d.confidence, Confidence::Unrecognised, "{input}");
        assert!(!d.evidence.is_empty(), "{input} says why");
    }
}

#[test]
fn a_suse_codestream_the_matrix_lacks_is_said_not_dropped() {
    // Regression (defect 7): a SUSE build number that names no release of the matrix ended
    // "unrecognised" without a word of evidence.
    let d = detect(matrix(), "6.4.0-150800.3-default").unwrap();
    assert_eq!(d.release, None);
    assert_eq!(d.confidence, Confidence::Unrecognised);
    assert_eq!(d.flavour.as_deref(), Some("default"));
    assert!(!d.evidence.is_empty(), "says why: {d:?}");
}

#[test]
fn suse_kernels_without_a_codestream_are_named_by_their_registered_build() {
    // Before the 150x00 build numbers a SUSE kernel string does not name its service pack:
    // SLES 15's GA kernel 4.12.14-23 has the version of SLES 12 SP4, SP5 and 15 SP1. The
    // registry of kernel builds tells them apart (issue 15; the series alone guessed).
    for (input, release) in [
        ("4.12.14-23-default", "sles-15"),
        ("4.12.14-122.54-default", "sles-12-sp5"),
        ("4.12.14-95.3-default", "sles-12-sp4"),
        ("3.12.28-4-default", "sles-12"),
    ] {
        let d = detect(matrix(), input).unwrap();
        assert_eq!(d.confidence, Confidence::Likely, "{input}");
        assert_eq!(d.release.map(|r| r.id.as_str()), Some(release), "{input}");
    }
    // A build the registry does not list is still a guess among the releases of the series.
    let d = detect(matrix(), "4.12.14-999-default").unwrap();
    assert_eq!(d.confidence, Confidence::Guess);
    let candidates: Vec<&str> = d
        .release
        .iter()
        .chain(&d.alternatives)
        .map(|r| r.id.as_str())
        .collect();
    assert!(candidates.len() >= 3, "{candidates:?}");
    assert!(candidates.contains(&"sles-15-sp1"), "{candidates:?}");
}

#[test]
fn evidence_is_what_was_seen_as_typed_values_not_prose() {
    use Evidence::*;
    let m = matrix();
    let r = |id: &str| m.release(id).unwrap();
    let k = |v: &str| v.parse::<pv_matrix::matrix::KernelVersion>().unwrap();
    let rhel = |tag: &str, id: &str| ReleaseTag {
        tag: tag.into(),
        family: Family::RedHat,
        release: r(id),
    };
    for (input, evidence) in [
        (
            "2.6.18-419.el5xen",
            vec![
                rhel("el5", "rhel-5"),
                // A 5.11 z-stream build: the registry lists each update's GA build only.
                UpdateNotRecognised {
                    release: r("rhel-5"),
                },
                Flavour {
                    flavour: "xen".into(),
                },
            ],
        ),
        (
            "4.18.0-513.18.1.el8_9.x86_64",
            vec![
                rhel("el8", "rhel-8"),
                // The registry knows build 513 as 8.9's, before the tag (el8_9) is read.
                KernelBuild {
                    release: r("rhel-8"),
                    point: r("rhel-8").point_release("8.9"),
                },
            ],
        ),
        (
            "2.6.31.5-127.fc99.i686",
            vec![UnknownReleaseTag {
                tag: "fc99".into(),
                family: Family::Fedora,
            }],
        ),
        (
            "5.10.0-0.deb10.16-amd64",
            vec![
                ReleaseTag {
                    tag: "deb10".into(),
                    family: Family::Debian,
                    release: r("debian-10"),
                },
                Flavour {
                    flavour: "amd64".into(),
                },
            ],
        ),
        (
            "5.15.0-200.131.27.el8uek.x86_64",
            vec![OracleUek {
                tag: "el8uek".into(),
                kernel: k("5.15.0"),
            }],
        ),
        (
            "5.14.21-150500.55.44-default",
            vec![
                SuseCodestream {
                    build: "150500".into(),
                    release: r("sles-15-sp5"),
                },
                KernelBuild {
                    release: r("sles-15-sp5"),
                    point: None,
                },
            ],
        ),
        (
            "6.4.0-150800.3-default",
            vec![UnknownSuseCodestream {
                build: "150800".into(),
            }],
        ),
        (
            // The registry names SLES 12 (the series alone guessed SP1, which shipped 3.12 too).
            "3.12.28-4-default",
            vec![
                KernelBuild {
                    release: r("sles-12"),
                    point: None,
                },
                Flavour {
                    flavour: "default".into(),
                },
            ],
        ),
        (
            "4.1.0-1-generic",
            vec![FlavourWithoutRelease {
                flavour: "generic".into(),
                family: Family::Ubuntu,
                kernel: k("4.1.0"),
            }],
        ),
        ("6.1.0", vec![NoVendorSuffix { kernel: k("6.1.0") }]),
        (
            "6.6.6-arch1-1",
            vec![UnknownSuffix {
                suffix: "arch1-1".into(),
            }],
        ),
        (
            "5.15.0-91-generic\nID=ubuntu\nVERSION_ID=\"20.04\"",
            vec![
                FlavourSeries {
                    flavour: "generic".into(),
                    family: Family::Ubuntu,
                    release: r("ubuntu-22.04"),
                },
                UbuntuHwe,
                OsReleaseOverrides {
                    release: r("ubuntu-20.04"),
                },
                OsRelease {
                    id: "ubuntu".into(),
                    version_id: "20.04".into(),
                    release: r("ubuntu-20.04"),
                },
            ],
        ),
    ] {
        let d = detect(m, input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(d.evidence, evidence, "{input}");
    }
}

/// Issue 15: real kernel strings, each from an advisory, release notes, a package list or a
/// capture of a running system (the comment says which release, and update, it is from), and
/// what recognition makes of it. An el-tagged kernel of a rebuild (AlmaLinux, CentOS, Oracle's
/// Red Hat compatible kernel) is recognised as the RHEL release it rebuilds; Oracle's UEK is
/// evaluated on mainline rules; an Ubuntu hardware-enablement kernel whose series no LTS
/// release shipped is recognised as the family's only.
#[test]
fn real_kernel_strings_name_their_release_and_update() {
    let m = builtin().unwrap();
    let table: &[(&str, Option<&str>, Option<&str>)] = &[
        // rhel-8 8.4: https://github.com/gencoo/kernel/blob/d0ee5759185cb0db4ffb519afe18503997af0489/SOURCES/kernel-x86_64.config
        ("4.18.0-305.7.1.el8_4.x86_64", Some("rhel-8"), Some("8.4")),
        // rhel-8 8.8: https://github.com/openela-main/kernel/blob/d5551165012c96833eebcc671ca3c597223affa9/SOURCES/kernel-x86_64.config
        ("4.18.0-477.27.1.el8_8.x86_64", Some("rhel-8"), Some("8.8")),
        // rhel-8 8.9: https://github.com/openela-main/kernel/blob/a31425766872497fd7a955e920d25c3f3d4a7c21/SOURCES/kernel-x86_64.config
        ("4.18.0-513.18.1.el8_9.x86_64", Some("rhel-8"), Some("8.9")),
        // rhel-9 9.3: https://github.com/openela-main/kernel/blob/734d02e0423d8e6408138bc94e09feaba98477e3/SOURCES/kernel-x86_64-rhel.config
        ("5.14.0-362.24.1.el9_3.x86_64", Some("rhel-9"), Some("9.3")),
        // rhel-9 9.0: https://github.com/gencoo/kernel/blob/3f37331a7bea7d0796e2bc70e1964a758007f91f/SOURCES/kernel-x86_64-rhel.config
        ("5.14.0-70.13.1.el9_0.x86_64", Some("rhel-9"), Some("9.0")),
        // centos-5 5.5: https://github.com/spacex/kernel-centos5/blob/53a87981aedb8675de5193a620a75da7dc940836/configs/kernel-2.6.18-x86_64.config
        ("2.6.18-194.32.1.el5.x86_64", Some("rhel-5"), Some("5.5")),
        // centos-6 6.2: https://github.com/spacex/kernel-centos6/blob/2daf71cf02ded496cd723a206f09fea42b2d4c87/configs/kernel-2.6.32-x86_64.config
        ("2.6.32-220.23.1.el6.x86_64", Some("rhel-6"), Some("6.2")),
        // centos-6 6.3: https://github.com/spacex/kernel-centos6/blob/999394d3cfe0d2c6b80ea6489b3ea4303ca0624e/arch/x86/kernel/kvm.c
        ("2.6.32-279.22.1.el6.x86_64", Some("rhel-6"), Some("6.3")),
        // centos-7 7.1.1503: https://github.com/spacex/kernel-centos7/tree/f18da38f1e18677ea046c5c02ea0a1829f4a8395
        ("3.10.0-229.14.1.el7.x86_64", Some("rhel-7"), Some("7.1")),
        // almalinux-8 8.6: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/8.6.md
        ("4.18.0-372.9.1.el8.x86_64", Some("rhel-8"), Some("8.6")),
        // almalinux-8 8.7: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/8.7.md
        ("4.18.0-425.3.1.el8.x86_64", Some("rhel-8"), Some("8.7")),
        // almalinux-8 8.8: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/8.8.md
        ("4.18.0-477.10.1.el8_8.x86_64", Some("rhel-8"), Some("8.8")),
        // almalinux-8 8.10: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/8.10.md
        ("4.18.0-553.el8_10.x86_64", Some("rhel-8"), Some("8.10")),
        // almalinux-9 9.1: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.1.md
        ("5.14.0-162.6.1.el9_1.x86_64", Some("rhel-9"), Some("9.1")),
        // almalinux-9 9.2: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.2.md
        ("5.14.0-284.11.1.el9_2.x86_64", Some("rhel-9"), Some("9.2")),
        // almalinux-9 9.3: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.3.md
        ("5.14.0-362.8.1.el9_3.x86_64", Some("rhel-9"), Some("9.3")),
        // almalinux-9 9.4: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.4.md
        ("5.14.0-427.13.1.el9_4.x86_64", Some("rhel-9"), Some("9.4")),
        // almalinux-9 9.5: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.5.md
        ("5.14.0-503.11.1.el9_5.x86_64", Some("rhel-9"), Some("9.5")),
        // almalinux-9 9.6: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.6.md
        ("5.14.0-570.12.1.el9_6.x86_64", Some("rhel-9"), Some("9.6")),
        // almalinux-9 9.7: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.7.md
        ("5.14.0-611.5.1.el9_7.x86_64", Some("rhel-9"), Some("9.7")),
        // almalinux-9 9.8: https://github.com/AlmaLinux/wiki/blob/555643fe91f4ace56c945b3b16fbca3e2b54b20a/docs/release-notes/9.8.md
        ("5.14.0-687.5.3.el9_8.x86_64", Some("rhel-9"), Some("9.8")),
        // oracle-linux-7 7.9: https://docs.oracle.com/en/operating-systems/oracle-linux/7/relnotes7.9/ol7-kernels.html
        ("3.10.0-1160.el7.x86_64", Some("rhel-7"), Some("7.9")),
        // oracle-linux-7 7.9: https://docs.oracle.com/en/operating-systems/oracle-linux/7/relnotes7.9/ol7-kernels.html
        ("5.4.17-2011.6.2.el7uek.x86_64", None, None),
        // oracle-linux-8 8.9: https://docs.oracle.com/en/operating-systems/oracle-linux/8/boot/oracle_linux8_kernel_version_matrix.html
        ("5.15.0-200.131.27.el8uek.x86_64", None, None),
        // debian-10: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("4.19.0-26-amd64", Some("debian-10"), None),
        // debian-10: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("4.19.0-26-cloud-amd64", Some("debian-10"), None),
        // debian-10: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.10.0-0.deb10.28-amd64", Some("debian-10"), None),
        // debian-11: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.10.0-28-amd64", Some("debian-11"), None),
        // debian-11: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.10.0-28-cloud-amd64", Some("debian-11"), None),
        // debian-11: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.10.0-20-amd64", Some("debian-11"), None),
        // debian-11: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.1.0-0.deb11.13-amd64", Some("debian-11"), None),
        // debian-12: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.1.0-18-amd64", Some("debian-12"), None),
        // debian-12: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.1.0-18-cloud-amd64", Some("debian-12"), None),
        // debian-12: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.1.0-41-amd64", Some("debian-12"), None),
        // debian-12: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.5.0-0.deb12.4-amd64", Some("debian-12"), None),
        // ubuntu-14.04: https://lists.ubuntu.com/archives/ubuntu-devel/2023-June/042590.html
        ("3.13.0-165-generic", Some("ubuntu-14.04"), None),
        // ubuntu-18.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("4.15.0-213-generic", Some("ubuntu-18.04"), None),
        // ubuntu-18.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.4.0-150-generic", Some("ubuntu-20.04"), None),
        // ubuntu-18.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("4.15.0-1167-azure", Some("ubuntu-18.04"), None),
        // ubuntu-20.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.4.0-166-generic", Some("ubuntu-20.04"), None),
        // ubuntu-20.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.15.0-86-generic", Some("ubuntu-22.04"), None),
        // ubuntu-20.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.4.0-1119-azure", Some("ubuntu-20.04"), None),
        // ubuntu-22.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.15.0-25-generic", Some("ubuntu-22.04"), None),
        // ubuntu-22.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.15.0-88-generic", Some("ubuntu-22.04"), None),
        // ubuntu-22.04: https://github.com/MicrosoftDocs/azure-docs/blob/61992a0a7ba75d3b061d19efa3832207cc5af175/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.15.0-1049-azure", Some("ubuntu-22.04"), None),
        // ubuntu-22.04 22.04.2: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("5.19.0-50-generic", None, None),
        // ubuntu-22.04 22.04.3: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.2.0-39-generic", None, None),
        // ubuntu-22.04 22.04.4: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.5.0-21-generic", None, None),
        // ubuntu-24.04: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.8.0-31-generic", Some("ubuntu-24.04"), None),
        // ubuntu-24.04: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.8.0-88-generic", Some("ubuntu-24.04"), None),
        // ubuntu-24.04 24.04.2: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.11.0-17-generic", None, None),
        // ubuntu-24.04 24.04.3: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.14.0-24-generic", None, None),
        // ubuntu-24.04: https://github.com/xtqqczze/MicrosoftDocs-azure-docs/blob/541b9b7e9e29705793e6f2a107f60a7a06f9476f/articles/site-recovery/azure-to-azure-support-matrix.md
        ("6.8.0-1042-azure", Some("ubuntu-24.04"), None),
        // amazon-linux-2: https://github.com/nyrahul/linux-kernel-configs/blob/9d057bb39f48f648fef5477677ef454fd3258c3b/Amazon%20Linux%202/4.14.252-195.483.amzn2.x86_64/bootconfig.md
        (
            "4.14.252-195.483.amzn2.x86_64",
            Some("amazon-linux-2"),
            None,
        ),
        // amazon-linux-2: https://www.repost.aws/it/knowledge-center/amazon-linux-2-kernel-upgrade
        (
            "4.14.268-205.500.amzn2.x86_64",
            Some("amazon-linux-2"),
            None,
        ),
        // amazon-linux-2: https://github.com/nyrahul/linux-kernel-configs/blob/4c32f2fa17e31b8060b7cfe866e79d083e824c89/Amazon%20Linux%202/5.4.226-129.415.amzn2.x86_64/hostnamectl.md
        ("5.4.226-129.415.amzn2.x86_64", Some("amazon-linux-2"), None),
        // amazon-linux-2: https://github.com/nyrahul/linux-kernel-configs/blob/10358ee38b1f5cdbd29eec08a802d089aaabda44/Amazon%20Linux%202/5.10.75-79.358.amzn2.x86_64/bootconfig.md
        ("5.10.75-79.358.amzn2.x86_64", Some("amazon-linux-2"), None),
        // amazon-linux-2: https://docs.amazonaws.cn/AL2/latest/relnotes/relnotes-20250605.html
        (
            "5.10.237-230.949.amzn2.x86_64",
            Some("amazon-linux-2"),
            None,
        ),
        // amazon-linux-2: https://github.com/nyrahul/linux-kernel-configs/blob/4c32f2fa17e31b8060b7cfe866e79d083e824c89/Amazon%20Linux%202/5.15.86-53.137.amzn2.x86_64/bootconfig.md
        ("5.15.86-53.137.amzn2.x86_64", Some("amazon-linux-2"), None),
        // amazon-linux-2023: https://github.com/nyrahul/linux-kernel-configs/blob/7fa157586a2511df83e4a15ac4293d5b83561c3b/Amazon%20Linux%202023/6.1.19-30.43.amzn2023.x86_64/bootconfig.md
        (
            "6.1.19-30.43.amzn2023.x86_64",
            Some("amazon-linux-2023"),
            None,
        ),
        // centos-stream-9: https://github.com/oracle/kconfigs/blob/fa0a490ce5f1cbfae18994c9ca258ef8286683da/out/CentOS%209%20Stream%20x86_64/config
        ("5.14.0-665.el9.x86_64", Some("rhel-9"), None),
        // centos-stream-10: https://github.com/oracle/kconfigs/blob/fa0a490ce5f1cbfae18994c9ca258ef8286683da/out/CentOS%2010%20Stream%20x86_64/config
        ("6.12.0-191.el10.x86_64", Some("rhel-10"), None),
        // fedora-38: https://github.com/oracle/kconfigs/blob/615b2aacd660415142312d2987a2a18b1802cf80/out/Fedora%2038%20Core%20x86_64/config
        ("6.2.9-300.fc38.x86_64", Some("fedora-38"), None),
        // sles-11-sp4: https://github.com/truenas/chelsiouwire/blob/4739d295d543fc8164c96356d4cb1ed63e091a90/Makefile
        ("3.0.101-63-default", Some("sles-11-sp4"), None),
        // sles-11-sp4: https://docs-cortex.paloaltonetworks.com/r/linux_kms_new_810.json/suse?contentId=UVSidjXLxowkYxCfi~BEkA
        ("3.0.101-108.7-default", Some("sles-11-sp4"), None),
        // sles-12-sp2: https://github.com/truenas/chelsiouwire/blob/4739d295d543fc8164c96356d4cb1ed63e091a90/Makefile
        ("4.4.21-69-default", Some("sles-12-sp2"), None),
        // sles-12-sp3: https://github.com/aquasecurity/btfhub-archive/blob/3a3c1f5a72b934f27f1ecc05b2e716ec3a78d0d0/sles/12.3/x86_64/4.4.73-5-default.btf.tar.xz
        ("4.4.73-5-default", Some("sles-12-sp3"), None),
        // sles-12-sp3: https://github.com/aquasecurity/btfhub-archive/blob/3a3c1f5a72b934f27f1ecc05b2e716ec3a78d0d0/sles/12.3/x86_64/4.4.180-94.100-default.btf.tar.xz
        ("4.4.180-94.100-default", Some("sles-12-sp3"), None),
        // sles-12-sp4: https://github.com/truenas/chelsiouwire/blob/4739d295d543fc8164c96356d4cb1ed63e091a90/Makefile
        ("4.12.14-94.41-default", Some("sles-12-sp4"), None),
        // sles-12-sp5: https://github.com/aquasecurity/btfhub-archive/blob/9222848e143737b7cba5c46e40bab7805a700159/sles/12.5/x86_64/4.12.14-120-default.btf.tar.xz
        ("4.12.14-120-default", Some("sles-12-sp5"), None),
        // sles-12-sp5: https://github.com/aquasecurity/btfhub-archive/blob/9222848e143737b7cba5c46e40bab7805a700159/sles/12.5/x86_64/4.12.14-122.37-default.btf.tar.xz
        ("4.12.14-122.37-default", Some("sles-12-sp5"), None),
        // sles-12-sp5: https://github.com/aquasecurity/btfhub-archive/blob/66dfb3bccb8d1731ba5033ca21e262dfc8ddc887/sles/12.5/x86_64/4.12.14-122.106-default.btf.tar.xz
        ("4.12.14-122.106-default", Some("sles-12-sp5"), None),
        // sles-15: https://github.com/truenas/chelsiouwire/blob/4739d295d543fc8164c96356d4cb1ed63e091a90/Makefile
        ("4.12.14-23-default", Some("sles-15"), None),
        // sles-15-sp1: https://github.com/truenas/chelsiouwire/blob/4739d295d543fc8164c96356d4cb1ed63e091a90/Makefile
        ("4.12.14-195-default", Some("sles-15-sp1"), None),
        // sles-15-sp2: https://github.com/blackhook/nessus-plugins/blob/64177d96abbb07c58cf7e131046b067ebc61fcb5/S/suse_SU-2021-2025-1.nasl
        ("5.3.18-22-default", Some("sles-15-sp2"), None),
        // sles-15-sp3: https://github.com/aquasecurity/btfhub-archive/blob/66dfb3bccb8d1731ba5033ca21e262dfc8ddc887/sles/15.3/x86_64/5.3.18-57-default.btf.tar.xz
        ("5.3.18-57-default", Some("sles-15-sp3"), None),
        // sles-15-sp3: https://github.com/aquasecurity/btfhub-archive/blob/66dfb3bccb8d1731ba5033ca21e262dfc8ddc887/sles/15.3/x86_64/5.3.18-59.10-default.btf.tar.xz
        ("5.3.18-59.10-default", Some("sles-15-sp3"), None),
        // sles-15-sp3: https://github.com/aquasecurity/btfhub-archive/blob/66dfb3bccb8d1731ba5033ca21e262dfc8ddc887/sles/15.3/x86_64/5.3.18-150300.59.43-default.btf.tar.xz
        ("5.3.18-150300.59.43-default", Some("sles-15-sp3"), None),
        // sles-15-sp4: https://github.com/blackhook/nessus-plugins/blob/64177d96abbb07c58cf7e131046b067ebc61fcb5/S/suse_SU-2022-2268-1.nasl
        ("5.14.21-150400.22-default", Some("sles-15-sp4"), None),
        // sles-15-sp5: https://github.com/qweasader/gbn/blob/3c678d4ca512a80bdc950903c83101284a4ce7a3/2024/opensuse/gb_opensuse_2024_3838_1.nasl
        ("5.14.21-150500.55.44-default", Some("sles-15-sp5"), None),
        // sles-15-sp6: https://github.com/qweasader/gbn/blob/3c678d4ca512a80bdc950903c83101284a4ce7a3/2024/opensuse/gb_opensuse_2024_3880_1.nasl
        ("6.4.0-150600.21-default", Some("sles-15-sp6"), None),
        // sles-15-sp7: https://github.com/lustre/lustre-release/blob/c881f8ebcbd130cf6c2b9e8862582fc5d2da5289/lustre/ChangeLog
        ("6.4.0-150700.53.66-default", Some("sles-15-sp7"), None),
        // sles-16.0: https://github.com/theori-io/copy-fail-CVE-2026-31431/wiki
        ("6.12.0-160000.9-default", Some("sles-16.0"), None),
        // sles-16.0: https://github.com/oracle/kconfigs/blob/d5e96ff59fcb997c0a6f8fe88d6632aadf738ff1/out/openSUSE%20Leap%20%28SLES%20Compatible%29%2016.0%20x86_64/config
        ("6.12.0-160000.8-default", Some("sles-16.0"), None),
        // opensuse-leap-15.0: https://github.com/blackhook/nessus-plugins/blob/64177d96abbb07c58cf7e131046b067ebc61fcb5/O/openSUSE-2018-886.nasl
        (
            "4.12.14-lp150.12.16-default",
            Some("opensuse-leap-15.0"),
            None,
        ),
    ];
    assert!(table.len() >= 40, "{} strings", table.len());
    let mut wrong = Vec::new();
    for &(uname, release, point) in table {
        let d = detect(m, uname).unwrap_or_else(|e| panic!("{uname}: {e}"));
        let got = (d.release.map(|r| r.id.as_str()), d.point_release.as_deref());
        if got != (release, point) {
            wrong.push(format!("{uname}: {got:?}, expected {:?}", (release, point)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
