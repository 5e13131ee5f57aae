//! What a verdict table shows, computed once per change: column heads, and per capability a
//! cell per column with its words, reason and sources. The components render this, and the
//! exports write it, so what is exported is what is shown.

use std::rc::Rc;

use super::i18n::{fill, Lang};
use super::text::{basis_label, cell_hint, mainline_reason, phase_meaning, reason, support_phrase};
use crate::app::custom::SharedMatrix;
use crate::matrix::detect::Detection;
use crate::matrix::kconfig::{evaluate_config, KernelConfig, Setting, SymbolCheck};
use crate::matrix::{
    evaluate, evaluate_detected, Basis, BasisKind, Capability, CapabilityId, Certainty, Date,
    Mainline, Release, Source, Status, Verdict,
};

/// A column: a release, or the system being checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnHead {
    /// The `data-release` value: a release id, or `kernel` when none was recognised.
    pub id: String,
    pub name: String,
    /// Small lines under the name: kernel version, support status.
    pub lines: Vec<String>,
    /// Whether the release is past its end of support.
    pub ended: bool,
    /// What its support means now (a later phase's meaning), for the support line's tooltip.
    pub support_title: Option<String>,
}

/// Everything one cell and its details show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerdictText {
    pub column: String,
    pub capability: CapabilityId,
    pub status: Status,
    pub certainty: Certainty,
    /// What the verdict rests on; `Mainline` marks a prediction.
    pub basis_kind: BasisKind,
    /// A few words under the verdict, e.g. "backport 5.3".
    pub hint: String,
    /// The heading of the details, e.g. "Xen dom0 on RHEL 6".
    pub title: String,
    /// What the capability is, worded, with its glossary links.
    pub description: String,
    pub reason: String,
    pub note: Option<String>,
    /// What decided: "Backport", "Mainline kernel", "Kernel configuration".
    pub basis: String,
    /// What mainline alone would say, when something else decided.
    pub mainline: Option<String>,
    /// The kernel the verdict is for, with its flavour.
    pub kernel: String,
    /// Each Kconfig requirement, with how a pasted configuration sets it when there is one.
    pub kconfig: Vec<(String, Option<String>)>,
    pub sources: Vec<Source>,
}

/// What a cell shows before it is opened; the full words are made when it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellView {
    pub column: String,
    pub capability: CapabilityId,
    pub status: Status,
    pub certainty: Certainty,
    /// What the verdict rests on (`data-basis`); `Mainline` marks a prediction.
    pub basis_kind: BasisKind,
    pub hint: String,
    details: Details,
}

/// How to get a cell's full words: made on demand for release columns (most cells are never
/// opened), kept for the one-column system tables.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Details {
    Release(SharedMatrix, Lang),
    Ready(Rc<VerdictText>),
}

impl CellView {
    /// The full words of the cell, for its details and the exports. `None` only if the cell
    /// names a release or capability its matrix lacks, which a grid made from it never does.
    pub fn details(&self) -> Option<VerdictText> {
        match &self.details {
            Details::Release(matrix, lang) => {
                // The grid was made from this matrix, so both ids are in it.
                let release = matrix.release(&self.column)?;
                let capability = matrix.capability(&self.capability)?;
                let verdict = evaluate(release, capability);
                Some(describe(
                    *lang,
                    &verdict,
                    Some(release),
                    &release.id,
                    &release.name,
                    capability,
                ))
            }
            Details::Ready(text) => Some((**text).clone()),
        }
    }

    fn ready(text: VerdictText) -> CellView {
        CellView {
            column: text.column.clone(),
            capability: text.capability.clone(),
            status: text.status,
            certainty: text.certainty,
            basis_kind: text.basis_kind,
            hint: text.hint.clone(),
            details: Details::Ready(Rc::new(text)),
        }
    }
}

/// The head of a capability's row, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowHead {
    pub id: CapabilityId,
    pub hypervisor: String,
    pub name: String,
    pub description: String,
}

impl RowHead {
    fn of(lang: Lang, capability: &Capability) -> Self {
        RowHead {
            id: capability.id.clone(),
            hypervisor: capability.hypervisor.clone(),
            name: lang.capability_name(capability).to_owned(),
            description: lang.capability_description(capability).to_owned(),
        }
    }
}

/// One capability's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    pub capability: RowHead,
    pub cells: Vec<CellView>,
    /// Whether the cells differ in status (the compare view highlights such rows).
    pub differs: bool,
}

/// A whole verdict table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    pub columns: Vec<ColumnHead>,
    /// Shared with the table's row components, which then compare them by identity first.
    pub rows: Vec<Rc<GridRow>>,
}

