//! The kernel configurations releases shipped (`data/kconfigs.json`) against the release's
//! statements: where a release's own or inherited statement says something else than its
//! shipped configuration, the data is wrong, unless the statement says why: it is about another
//! kernel flavour, holds only from a later point release than the configuration's package, or
//! is the distribution's policy restricting what the kernel builds (SLES 16 builds dom0 code
//! but ships no Xen hypervisor). A statement never grants what the configuration leaves out.

use pv_matrix::matrix::kconfig::evaluate_config;
use pv_matrix::matrix::{
    builtin, evaluate, ArchFit, BasisKind, Matrix, Release, Since, Statement, StatementKind, Status,
};

fn matrix() -> &'static Matrix {
    builtin().expect("built-in data loads")
}

fn releases() -> impl Iterator<Item = &'static Release> {
    matrix().distros.iter().flat_map(|d| &d.releases)
}

/// How much a status offers: no, partial, yes.
fn rank(status: Status) -> u8 {
    match status {
        Status::Yes => 2,
        Status::Partial => 1,
        Status::No | Status::Unknown => 0,
    }
}

/// Whether the statement holds only from a later point release than `point` (`8.10`).
fn from_later_point(statement: &Statement, point: Option<&str>) -> bool {
    let numbers = |s: &str| -> Option<Vec<u64>> { s.split('.').map(|n| n.parse().ok()).collect() };
    match (&statement.since, point.and_then(numbers)) {
        (Some(Since::Exact(since)), Some(point)) => {
            numbers(since).is_some_and(|since| point < since)
        }
        _ => false,
    }
}

#[test]
fn every_shipped_config_agrees_with_the_release_s_statements() {
    let mut disagreements = Vec::new();
    let mut compared = 0;
    for release in releases() {
        let Some(shipped) = release.config.as_deref() else {
            continue;
        };
        for capability in &matrix().capabilities {
            let from_config = evaluate_config(capability, &shipped.config);
            let Some(statement) = release.statement(&capability.id) else {
                continue;
            };
            if !from_config.rests_on_config() {
                continue;
            }
            compared += 1;
            let restricts = statement.kind == StatementKind::DistroPolicy
                && statement.note.is_some()
                && rank(statement.status) < rank(from_config.status);
            let explained = statement.flavour.is_some()
                || from_later_point(statement, shipped.point_release.as_deref())
                || restricts;
            if statement.status != from_config.status && !explained {
                disagreements.push(format!(
                    "{} {}: the statement says {:?}, {} ({}) says {:?}",
                    release.id,
                    capability.id,
                    statement.status,
                    shipped.package,
                    shipped
                        .inherited_from
                        .as_ref()
                        .map_or("own", |p| p.release.as_str()),
                    from_config.status,
                ));
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {compared} statements disagree with the release's shipped config:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

#[test]
fn a_shipped_config_decides_where_no_statement_does() {
    let with_config: Vec<&Release> = releases().filter(|r| r.config.is_some()).collect();
    assert!(!with_config.is_empty(), "no release has a shipped config");
    for release in with_config {
        let shipped = release.config.as_deref().unwrap();
        for capability in &matrix().capabilities {
            let verdict = evaluate(release, capability);
            let from_config = evaluate_config(capability, &shipped.config);
            // A feature of 32-bit kernels only is not for a 64-bit config to judge, unless the
            // release ships no 32-bit kernel.
            let other_arch = verdict
                .mainline
                .stage()
                .and_then(|stage| stage.only_on)
                .is_some_and(|arch| {
                    arch.as_str() != shipped.arch && !matches!(verdict.fit, ArchFit::Lacks(_))
                });
            if release.statement(&capability.id).is_none()
                && from_config.rests_on_config()
                && !other_arch
            {
                // Mainline's restriction to one architecture costs a release with kernels for
                // that one only nothing.
                let expected = if from_config.status == from_config.from_symbols {
                    from_config.status
                } else {
                    verdict.fit.apply(from_config.status)
                };
                assert_eq!(
                    (verdict.basis.kind(), verdict.status),
                    (BasisKind::Config, expected),
                    "{} {}",
                    release.id,
                    capability.id
                );
            } else if release.statement(&capability.id).is_none() {
                assert_eq!(verdict.basis.kind(), BasisKind::Mainline);
            }
        }
    }
}

#[test]
fn every_extract_is_of_its_release_s_kernel_series_and_cites_its_file() {
    for release in releases() {
        let Some(shipped) = release.config.as_deref() else {
            continue;
        };
        let version = shipped.config.version.as_ref().expect("a version");
        assert!(version.same_series(&release.kernel), "{}", release.id);
        assert!(shipped.source.url.starts_with("https://"), "{}", release.id);
    }
}

/// Every extract has its file's path and sha256 in `data/kconfigs-provenance.json`, and that
/// file names no other release.
#[test]
fn every_extract_has_its_file_s_checksum() {
    let provenance: serde_json::Value =
        serde_json::from_str(include_str!("../data/kconfigs-provenance.json")).unwrap();
    let mut files: Vec<&str> = Vec::new();
    for file in provenance["files"].as_array().unwrap() {
        let release = file["release"].as_str().unwrap();
        let sha256 = file["sha256"].as_str().unwrap_or_default();
        assert!(
            sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit()),
            "{release}: {sha256:?} is not a sha256"
        );
        files.push(release);
    }
    let mut extracts: Vec<&str> = releases()
        .filter(|r| {
            r.config
                .as_ref()
                .is_some_and(|c| c.inherited_from.is_none())
        })
        .map(|r| r.id.as_str())
        .collect();
    files.sort_unstable();
    extracts.sort_unstable();
    assert_eq!(files, extracts);
}
