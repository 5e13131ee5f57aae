//! Questions asked of the whole matrix: what changes between two releases, and which is the
//! earliest release of each distribution that has a set of capabilities.

use super::eval::evaluate;
use super::model::{Capability, Date, Distro, Matrix, Release, Status};

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
}

/// What going from one release to another gains, loses, and changes in ways that cannot be
/// ranked (to or from unknown).
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
        let (a, b) = (
            evaluate(from, capability).status,
            evaluate(to, capability).status,
        );
        if a == b {
            continue;
        }
        let change = Change {
            capability,
            from: a,
            to: b,
        };
        match (rank(a), rank(b)) {
            (Some(x), Some(y)) if y > x => diff.gained.push(change),
            (Some(_), Some(_)) => diff.lost.push(change),
            _ => diff.unclear.push(change),
        }
    }
    diff
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
            changes.iter().map(|c| c.capability.id.clone()).collect()
        };
        assert!(ids(&d.lost).contains(&"xen-dom0".to_owned()));
        assert!(ids(&d.gained).contains(&"hyperv-drivers".to_owned()));
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
        assert_eq!(ids("ubuntu"), (Some("ubuntu-8.04"), Some("ubuntu-22.04")));
    }
}