impl Grid {
    /// The statuses in the table, in legend order; whether any cell is unverified; whether any
    /// is only predicted from the mainline kernel version.
    pub fn marks(&self) -> (Vec<Status>, bool, bool) {
        let mut present = [false; Status::ALL.len()];
        let (mut uncertain, mut predicted) = (false, false);
        for cell in self.rows.iter().flat_map(|r| &r.cells) {
            present[cell.status as usize] = true;
            uncertain |= cell.certainty == Certainty::Unverified;
            predicted |= cell.basis_kind == BasisKind::Mainline;
        }
        let statuses = Status::ALL
            .into_iter()
            .filter(|&status| present[status as usize])
            .collect();
        (statuses, uncertain, predicted)
    }
}

/// The head of a release's column.
pub fn release_head(lang: Lang, release: &Release, today: Date) -> ColumnHead {
    let support = release.support(today);
    ColumnHead {
        id: release.id.as_str().to_owned(),
        name: release.name.clone(),
        lines: vec![
            format!("Linux {}", release.kernel),
            support_phrase(lang, support),
        ],
        ended: support.has_ended(),
        support_title: phase_meaning(support).map(str::to_owned),
    }
}

/// The table of releases against capabilities.
pub fn release_grid(
    lang: Lang,
    matrix: &SharedMatrix,
    releases: &[&Release],
    capabilities: &[&Capability],
    today: Date,
) -> Grid {
    let rows = capabilities
        .iter()
        .map(|capability| {
            let cells: Vec<CellView> = releases
                .iter()
                .map(|release| {
                    let verdict = evaluate(release, capability);
                    CellView {
                        column: release.id.as_str().to_owned(),
                        capability: capability.id.clone(),
                        status: verdict.status,
                        certainty: verdict.certainty,
                        basis_kind: verdict.basis.kind(),
                        hint: cell_hint(lang, &verdict),
                        details: Details::Release(matrix.clone(), lang),
                    }
                })
                .collect();
            row(lang, capability, cells)
        })
        .collect();
    Grid {
        columns: releases
            .iter()
            .map(|r| release_head(lang, r, today))
            .collect(),
        rows,
    }
}

/// The one-column table of a recognised system.
pub fn system_grid(
    lang: Lang,
    detection: &Detection<'_>,
    capabilities: &[&Capability],
    today: Date,
) -> Grid {
    let t = lang.texts();
    let (id, name) = match detection.release {
        Some(release) => (
            release.id.as_str().to_owned(),
            fill(t.this_system_of, &[&release.name]),
        ),
        None => ("kernel".to_owned(), t.this_kernel_head.to_owned()),
    };
    let kernel_line = detection
        .kernel
        .as_ref()
        .map(|k| format!("Linux {k}"))
        .or_else(|| {
            detection
                .release
                .map(|r| fill(t.kernel_of_release, &[&r.kernel.to_string()]))
        });
    let mut head = ColumnHead {
        id: id.clone(),
        name,
        lines: kernel_line.into_iter().collect(),
        ended: false,
        support_title: None,
    };
    if let Some(release) = detection.release {
        head.lines
            .push(support_phrase(lang, release.support(today)));
        head.ended = release.support(today).has_ended();
    }
    let rows = capabilities
        .iter()
        .filter_map(|capability| {
            let verdict = evaluate_detected(detection, capability)?;
            let who = detection.release.map_or(t.this_kernel, |r| r.name.as_str());
            let mut text = describe(lang, &verdict, detection.release, &id, who, capability);
            if let Some(flavour) = &detection.flavour {
                text.kernel = fill(t.kernel_flavour, &[&text.kernel, flavour]);
            }
            Some(row(lang, capability, vec![CellView::ready(text)]))
        })
        .collect();
    Grid {
        columns: vec![head],
        rows,
    }
}

