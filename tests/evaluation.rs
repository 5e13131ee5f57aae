//! Evaluation tables: the original article's claims and each release-specific statement,
//! one case a line.

use pv_matrix::matrix::{
    builtin, evaluate, evaluate_mainline, Basis, KernelVersion, Matrix, StatementKind, Status,
};

fn matrix() -> &'static Matrix {
    builtin().expect("built-in data loads")
}

fn mainline(capability: &str, kernel: &str) -> Status {
    let capability = matrix().capability(capability).expect(capability);
    let kernel: KernelVersion = kernel.parse().unwrap();
    // The verdict borrows the kernel, so evaluate inside this scope.
    let status = evaluate_mainline(capability, &kernel).status;
    status
}

fn release(release: &str, capability: &str) -> (Status, Option<StatementKind>) {
    let m = matrix();
    let verdict = evaluate(
        m.release(release).expect(release),
        m.capability(capability).expect(capability),
    );
    let kind = match verdict.basis {
        Basis::Distro(statement) => Some(statement.kind),
        _ => None,
    };
    (verdict.status, kind)
}

use Status::{No, Partial, Yes};

/// "Xen guest support around 2.6.24, dom0 from 2.6.37, drivers with 3.0", checked against
/// the mainline stages, including the fact sheet's corrections (64-bit guests in 2.6.27).
#[test]
fn the_article_s_mainline_claims() {
    for (capability, kernel, expected) in [
        ("xen-pv-guest", "2.6.22", No),
        ("xen-pv-guest", "2.6.23", Partial), // merged, 32-bit only
        ("xen-pv-guest", "2.6.24", Partial), // "market-ready", still 32-bit only
        ("xen-pv-guest", "2.6.26", Partial), // not 64-bit yet, despite the common claim
        ("xen-pv-guest", "2.6.27", Yes),
        ("xen-pv-guest", "5.8", Yes),
        ("xen-pv-guest", "5.9", Partial), // 32-bit PV guests removed: 64-bit only
        ("xen-pv-guest", "6.12", Partial),
        ("xen-dom0", "2.6.36", No),
        ("xen-dom0", "2.6.37", Partial), // boots as dom0, no in-kernel backends
        ("xen-dom0", "2.6.39", Partial), // netback only
        ("xen-dom0", "3.0", Yes),        // "drivers with 3.0": blkback
        ("xen-dom0", "3.0.101-63-xen", Yes),
        ("xen-pvhvm", "2.6.35", No),
        ("xen-pvhvm", "2.6.36", Yes),
        ("lguest", "4.13", Yes),
        ("lguest", "4.14", No), // removed upstream
        ("vmware-vmi", "2.6.36.4", Yes),
        ("vmware-vmi", "2.6.37", No),
        ("xen-pvh-guest", "3.14", Partial),
        ("xen-pvh-guest", "4.11", Yes),
    ] {
        assert_eq!(
            mainline(capability, kernel),
            expected,
            "{capability} on {kernel}"
        );
    }
}

/// The article's releases ship the kernels it names.
#[test]
fn the_article_s_release_kernels() {
    for (release, kernel) in [
        ("rhel-5", "2.6.18"),
        ("rhel-6", "2.6.32"),
        ("sles-10", "2.6.16"),
        ("sles-11", "2.6.27"),
        ("sles-11-sp1", "2.6.32"),
    ] {
        let shipped = &matrix().release(release).unwrap().kernel;
        assert_eq!(shipped.to_string(), kernel, "{release}");
    }
}

/// The article's lesson: the same kernel number means different things. Mainline 2.6.32
/// cannot be dom0, yet Debian 6.0 and SLES 11 SP1 patched it in, and RHEL 6 did not.
#[test]
fn the_same_kernel_means_different_things() {
    assert_eq!(mainline("xen-dom0", "2.6.32"), No);
    assert_eq!(release("rhel-6", "xen-dom0").0, No);
    assert_eq!(release("debian-6.0", "xen-dom0").0, Yes);
    assert_eq!(release("sles-11-sp1", "xen-dom0").0, Yes);
}

