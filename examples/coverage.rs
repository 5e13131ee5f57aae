//! Prints, per release and in total, the share of verdicts that rest on evidence about the
//! release (its own or an inherited statement, or its shipped config) rather than on the
//! mainline rule alone, and the goal of issue 14: at least 90% for every release from 2012 on,
//! and every Xen capability of a vendor ("xenified") Xen kernel.
//!
//! `scripts/coverage` runs it; its output goes into docs/data-notes.md.

use pv_matrix::matrix::eval::evaluate_mainline_on;
use pv_matrix::matrix::query::coverage;
use pv_matrix::matrix::{builtin, evaluate, BasisKind};

fn main() {
    let matrix = match builtin() {
        Ok(matrix) => matrix,
        Err(error) => {
            eprintln!("the built-in data does not load:\n{error:?}");
            std::process::exit(1);
        }
    };
    let rows = coverage(matrix);
    println!(
        "Verdicts with release-specific evidence (data as of {})",
        matrix.data_as_of
    );
    println!(
        "{:<22}{:>9}{:>10}{:>8}{:>14}  goal",
        "release", "released", "evidence", "share", "xen (vendor)"
    );
    let (mut evidenced, mut total) = (0, 0);
    let mut short = Vec::new();
    for row in &rows {
        evidenced += row.evidenced;
        total += row.total;
        let recent = row.release.released.year >= 2012;
        let xen = row
            .xen_vendor_kernel
            .map_or(String::new(), |(have, of)| format!("{have}/{of}"));
        let xen_short = row.xen_vendor_kernel.is_some_and(|(have, of)| have < of);
        let below = (recent && row.share() < 0.9) || xen_short;
        if below {
            short.push(row.release.id.as_str());
        }
        println!(
            "{:<22}{:>9}{:>10}{:>7.0}%{:>14}  {}",
            row.release.id.as_str(),
            row.release.released.year,
            format!("{}/{}", row.evidenced, row.total),
            100.0 * row.share(),
            xen,
            if below { "below" } else { "" }
        );
    }
    println!(
        "total: {evidenced}/{total} verdicts ({:.1}%) rest on release-specific evidence; the \
         rest are predicted from the mainline kernel version",
        100.0 * evidenced as f64 / total.max(1) as f64
    );
    println!(
        "below the goal: {} of {} releases{}",
        short.len(),
        rows.len(),
        if short.is_empty() {
            String::new()
        } else {
            format!(": {}", short.join(", "))
        }
    );

    // The verdicts the shipped configs changed: what mainline alone predicted for the release's
    // kernel and architectures, and what its configuration shows (with `--changes`; data-notes
    // lists them).
    if std::env::args().any(|a| a == "--changes") {
        println!("\nwhere a shipped config decides otherwise than the mainline prediction:");
        for release in matrix.releases() {
            let changed: Vec<String> = matrix
                .capabilities
                .iter()
                .filter_map(|capability| {
                    let verdict = evaluate(release, capability);
                    let predicted =
                        evaluate_mainline_on(capability, &release.kernel, &release.architectures)
                            .status;
                    (verdict.basis.kind() == BasisKind::Config && verdict.status != predicted)
                        .then(|| format!("{} {predicted:?}->{:?}", capability.id, verdict.status))
                })
                .collect();
            if !changed.is_empty() {
                println!("{}: {}", release.id.as_str(), changed.join(", "));
            }
        }
    }
}
