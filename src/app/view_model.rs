//! What each view shows, derived once per state change from the state and the matrix.
//!
//! The components render a [`ViewModel`], the exports write it, the live region reads its
//! summary and an embedding page's `element.verdicts` is made from it: so what is exported is
//! what is shown. Pure: no browser calls, so all of it is tested natively.

use std::rc::Rc;

use super::grid::{config_grid, release_grid, system_grid, Grid};
use super::i18n::{fill, Lang, Texts};
use super::state::{State, View};
use super::text::{self, support_phrase};
use crate::matrix::detect::{detect, Confidence, DetectError, Detection};
use crate::matrix::kconfig::KernelConfig;
use crate::matrix::query::{diff, minimum};
use crate::matrix::{Capability, Date, Matrix, Release, ReleaseId, Status};

/// Everything the current view shows, worded in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewModel {
    pub lang: Lang,
    pub today: Date,
    pub data_as_of: Date,
    pub body: Body,
    /// One sentence for screen readers about what the view shows, announced when it changes.
    pub live_summary: String,
    /// The query string of a link to this view; `None` when a link cannot carry it (a pasted
    /// kernel configuration is too long for a link and may be private).
    pub link_query: Option<String>,
    /// Whether the matrix had its words (notes and sources): the exports wait for them.
    pub words: bool,
}

/// A verdict table and its legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub grid: Rc<Grid>,
    /// The hypervisor groups its rows fall in, in data order: id and name.
    pub groups: Vec<(String, String)>,
    /// The statuses in the table, in legend order.
    pub statuses: Vec<Status>,
    /// Whether any verdict in it is unverified.
    pub uncertain: bool,
    /// Whether any verdict in it is only predicted from the mainline kernel version.
    pub predicted: bool,
}

impl Table {
    fn of(matrix: &Matrix, lang: Lang, grid: Grid) -> Self {
        let (statuses, uncertain, predicted) = grid.marks();
        let groups = matrix
            .hypervisors
            .iter()
            .filter(|h| grid.rows.iter().any(|r| r.capability.hypervisor == h.id))
            .map(|h| (h.id.clone(), lang.hypervisor_name(h).to_owned()))
            .collect();
        Table {
            grid: Rc::new(grid),
            groups,
            statuses,
            uncertain,
            predicted,
        }
    }
}

/// The view-specific part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Matrix {
        table: Table,
    },
    System {
        input: SystemInput,
        table: Option<Table>,
        /// The matrix of the releases the link named too.
        matrix: Option<Table>,
    },
    Compare {
        /// One summary per neighbouring pair; empty with fewer than two releases.
        pairs: Vec<PairSummary>,
        /// `None` with fewer than two releases.
        table: Option<Table>,
    },
    Minimum {
        rows: Vec<MinimumRow>,
    },
}

/// What the system view made of its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SystemInput {
    /// Nothing pasted yet.
    Empty,
    /// A kernel configuration: what it is, e.g. "Kernel configuration of Linux 6.1.0, 4 options".
    Config { summary: String },
    /// A kernel string or os-release.
    Recognised {
        /// The `data-recognised` value: the release id, or `kernel`.
        id: String,
        confidence: Confidence,
        /// What was recognised, e.g. "Recognised RHEL 6, update 6.10."
        what: String,
        /// How sure that is.
        how_sure: String,
        /// The recognised point release's own support, e.g. "Update 8.9 of RHEL 8: end of
        /// support 2024-05".
        maintenance: Option<String>,
        /// What the recognition rests on, a line each.
        evidence: Vec<String>,
    },
    /// Why the input could not be used.
    Error(String),
}

/// What changes from one release to the next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairSummary {
    /// `from-id/to-id`.
    pub id: String,
    /// "Going from RHEL 5 to RHEL 6:" or "RHEL 5 and RHEL 6 agree ...".
    pub lead: String,
    pub same: bool,
    pub gained: Option<String>,
    pub lost: Option<String>,
    pub unclear: Option<String>,
}

/// One distribution's answer in the minimum-release view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinimumRow {
    pub distro_id: String,
    pub distro: String,
    /// The earliest release with every capability: id and name.
    pub earliest: Option<(String, String)>,
    /// Its support on the day, worded.
    pub support: String,
    /// The earliest such release still supported: id and name.
    pub earliest_supported: Option<(String, String)>,
}

