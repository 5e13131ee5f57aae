//! Questions asked of the whole matrix: what changes between two releases, and which is the
//! earliest release of each distribution that has a set of capabilities.

use super::eval::{evaluate, BasisKind};
use super::model::{Capability, Certainty, Date, Distro, Matrix, Release, StatementKind, Status};

/// How much a status offers, for "gain" and "lose": yes > partial > no. Unknown is not ranked.
fn rank(status: Status) -> Option<u8> {
    match status {
        Status::Yes => Some(2),
        Status::Partial => Some(1),
        Status::No => Some(0),
        Status::Unknown => None,
    }
}

/// One capability whose verdict differs between two releases.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'m> {
    pub capability: &'m Capability,
    pub from: Status,
    pub to: Status,
    /// Whether the change is whole, or leaves the capability partial: a gain from no to
    /// partial, a loss from yes to partial.
    pub extent: Extent,
    /// Unverified when either verdict rests on a weaker source or an inference.
    pub certainty: Certainty,
}

/// How far a change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extent {
    /// The capability is gained in full (to yes), or lost in full (to no).
    Full,
    /// The capability ends up partial: only part of it is gained, or part of it is lost.
    Partial,
}

/// What going from one release to another gains, loses, and changes in ways that cannot be
/// ranked (to or from unknown). A change to or from partial counts: no to partial is a partial
/// gain, yes to partial a partial loss.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff<'m> {
    pub gained: Vec<Change<'m>>,
    pub lost: Vec<Change<'m>>,
    pub unclear: Vec<Change<'m>>,
}

impl Diff<'_> {
    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        self.gained.is_empty() && self.lost.is_empty() && self.unclear.is_empty()
    }
}

/// Compares two releases over the given capabilities.
pub fn diff<'m>(from: &'m Release, to: &'m Release, capabilities: &[&'m Capability]) -> Diff<'m> {
    let mut diff = Diff::default();
    for capability in capabilities {
        let (before, after) = (evaluate(from, capability), evaluate(to, capability));
        let (a, b) = (before.status, after.status);
        if a == b {
            continue;
        }
        let change = Change {
            capability,
            from: a,
            to: b,
            extent: if b == Status::Partial {
                Extent::Partial
            } else {
                Extent::Full
            },
            certainty: if before.certainty == Certainty::Verified
                && after.certainty == Certainty::Verified
            {
                Certainty::Verified
            } else {
                Certainty::Unverified
            },
        };
        match (rank(a), rank(b)) {
            (Some(x), Some(y)) if y > x => diff.gained.push(change),
            (Some(_), Some(_)) => diff.lost.push(change),
            _ => diff.unclear.push(change),
        }
    }
    diff
}

/// How many of a release's verdicts rest on evidence about the release itself (its own or an
/// inherited statement, or its shipped config) rather than on the mainline rule alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage<'m> {
    pub release: &'m Release,
    /// Verdicts with release-specific evidence.
    pub evidenced: usize,
    /// Every verdict of the release (one per capability).
    pub total: usize,
    /// The same two counts for the Xen capabilities of a release with a vendor ("xenified") Xen
    /// kernel; `None` for other releases.
    pub xen_vendor_kernel: Option<(usize, usize)>,
}

impl Coverage<'_> {
    /// The evidenced share, from 0 to 1.
    pub fn share(&self) -> f64 {
        self.evidenced as f64 / self.total.max(1) as f64
    }
}

/// The coverage of every release, in data order.
pub fn coverage(matrix: &Matrix) -> Vec<Coverage<'_>> {
    matrix
        .releases()
        .map(|release| {
            let mut evidenced = 0;
            let (mut xen, mut xen_evidenced) = (0, 0);
            for capability in &matrix.capabilities {
                let has = evaluate(release, capability).basis.kind() != BasisKind::Mainline;
                evidenced += usize::from(has);
                if capability.hypervisor == "xen" {
                    xen += 1;
                    xen_evidenced += usize::from(has);
                }
            }
            let xenified = release
                .statements
                .iter()
                .any(|s| s.kind == StatementKind::VendorKernel && s.capability.starts_with("xen-"));
            Coverage {
                release,
                evidenced,
                total: matrix.capabilities.len(),
                xen_vendor_kernel: xenified.then_some((xen_evidenced, xen)),
            }
        })
        .collect()
}