/// The one-column table of a pasted kernel configuration.
pub fn config_grid(lang: Lang, config: &KernelConfig, capabilities: &[&Capability]) -> Grid {
    let t = lang.texts();
    let version = config.version.as_ref().map(ToString::to_string);
    let head = ColumnHead {
        id: "kernel".to_owned(),
        name: t.this_config.to_owned(),
        lines: vec![version
            .as_ref()
            .map_or(t.version_not_in_config.to_owned(), |v| format!("Linux {v}"))],
        ended: false,
        support_title: None,
    };
    let requirement = |c: &str| c.replace('|', t.or);
    let rows = capabilities
        .iter()
        .map(|capability| {
            let verdict = evaluate_config(capability, config);
            let decided: Vec<String> = verdict
                .checks
                .iter()
                .map(|c| match (&c.symbol, &c.setting) {
                    (Some(symbol), Some(setting)) => {
                        format!("{symbol}={}", setting_word(lang, setting))
                    }
                    _ => fill(t.not_in_config, &[&requirement(&c.requirement)]),
                })
                .collect();
            let unmentioned: Vec<String> = verdict
                .unmentioned()
                .map(|c| requirement(&c.requirement))
                .collect();
            let cannot_tell = verdict.status == Status::Unknown && !unmentioned.is_empty();
            let mut reason = if cannot_tell {
                fill(t.config_cannot_tell, &[&unmentioned.join(", ")])
            } else {
                fill(t.decided_by_config, &[&decided.join(", ")])
            };
            // The options can exist before the feature: say what mainline had at this version,
            // or that the vendor backported it.
            if let (Some(Mainline::NotYet { added }), Some(v), true) =
                (&verdict.mainline, &version, verdict.backported)
            {
                reason.push(' ');
                reason.push_str(&fill(
                    t.config_backported_here,
                    &[&added.from.to_string(), v],
                ));
            } else if let (Some(mainline), Some(v)) = (&verdict.mainline, &version) {
                if mainline.status() != Status::Yes {
                    reason.push(' ');
                    reason.push_str(&mainline_reason(lang, mainline, t.this_kernel, v));
                }
            }
            let text = VerdictText {
                column: "kernel".to_owned(),
                capability: capability.id.clone(),
                status: verdict.status,
                certainty: Certainty::Verified,
                basis_kind: BasisKind::Config,
                hint: if cannot_tell {
                    t.hint_not_in_config.to_owned()
                } else {
                    verdict
                        .checks
                        .first()
                        .and_then(|c| c.symbol.clone())
                        .unwrap_or_else(|| t.hint_not_in_config.to_owned())
                        .trim_start_matches("CONFIG_")
                        .to_owned()
                },
                title: fill(t.title_in_config, &[lang.capability_name(capability)]),
                description: lang.capability_description(capability).to_owned(),
                reason,
                note: None,
                basis: t.basis_config.to_owned(),
                mainline: None,
                kernel: version
                    .clone()
                    .unwrap_or_else(|| t.unknown_version.to_owned()),
                kconfig: checked_symbols(lang, &verdict.checks),
                sources: verdict
                    .mainline
                    .as_ref()
                    .and_then(|m| m.stage())
                    .map(|s| s.sources.clone())
                    .unwrap_or_default(),
            };
            row(lang, capability, vec![CellView::ready(text)])
        })
        .collect();
    Grid {
        columns: vec![head],
        rows,
    }
}

/// Each requirement as a configuration decided it: the symbol (or the requirement, when the
/// configuration has none of its alternatives) and how it is set.
fn checked_symbols(lang: Lang, checks: &[SymbolCheck]) -> Vec<(String, Option<String>)> {
    let t = lang.texts();
    checks
        .iter()
        .map(|c| {
            let shown = c
                .symbol
                .clone()
                .unwrap_or_else(|| c.requirement.replace('|', t.or));
            let setting = c
                .setting
                .as_ref()
                .map_or(t.absent_from_config, |s| setting_word(lang, s));
            (shown, Some(setting.to_owned()))
        })
        .collect()
}

fn setting_word(lang: Lang, setting: &Setting) -> &'static str {
    let t = lang.texts();
    match setting {
        Setting::BuiltIn => t.setting_built_in,
        Setting::Module => t.setting_module,
        Setting::NotSet => t.setting_not_set,
        Setting::Value(_) => t.setting_value,
    }
}

fn row(lang: Lang, capability: &Capability, cells: Vec<CellView>) -> Rc<GridRow> {
    let differs = cells
        .windows(2)
        .any(|pair| pair[0].status != pair[1].status);
    Rc::new(GridRow {
        capability: RowHead::of(lang, capability),
        cells,
        differs,
    })
}