impl ViewModel {
    /// The view model of `state` on `today`, in `lang`.
    pub fn of(state: &State, today: Date, lang: Lang) -> Self {
        let matrix = &state.matrix;
        let t = lang.texts();
        let body = match state.view {
            View::Matrix => Body::Matrix {
                table: releases_table(state, &state.selected, today, lang),
            },
            View::System => system(state, today, lang),
            View::Compare => compare(state, today, lang),
            View::Minimum => Body::Minimum {
                rows: minimum_rows(state, today, lang),
            },
        };
        let live_summary = match &body {
            Body::Matrix { table }
            | Body::Compare {
                table: Some(table), ..
            } => fill(
                t.live_matrix,
                &[
                    &table.grid.columns.len().to_string(),
                    &table.grid.rows.len().to_string(),
                ],
            ),
            Body::System {
                input: SystemInput::Recognised { what, .. },
                ..
            } => what.clone(),
            Body::System {
                input: SystemInput::Config { summary },
                ..
            } => summary.clone(),
            _ => String::new(),
        };
        let link_query = (state.view != View::System || !state.kernel_is_config())
            .then(|| state.to_params().to_query());
        ViewModel {
            lang,
            today,
            data_as_of: matrix.data_as_of,
            body,
            live_summary,
            link_query,
            words: matrix.words,
        }
    }

    /// The verdict tables of the view, in the order they are shown.
    pub fn tables(&self) -> Vec<&Table> {
        match &self.body {
            Body::Matrix { table } => vec![table],
            Body::System { table, matrix, .. } => table.iter().chain(matrix).collect(),
            Body::Compare { table, .. } => table.iter().collect(),
            Body::Minimum { .. } => Vec::new(),
        }
    }
}

/// The capabilities the link or the embedding page names (all when none is named), in a
/// chosen hypervisor group (all when none is chosen). The status filter needs the verdicts, so
/// it comes after evaluation: [`keep_statuses`].
fn wanted<'m>(state: &State, matrix: &'m Matrix) -> Vec<&'m Capability> {
    matrix
        .capabilities
        .iter()
        .filter(|c| state.capabilities.is_empty() || state.capabilities.contains(&c.id))
        .filter(|c| state.hypervisors.is_empty() || state.hypervisors.contains(&c.hypervisor))
        .collect()
}

/// Keeps the rows with at least one verdict at a chosen status (all when none is chosen): the
/// same rule for every table, whatever its columns are.
fn keep_statuses(state: &State, mut grid: Grid) -> Grid {
    if !state.statuses.is_empty() {
        grid.rows
            .retain(|row| row.cells.iter().any(|c| state.statuses.contains(&c.status)));
    }
    grid
}

fn releases_table(state: &State, ids: &[ReleaseId], today: Date, lang: Lang) -> Table {
    let matrix = &state.matrix;
    let releases = matrix.releases_named(ids);
    let grid = release_grid(lang, matrix, &releases, &wanted(state, matrix), today);
    Table::of(matrix, lang, keep_statuses(state, grid))
}

fn system(state: &State, today: Date, lang: Lang) -> Body {
    let t = lang.texts();
    let matrix: &Matrix = &state.matrix;
    let capabilities = wanted(state, matrix);
    let text = state.kernel.as_str();
    let (input, grid) = if text.trim().is_empty() {
        (SystemInput::Empty, None)
    } else if let Some(config) = KernelConfig::parse(text) {
        let version = config
            .version
            .as_ref()
            .map_or(t.config_unknown_version.to_owned(), |v| {
                fill(t.config_for_version, &[&v.to_string()])
            });
        let mut summary = fill(t.config_summary, &[&version, &config.len().to_string()]);
        // Kconfig takes the last of two settings of a symbol, with a warning: so does this, and
        // says so.
        if !config.conflicts.is_empty() {
            let symbols: Vec<&str> = config.conflicts.iter().map(|(s, _)| s.as_str()).collect();
            summary.push(' ');
            summary.push_str(&fill(t.config_conflicts, &[&symbols.join(", ")]));
        }
        (
            SystemInput::Config { summary },
            Some(config_grid(lang, &config, &capabilities)),
        )
    } else {
        match detect(matrix, text) {
            Ok(detection) => (
                recognised(lang, &detection, today),
                Some(system_grid(lang, &detection, &capabilities, today)),
            ),
            Err(error) => (SystemInput::Error(error_words(t, &error)), None),
        }
    };
    let with_matrix = state.system_with_matrix && !state.selected.is_empty();
    Body::System {
        input,
        table: grid.map(|grid| Table::of(matrix, lang, keep_statuses(state, grid))),
        matrix: with_matrix.then(|| releases_table(state, &state.selected, today, lang)),
    }
}