/// For one distribution: the earliest release with every wanted capability, and the earliest
/// such release still supported.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum<'m> {
    pub distro: &'m Distro,
    pub earliest: Option<&'m Release>,
    pub earliest_supported: Option<&'m Release>,
}

/// Whether a release fully supports (`yes`) every capability.
pub fn supports_all(release: &Release, capabilities: &[&Capability]) -> bool {
    capabilities
        .iter()
        .all(|c| evaluate(release, c).status == Status::Yes)
}

/// The minimum release per distribution for a set of capabilities, on `today`.
pub fn minimum<'m>(
    matrix: &'m Matrix,
    capabilities: &[&'m Capability],
    today: Date,
) -> Vec<Minimum<'m>> {
    matrix
        .distros
        .iter()
        .map(|distro| {
            let mut qualifying: Vec<&Release> = distro
                .releases
                .iter()
                .filter(|r| supports_all(r, capabilities))
                .collect();
            // Earliest by release date: data files order SUSE's service packs by version.
            qualifying.sort_by_key(|r| r.released);
            let earliest = qualifying.first().copied();
            let earliest_supported = qualifying
                .iter()
                .copied()
                .find(|r| !r.support(today).has_ended());
            Minimum {
                distro,
                earliest,
                earliest_supported,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;

    #[test]
    fn going_from_rhel_5_to_rhel_6_gains_and_loses() {
        let m = builtin().unwrap();
        let caps: Vec<&Capability> = m.capabilities.iter().collect();
        let d = diff(
            m.release("rhel-5").unwrap(),
            m.release("rhel-6").unwrap(),
            &caps,
        );
        let ids = |changes: &[Change]| -> Vec<String> {
            changes
                .iter()
                .map(|c| c.capability.id.as_str().to_owned())
                .collect()
        };
        assert!(ids(&d.lost).contains(&"xen-dom0".to_owned()));
        // Both have the Hyper-V drivers built in (RHEL 5 from 5.9, RHEL 6 from 6.4).
        assert!(!ids(&d.gained).contains(&"hyperv-drivers".to_owned()));
        assert!(
            !ids(&d.gained).contains(&"xen-pv-guest".to_owned()),
            "yes on both"
        );
        let back = diff(
            m.release("rhel-6").unwrap(),
            m.release("rhel-5").unwrap(),
            &caps,
        );
        assert_eq!(ids(&back.gained), ids(&d.lost));
    }

    /// The change of one capability between two releases, and which list it is in.
    fn change<'m>(d: &'m Diff<'m>, capability: &str) -> (&'static str, &'m Change<'m>) {
        [
            ("gained", &d.gained),
            ("lost", &d.lost),
            ("unclear", &d.unclear),
        ]
        .into_iter()
        .find_map(|(list, changes)| {
            changes
                .iter()
                .find(|c| c.capability.id == capability)
                .map(|c| (list, c))
        })
        .unwrap_or_else(|| panic!("{capability} does not change"))
    }

    #[test]
    fn partial_changes_count_as_gains_and_losses_and_say_so() {
        use Certainty::{Unverified, Verified};
        use Status::{No, Partial, Yes};
        let m = builtin().unwrap();
        let caps: Vec<&Capability> = m.capabilities.iter().collect();
        for (from, to, capability, list, statuses, extent, certainty) in [
            // 32-bit PV guests went in 5.9: 4.19 has them, 5.10 only 64-bit ones, and Debian
            // 11 ships 32-bit kernels too.
            (
                "debian-10",
                "debian-11",
                "xen-pv-guest",
                "lost",
                (Yes, Partial),
                Extent::Partial,
                Verified,
            ),
            (
                "sles-11-sp1",
                "sles-11-sp2",
                "vmware-svga",
                "gained",
                (No, Partial),
                Extent::Partial,
                Verified,
            ),
            // Hyper-V sockets: 4.14, checked in the 4.13 and 4.14 trees, so a certain gain.
            (
                "ubuntu-16.04",
                "ubuntu-18.04",
                "hyperv-sockets",
                "gained",
                (No, Yes),
                Extent::Full,
                Verified,
            ),
            (
                "ubuntu-8.04",
                "ubuntu-10.04",
                "xen-pv-guest",
                "lost",
                (Yes, Partial),
                Extent::Partial,
                Unverified,
            ),
            (
                "rhel-7",
                "rhel-8",
                "xen-pv-guest",
                "lost",
                (Yes, No),
                Extent::Full,
                Verified,
            ),
            (
                "ubuntu-10.04",
                "ubuntu-11.10",
                "xen-pv-guest",
                "gained",
                (Partial, Yes),
                Extent::Full,
                Unverified,
            ),
            (
                "rhel-5",
                "rhel-6",
                "xen-dom0",
                "lost",
                (Yes, No),
                Extent::Full,
                Verified,
            ),
        ] {
            let d = diff(m.release(from).unwrap(), m.release(to).unwrap(), &caps);
            let (found, c) = change(&d, capability);
            let what = format!("{from} -> {to}: {capability}");
            assert_eq!(found, list, "{what}");
            assert_eq!((c.from, c.to), statuses, "{what}");
            assert_eq!(c.extent, extent, "{what}");
            assert_eq!(c.certainty, certainty, "{what}");
        }
    }

    #[test]
    fn minimum_release_per_distribution() {
        let m = builtin().unwrap();
        let dom0 = m.capability("xen-dom0").unwrap();
        let today: Date = "2026-11-26".parse().unwrap();
        let rows = minimum(m, &[dom0], today);
        let row = |distro: &str| rows.iter().find(|r| r.distro.id == distro).unwrap();
        let ids = |distro: &str| {
            let r = row(distro);
            (
                r.earliest.map(|r| r.id.as_str()),
                r.earliest_supported.map(|r| r.id.as_str()),
            )
        };
        // RHEL 5's kernel-xen was the last RHEL dom0; Fedora 8's kernel-xen came before the gap.
        assert_eq!(ids("rhel"), (Some("rhel-5"), None));
        assert_eq!(ids("fedora").0, Some("fedora-8"));
        // Ubuntu 18.04 still has ESM (any support counts; 14.04's Legacy end is not sourced to
        // the day, so it is not in the data).
        assert_eq!(ids("ubuntu"), (Some("ubuntu-8.04"), Some("ubuntu-18.04")));
    }

    #[test]
    fn coverage_counts_the_verdicts_with_release_evidence() {
        let m = crate::matrix::builtin().unwrap();
        let rows = coverage(m);
        assert_eq!(rows.len(), m.releases().count());
        let row = |id: &str| rows.iter().find(|r| r.release.id == id).unwrap();
        // Every statement covers one capability; a derivative has its parent's as inherited.
        let rhel5 = row("rhel-5");
        assert_eq!(rhel5.evidenced, rhel5.release.statements.len());
        assert_eq!(rhel5.total, m.capabilities.len());
        assert_eq!(row("centos-5").evidenced, rhel5.release.statements.len());
        // RHEL 5's kernel-xen is a vendor Xen kernel; Ubuntu 24.04 ships none.
        assert!(rhel5.xen_vendor_kernel.is_some());
        assert_eq!(row("ubuntu-24.04").xen_vendor_kernel, None);
        let all: usize = rows.iter().map(|r| r.evidenced).sum();
        assert!(all > 0 && all < rows.len() * m.capabilities.len());
    }
}