/// The words for one verdict; `who` names the release or system.
fn describe(
    lang: Lang,
    verdict: &Verdict<'_>,
    release: Option<&Release>,
    column: &str,
    who: &str,
    capability: &Capability,
) -> VerdictText {
    let t = lang.texts();
    let kernel = verdict.kernel.to_string();
    let flavour = match verdict.basis {
        Basis::Distro(statement) => statement.flavour.as_deref(),
        _ => None,
    };
    VerdictText {
        column: column.to_owned(),
        capability: capability.id.clone(),
        status: verdict.status,
        certainty: verdict.certainty,
        basis_kind: verdict.basis.kind(),
        hint: cell_hint(lang, verdict),
        title: fill(t.title_on, &[lang.capability_name(capability), who]),
        description: lang.capability_description(capability).to_owned(),
        reason: match release {
            Some(release) => reason(lang, verdict, release),
            None => mainline_reason(lang, &verdict.mainline, who, &kernel),
        },
        note: verdict.note().map(str::to_owned),
        basis: basis_label(lang, &verdict.basis).to_owned(),
        mainline: (!matches!(verdict.basis, Basis::Mainline)).then(|| {
            fill(
                t.mainline_alone,
                &[
                    &mainline_reason(lang, &verdict.mainline, who, &kernel),
                    &t.status(verdict.mainline.status()).to_ascii_lowercase(),
                ],
            )
        }),
        kernel: match flavour {
            Some(f) => format!("{kernel}, {f}"),
            None => kernel,
        },
        kconfig: match &verdict.basis {
            // The shipped configuration's settings, as the file writes them.
            Basis::Config { checks, .. } => checked_symbols(lang, checks),
            _ => capability
                .kconfig
                .iter()
                .map(|k| (k.replace('|', t.or), None))
                .collect(),
        },
        sources: {
            let mut sources = verdict.sources().to_vec();
            // Built but restricted by mainline: the restriction's sources too.
            if let (Basis::Config { .. }, Some(stage)) = (&verdict.basis, verdict.mainline.stage())
            {
                if verdict.mainline.status() == Status::Partial {
                    sources.extend(stage.sources.iter().cloned());
                }
            }
            sources
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;
    use crate::matrix::detect::detect;

    fn today() -> Date {
        "2026-11-26".parse().unwrap()
    }

    #[test]
    fn release_grid_has_a_cell_per_release_and_capability() {
        let m = builtin().unwrap();
        let releases = [m.release("rhel-5").unwrap(), m.release("rhel-6").unwrap()];
        let caps: Vec<&Capability> = m.capabilities.iter().collect();
        let grid = release_grid(
            Lang::En,
            &SharedMatrix::new(m.clone()),
            &releases,
            &caps,
            today(),
        );
        assert_eq!(grid.columns.len(), 2);
        assert_eq!(grid.rows.len(), caps.len());
        let dom0 = grid
            .rows
            .iter()
            .find(|r| r.capability.id == "xen-dom0")
            .unwrap();
        assert!(dom0.differs);
        assert_eq!(
            dom0.cells[0].details().unwrap().reason,
            "RHEL 5 ships its own patched kernel (kernel-xen) for this."
        );
        assert_eq!(
            grid.columns[1].lines,
            // Standard support ended 2020-11, its paid ELS 2024-06.
            ["Linux 2.6.32", "end of support 2024-06"]
        );
    }

    #[test]
    fn a_xen_flavour_changes_the_answer() {
        let m = builtin().unwrap();
        let caps: Vec<&Capability> = m.capabilities.iter().collect();
        let status = |kernel: &str| {
            let detection = detect(m, kernel).unwrap();
            let grid = system_grid(Lang::En, &detection, &caps, today());
            let dom0 = grid
                .rows
                .iter()
                .find(|r| r.capability.id == "xen-dom0")
                .unwrap();
            (
                dom0.cells[0].status,
                dom0.cells[0].details().unwrap().reason,
            )
        };
        assert_eq!(status("2.6.18-419.el5xen").0, Status::Yes);
        let (no, why) = status("2.6.18-419.el5");
        assert_eq!(no, Status::No);
        assert!(why.contains("only with its kernel-xen kernel"), "{why}");
        assert_eq!(status("2.6.32-5-xen-amd64").0, Status::Yes);
        assert_eq!(status("2.6.32-5-amd64").0, Status::No);
    }

    #[test]
    fn an_unrecognised_kernel_is_judged_on_mainline_alone() {
        let m = builtin().unwrap();
        let caps: Vec<&Capability> = m.capabilities.iter().collect();
        let detection = detect(m, "6.6.6-arch1-1").unwrap();
        let grid = system_grid(Lang::En, &detection, &caps, today());
        assert_eq!(grid.columns[0].id, "kernel");
        let dom0 = grid
            .rows
            .iter()
            .find(|r| r.capability.id == "xen-dom0")
            .unwrap();
        assert_eq!(dom0.cells[0].status, Status::Yes);
        assert_eq!(dom0.cells[0].details().unwrap().basis, "Mainline kernel");
    }

    #[test]
    fn a_config_names_the_symbols_that_decided() {
        let m = builtin().unwrap();
        let caps: Vec<&Capability> = m.capabilities.iter().collect();
        let config = KernelConfig::parse(
            "# Linux/x86_64 6.1.0 Kernel Configuration\nCONFIG_XEN_DOM0=y\nCONFIG_XEN_NETDEV_BACKEND=m\n# CONFIG_XEN_BLKDEV_BACKEND is not set\n",
        )
        .unwrap();
        let grid = config_grid(Lang::En, &config, &caps);
        let dom0 = grid
            .rows
            .iter()
            .find(|r| r.capability.id == "xen-dom0")
            .unwrap();
        assert_eq!(dom0.cells[0].status, Status::Partial);
        let reason = dom0.cells[0].details().unwrap().reason;
        assert!(
            reason.contains("CONFIG_XEN_BLKDEV_BACKEND=is not set"),
            "{reason}"
        );
    }
}