fn recognised(lang: Lang, detection: &Detection<'_>, today: Date) -> SystemInput {
    let t = lang.texts();
    let what = match (detection.release, &detection.kernel) {
        (Some(release), _) => {
            let point = detection
                .point_release
                .as_deref()
                .map(|p| fill(t.update, &[p]))
                .unwrap_or_default();
            fill(t.recognised, &[&release.name, &point])
        }
        (None, Some(kernel)) => fill(t.kernel_unrecognised, &[&kernel.to_string()]),
        (None, None) => t.nothing_to_evaluate.to_owned(),
    };
    SystemInput::Recognised {
        id: detection
            .release
            .map_or("kernel".to_owned(), |r| r.id.as_str().to_owned()),
        confidence: detection.confidence,
        what,
        how_sure: fill(t.how_sure, &[confidence_words(t, detection.confidence)]),
        maintenance: detection
            .release
            .zip(detection.point)
            .map(|(release, point)| {
                fill(
                    t.point_support,
                    &[
                        &point.version,
                        &release.name,
                        &support_phrase(lang, release.point_support(point, today)),
                    ],
                )
            }),
        evidence: detection
            .evidence
            .iter()
            .map(|e| text::evidence(lang, e))
            .collect(),
    }
}

fn confidence_words(t: &Texts, confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Certain => t.confidence_certain,
        Confidence::Likely => t.confidence_likely,
        Confidence::Guess => t.confidence_guess,
        Confidence::Unrecognised => t.confidence_unrecognised,
    }
}

/// Why pasted text could not be used, in the interface's language.
fn error_words(t: &Texts, error: &DetectError) -> String {
    match error {
        DetectError::Empty => t.input_empty.to_owned(),
        DetectError::BadKernel(e) => fill(t.bad_kernel, &[e.input(), &t.bad_kernel_kind(e.kind())]),
        DetectError::Unrecognised => t.input_unrecognised.to_owned(),
    }
}

fn compare(state: &State, today: Date, lang: Lang) -> Body {
    let matrix: &Matrix = &state.matrix;
    let releases = matrix.releases_named(&state.compare);
    if releases.len() < 2 {
        return Body::Compare {
            pairs: Vec::new(),
            table: None,
        };
    }
    let mut grid = keep_statuses(
        state,
        release_grid(
            lang,
            &state.matrix,
            &releases,
            &wanted(state, matrix),
            today,
        ),
    );
    // The summaries speak of the rows on screen.
    let ids: Vec<&str> = grid.rows.iter().map(|r| r.capability.id.as_str()).collect();
    let shown = matrix.capabilities_named(&ids);
    let pairs = releases
        .windows(2)
        .map(|pair| pair_summary(lang, pair[0], pair[1], &shown))
        .collect();
    if state.only_differences {
        grid.rows.retain(|row| row.differs);
    }
    Body::Compare {
        pairs,
        table: Some(Table::of(matrix, lang, grid)),
    }
}

fn pair_summary(lang: Lang, from: &Release, to: &Release, shown: &[&Capability]) -> PairSummary {
    let d = diff(from, to, shown);
    let parts = text::compare_summary(lang, from, to, &d);
    PairSummary {
        id: format!("{}/{}", from.id, to.id),
        lead: parts.opening,
        same: d.is_empty(),
        gained: parts.gained,
        lost: parts.lost,
        unclear: parts.unclear,
    }
}