/// Each release statement of the article's releases, and mainline where none applies.
#[test]
fn the_article_s_releases_for_the_xen_capabilities() {
    use StatementKind::*;
    for (id, capability, status, kind) in [
        ("rhel-5", "xen-pv-guest", Yes, Some(VendorKernel)),
        ("rhel-5", "xen-dom0", Yes, Some(VendorKernel)),
        ("rhel-5", "xen-pvhvm", Yes, Some(Backport)),
        // Issue 14: the vendor kernels' balloon driver and PCI frontend, from their configs;
        // the mainline kernels they are based on predate the PCI frontend (2.6.37).
        ("rhel-5", "xen-balloon", Yes, Some(VendorKernel)),
        (
            "rhel-5",
            "xen-pci-passthrough-guest",
            Yes,
            Some(VendorKernel),
        ),
        ("debian-4.0", "xen-balloon", Yes, Some(VendorKernel)),
        (
            "debian-4.0",
            "xen-pci-passthrough-guest",
            Yes,
            Some(VendorKernel),
        ),
        (
            "debian-5.0",
            "xen-pci-passthrough-guest",
            Yes,
            Some(VendorKernel),
        ),
        (
            "ubuntu-8.04",
            "xen-pci-passthrough-guest",
            Yes,
            Some(VendorKernel),
        ),
        ("rhel-6", "xen-pv-guest", Yes, Some(ConfigEnabled)),
        ("rhel-6", "xen-pvhvm", Yes, Some(Backport)),
        ("rhel-6", "xen-dom0", No, Some(DistroPolicy)),
        ("sles-10", "xen-pv-guest", Yes, Some(VendorKernel)),
        ("sles-10", "xen-dom0", Yes, Some(VendorKernel)),
        ("sles-10", "xen-pvhvm", No, None),
        ("sles-11", "xen-pv-guest", Yes, Some(VendorKernel)),
        ("sles-11", "xen-dom0", Yes, Some(VendorKernel)),
        ("sles-11-sp1", "xen-dom0", Yes, Some(VendorKernel)),
        ("debian-4.0", "xen-dom0", Yes, Some(VendorKernel)),
        ("debian-etch", "xen-pv-guest", Yes, Some(VendorKernel)),
        ("debian-5.0", "xen-dom0", Yes, Some(VendorKernel)),
        ("debian-lenny", "xen-pv-guest", Yes, Some(VendorKernel)),
        ("debian-squeeze", "xen-dom0", Yes, Some(VendorKernel)),
        ("debian-6.0", "xen-pv-guest", Yes, Some(ConfigEnabled)),
        // Squeeze's -xen flavours carry PVHVM from the Xen patches (2.6.32-26 changelog: "fix
        // PVHVM hang at boot"), mainline 2.6.32 alone would say no; the PCI frontend was not built.
        ("debian-6.0", "xen-pvhvm", Yes, Some(VendorKernel)),
        (
            "debian-6.0",
            "xen-pci-passthrough-guest",
            No,
            Some(ConfigDisabled),
        ),
        (
            "ubuntu-10.04",
            "xen-pci-passthrough-guest",
            Yes,
            Some(VendorKernel),
        ),
        ("sles-10", "xen-balloon", Yes, Some(VendorKernel)),
        (
            "sles-12-sp1",
            "xen-pci-passthrough-guest",
            Yes,
            Some(VendorKernel),
        ),
        ("fedora-12", "xen-dom0", No, Some(DistroPolicy)),
        ("fedora-12", "xen-pv-guest", Yes, None),
        ("fedora-13", "xen-dom0", No, Some(DistroPolicy)),
        ("fedora-13", "xen-pvhvm", No, None),
        ("fedora-16", "xen-dom0", Yes, Some(DistroPolicy)),
        ("fedora-16", "xen-pvhvm", Yes, None),
        ("ubuntu-11.10", "xen-dom0", Yes, Some(DistroPolicy)),
        ("ubuntu-oneiric", "xen-pv-guest", Yes, None),
        ("rhel-6", "hyperv-drivers", Yes, Some(Backport)),
        ("rhel-6", "virtio-scsi", Yes, Some(Backport)),
        ("rhel-5", "virtio-net-blk", Yes, Some(Backport)),
        ("rhel-5", "hyperv-drivers", Yes, Some(Backport)),
    ] {
        assert_eq!(
            release(id, capability),
            (status, kind),
            "{capability} on {id}"
        );
    }
}