fn minimum_rows(state: &State, today: Date, lang: Lang) -> Vec<MinimumRow> {
    let matrix: &Matrix = &state.matrix;
    if state.need.is_empty() {
        return Vec::new();
    }
    let need = matrix.capabilities_named(&state.need);
    let named = |r: &Release| (r.id.as_str().to_owned(), r.name.clone());
    minimum(matrix, &need, today)
        .into_iter()
        .map(|row| MinimumRow {
            distro_id: row.distro.id.clone(),
            distro: row.distro.name.clone(),
            earliest: row.earliest.map(named),
            support: row
                .earliest
                .map(|r| support_phrase(lang, r.support(today)))
                .unwrap_or_default(),
            earliest_supported: row.earliest_supported.map(named),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::custom::SharedMatrix;
    use crate::app::url::QueryParams;
    use crate::matrix::builtin;

    fn model(query: &str) -> ViewModel {
        let matrix = SharedMatrix::new(builtin().unwrap().clone());
        let state = State::from_query(matrix, &QueryParams::parse(query));
        ViewModel::of(&state, "2026-11-26".parse().unwrap(), Lang::En)
    }

    fn rows(table: &Table) -> Vec<String> {
        table
            .grid
            .rows
            .iter()
            .map(|r| r.capability.id.as_str().to_owned())
            .collect()
    }

    #[test]
    fn filters_by_hypervisor_and_status() {
        let all = model("?releases=rhel-6");
        assert_eq!(
            rows(all.tables()[0]).len(),
            builtin().unwrap().capabilities.len()
        );
        let xen = model("?releases=rhel-6&hypervisors=xen");
        let xen = rows(xen.tables()[0]);
        assert!(xen.iter().all(|id| id.starts_with("xen-")), "{xen:?}");
        let xen_no = model("?releases=rhel-6&hypervisors=xen&status=no");
        let xen_no = rows(xen_no.tables()[0]);
        assert!(xen_no.contains(&"xen-dom0".to_owned()));
        assert!(!xen_no.contains(&"xen-pv-guest".to_owned()));
    }

    /// Issue 13, defect 1: the system view with a status filter showed no capability at all.
    #[test]
    fn the_status_filter_applies_to_the_system_column_too() {
        // A kernel string, and a pasted configuration, filtered by the same rule.
        for query in [
            "?kernel=6.1.0&status=no",
            "?kernel=CONFIG_XEN%3Dy%0A%23+CONFIG_XEN_DOM0+is+not+set&status=no",
        ] {
            let m = model(query);
            let Body::System {
                table: Some(table), ..
            } = &m.body
            else {
                panic!("{query}: no system table: {:?}", m.body);
            };
            assert!(!table.grid.rows.is_empty(), "{query}");
            let statuses: Vec<Status> = table.grid.rows.iter().map(|r| r.cells[0].status).collect();
            assert!(
                statuses.iter().all(|s| *s == Status::No),
                "{query}: {statuses:?}"
            );
        }
    }

    /// Issue 14: a symbol set two ways is reported, not silently resolved.
    #[test]
    fn a_pasted_config_that_sets_a_symbol_twice_says_so() {
        let m = model("?kernel=CONFIG_XEN%3Dy%0A%23+CONFIG_XEN+is+not+set%0ACONFIG_KVM_GUEST%3Dy");
        let Body::System {
            input: SystemInput::Config { summary },
            ..
        } = &m.body
        else {
            panic!("not read as a config: {:?}", m.body);
        };
        assert!(
            summary.contains("sets CONFIG_XEN more than once"),
            "{summary}"
        );
        assert!(!summary.contains("CONFIG_KVM_GUEST"), "{summary}");
    }

    #[test]
    fn a_pasted_config_has_no_link_and_a_kernel_string_has_one() {
        assert_eq!(model("?kernel=CONFIG_XEN%3Dy").link_query, None);
        assert_eq!(
            model("?kernel=6.1.0").link_query.as_deref(),
            Some("?kernel=6.1.0")
        );
    }

    #[test]
    fn compare_needs_two_releases_and_can_show_only_differences() {
        let one = model("?compare=rhel-5");
        assert!(one.tables().is_empty());
        let matrix = SharedMatrix::new(builtin().unwrap().clone());
        let state = State::from_query(matrix, &QueryParams::parse("?compare=rhel-5,rhel-6"));
        let day = "2026-11-26".parse().unwrap();
        let all = ViewModel::of(&state, day, Lang::En);
        let state = State {
            only_differences: true,
            ..state
        };
        let differing = ViewModel::of(&state, day, Lang::En);
        let (all, differing) = (&all.tables()[0].grid, &differing.tables()[0].grid);
        assert!(differing.rows.len() < all.rows.len());
        assert!(differing.rows.iter().all(|r| r.differs));
    }

    #[test]
    fn the_live_summary_counts_what_is_on_screen() {
        let m = model("?releases=rhel-5,rhel-6&hypervisors=xen&status=no");
        let shown = m.tables()[0].grid.rows.len();
        assert_eq!(
            m.live_summary,
            format!("2 releases, {shown} capabilities shown.")
        );
    }
}