/// Every statement in the data decides its own cell: a second statement or a typo in a
/// capability id would leave one silently unused.
#[test]
fn every_statement_decides_its_cell() {
    for release in matrix().releases() {
        for statement in &release.statements {
            let capability = matrix().capability(&statement.capability).unwrap();
            let verdict = evaluate(release, capability);
            assert_eq!(verdict.basis, Basis::Distro(statement), "{}", release.id);
            assert_eq!(verdict.status, statement.status);
        }
    }
}

/// An uncertain first version makes the verdicts from that version on uncertain, not the
/// "no" of kernels that predate it.
#[test]
fn uncertainty_covers_what_an_uncertain_stage_decides() {
    use pv_matrix::matrix::Certainty::{Unverified, Verified};
    let certainty = |kernel: &str| {
        let capability = matrix().capability("xen-pvh-dom0").unwrap();
        let kernel: KernelVersion = kernel.parse().unwrap();
        let verdict = evaluate_mainline(capability, &kernel);
        (verdict.status, verdict.certainty)
    };
    assert_eq!(certainty("2.6.32"), (No, Verified));
    assert_eq!(certainty("4.18"), (Partial, Unverified));
    assert_eq!(certainty("6.1"), (Partial, Unverified));
}

/// Issue 14, part 4: a feature of one x86 architecture is judged by the kernels a release
/// ships. lguest and VMware VMI ran on 32-bit kernels only; Xen PV guests were 32-bit only
/// before 2.6.27 and 64-bit only from 5.9.
#[test]
fn architectures_a_release_ships_kernels_for() {
    use pv_matrix::matrix::{Arch, ArchFit};
    let fit = |release_id: &str, capability: &str| {
        let m = matrix();
        let verdict = evaluate(
            m.release(release_id).expect(release_id),
            m.capability(capability).expect(capability),
        );
        (verdict.status, verdict.fit)
    };
    for (release, capability, expected) in [
        // RHEL 7 ships no 32-bit kernel (and its config has no lguest).
        ("rhel-7", "lguest", (No, ArchFit::Lacks(Arch::I386))),
        // Fedora 12 ships both: only its 32-bit kernels have lguest.
        ("fedora-12", "lguest", (Partial, ArchFit::Part(Arch::I386))),
        ("rhel-6", "vmware-vmi", (Partial, ArchFit::Part(Arch::I386))),
        // SLES 15 SP5 ships 64-bit kernels only, which keep Xen PV guests after 5.9.
        (
            "sles-15-sp5",
            "xen-pv-guest",
            (Yes, ArchFit::Whole(Arch::X86_64)),
        ),
        // Debian 12 ships 32-bit kernels too, which lost them.
        (
            "debian-12",
            "xen-pv-guest",
            (Partial, ArchFit::Part(Arch::X86_64)),
        ),
        // Fedora 8 (2.6.23) ships both; paravirt_ops was 32-bit only until 2.6.25.
        (
            "fedora-8",
            "paravirt-ops",
            (Partial, ArchFit::Part(Arch::I386)),
        ),
    ] {
        assert_eq!(fit(release, capability), expected, "{release} {capability}");
    }
}

/// A running kernel is built for one architecture, and its string often says which.
#[test]
fn a_running_kernel_s_architecture_decides_for_it() {
    use pv_matrix::matrix::detect::detect;
    use pv_matrix::matrix::evaluate_detected;
    let m = matrix();
    let pv_guest = m.capability("xen-pv-guest").unwrap();
    for (uname, expected) in [
        ("6.1.0-42-amd64", Yes),
        ("6.1.0-42-686-pae", No),
        // Before 5.9 both had them.
        ("4.19.0-21-686-pae", Yes),
    ] {
        let detection = detect(m, uname).unwrap();
        let status = evaluate_detected(&detection, pv_guest).unwrap().status;
        assert_eq!(status, expected, "{uname}");
    }
}
