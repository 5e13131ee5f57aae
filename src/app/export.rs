//! The current view as CSV, JSON and Markdown, made from its [`ViewModel`], so an export holds
//! exactly the rows and columns on screen, and the data date, so a pasted table still says how
//! old it is and where each verdict comes from. CSV and Markdown headers, verdict words and
//! reasons are in the interface's language; JSON keys stay the same in every language (scripts
//! read them) and the JSON names its language.

use std::rc::Rc;

use super::grid::Grid;
use super::i18n::{fill, Lang};
use super::text::status_icon;
use super::view_model::{Body, ViewModel};
use crate::matrix::glossary::plain;
use crate::matrix::json;
use crate::matrix::{BasisKind, Certainty, Date};

/// A table to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportTable {
    /// The columns' keys in JSON, the same in every language.
    pub keys: Vec<&'static str>,
    /// The columns' headers in CSV and Markdown, in the table's language.
    pub headers: Vec<&'static str>,
    /// One row per verdict (or per distribution in the minimum-release view).
    pub rows: Vec<Vec<String>>,
    /// The verdict tables as shown, for the Markdown grid; empty for the minimum-release view.
    pub grids: Vec<Rc<Grid>>,
    /// The data's date, `YYYY-MM-DD`.
    pub data_as_of: Date,
    pub lang: Lang,
}

const VERDICT_KEYS: [&str; 8] = [
    "release",
    "capability",
    "status",
    "verdict",
    "reason",
    "sources",
    "basis",
    "certainty",
];

const MINIMUM_KEYS: [&str; 4] = [
    "distribution",
    "earliest_release",
    "support",
    "earliest_supported_release",
];

/// The rows of the view the model shows, in its language.
pub fn table(model: &ViewModel) -> ExportTable {
    let lang = model.lang;
    let t = lang.texts();
    let grids: Vec<Rc<Grid>> = model.tables().iter().map(|t| Rc::clone(&t.grid)).collect();
    let (keys, headers, rows) = match &model.body {
        Body::Minimum { rows } => (
            MINIMUM_KEYS.to_vec(),
            vec![
                t.col_distribution,
                t.col_earliest,
                t.col_support,
                t.col_earliest_supported,
            ],
            rows.iter()
                .map(|row| {
                    let name = |r: &Option<(String, String)>| {
                        r.as_ref()
                            .map_or_else(|| t.none.to_owned(), |(_, name)| name.clone())
                    };
                    vec![
                        row.distro.clone(),
                        name(&row.earliest),
                        row.support.clone(),
                        name(&row.earliest_supported),
                    ]
                })
                .collect(),
        ),
        _ => (
            VERDICT_KEYS.to_vec(),
            vec![
                t.col_release,
                t.col_capability,
                t.col_status,
                t.col_verdict,
                t.col_reason,
                t.col_sources,
                t.col_basis,
                t.col_certainty,
            ],
            {
                let mut rows = Vec::new();
                for grid in &grids {
                    verdict_rows(lang, grid, &mut rows);
                }
                rows
            },
        ),
    };
    ExportTable {
        keys,
        headers,
        rows,
        grids: if matches!(model.body, Body::Minimum { .. }) {
            Vec::new()
        } else {
            grids
        },
        data_as_of: model.data_as_of,
        lang,
    }
}

/// A row per cell, capability by capability as on screen.
fn verdict_rows(lang: Lang, grid: &Grid, rows: &mut Vec<Vec<String>>) {
    let t = lang.texts();
    for row in &grid.rows {
        for cell in &row.cells {
            let details = cell.details();
            let sources: Vec<&str> = match &details {
                Some(d) => d.sources.iter().map(|s| s.url.as_str()).collect(),
                None => Vec::new(),
            };
            rows.push(vec![
                cell.column.clone(),
                cell.capability.as_str().to_owned(),
                cell.status.as_str().to_owned(),
                t.status(cell.status).to_owned(),
                details
                    .as_ref()
                    .map(|d| d.reason.clone())
                    .unwrap_or_default(),
                sources.join(" "),
                cell.basis_kind.as_str().to_owned(),
                match cell.certainty {
                    Certainty::Verified => "verified",
                    Certainty::Unverified => "unverified",
                }
                .to_owned(),
            ]);
        }
    }
}

impl ExportTable {
    /// RFC 4180 CSV with a header row, and a `data_as_of` column so the date travels along.
    pub fn to_csv(&self) -> String {
        fn field(text: &str) -> String {
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_owned()
            }
        }
        let mut out = String::new();
        let header: Vec<String> = self.headers.iter().map(|h| field(h)).collect();
        out.push_str(&header.join(","));
        out.push(',');
        out.push_str(&field(self.lang.texts().col_data_as_of));
        out.push_str("\r\n");
        let date = self.data_as_of.to_string();
        for row in &self.rows {
            let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
            out.push_str(&fields.join(","));
            out.push(',');
            out.push_str(&date);
            out.push_str("\r\n");
        }
        out
    }

    /// `{"data_as_of": "...", "lang": "en", "headers": {key: header, ...}, "rows": [{key: value,
    /// ...}, ...]}`, pretty-printed: the keys are the same in every language, `headers` words them.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n  \"data_as_of\": ");
        json::write_string(&mut out, &self.data_as_of.to_string());
        out.push_str(",\n  \"lang\": ");
        json::write_string(&mut out, self.lang.code());
        out.push_str(",\n  \"headers\": {");
        for (j, (key, header)) in self.keys.iter().zip(&self.headers).enumerate() {
            out.push_str(if j == 0 { "\n    " } else { ",\n    " });
            json::write_string(&mut out, key);
            out.push_str(": ");
            json::write_string(&mut out, header);
        }
        out.push_str("\n  },\n  \"rows\": [");
        for (i, row) in self.rows.iter().enumerate() {
            out.push_str(if i == 0 { "\n    {" } else { ",\n    {" });
            for (j, (key, value)) in self.keys.iter().zip(row).enumerate() {
                out.push_str(if j == 0 { "\n      " } else { ",\n      " });
                json::write_string(&mut out, key);
                out.push_str(": ");
                json::write_string(&mut out, value);
            }
            out.push_str("\n    }");
        }
        out.push_str(if self.rows.is_empty() {
            "]\n}"
        } else {
            "\n  ]\n}"
        });
        out
    }

    /// Markdown a documentation writer can paste into a wiki: each verdict table as on screen
    /// (capabilities down, releases across, names rather than ids), unverified verdicts and
    /// notes as footnotes, and the data date under it. The minimum-release view is its rows.
    pub fn to_markdown(&self) -> String {
        let t = self.lang.texts();
        let mut out = String::new();
        if self.grids.is_empty() {
            markdown_table(&mut out, &self.headers, &self.rows);
        }
        let mut notes: Vec<String> = Vec::new();
        let mut predicted = false;
        for grid in &self.grids {
            let mut headers = vec![t.capability.to_owned()];
            headers.extend(grid.columns.iter().map(|c| c.name.clone()));
            let rows: Vec<Vec<String>> = grid
                .rows
                .iter()
                .map(|row| {
                    let mut cells = vec![row.capability.name.clone()];
                    for cell in &row.cells {
                        let mut text =
                            format!("{} {}", status_icon(cell.status), t.status(cell.status));
                        if cell.basis_kind == BasisKind::Mainline {
                            predicted = true;
                            text.push_str(" \u{2248}");
                        }
                        if !cell.hint.is_empty() {
                            text.push_str(&format!(" ({})", cell.hint));
                        }
                        let details = cell.details();
                        let note = details
                            .as_ref()
                            .and_then(|d| d.note.as_deref().map(|n| plain(n).into_owned()));
                        let unverified = cell.certainty == Certainty::Unverified;
                        if unverified || note.is_some() {
                            let title = details
                                .as_ref()
                                .map(|d| d.title.as_str())
                                .unwrap_or_default();
                            let mut footnote = format!("{title}: ");
                            footnote.push_str(&note.unwrap_or_else(|| {
                                details
                                    .as_ref()
                                    .map(|d| d.reason.clone())
                                    .unwrap_or_default()
                            }));
                            if unverified {
                                footnote.push(' ');
                                footnote.push_str(t.unverified_note);
                            }
                            notes.push(footnote);
                            text.push_str(&format!("[^{}]", notes.len()));
                        }
                        cells.push(text);
                    }
                    cells
                })
                .collect();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            markdown_table(&mut out, &headers, &rows);
            out.push('\n');
        }
        if predicted {
            out.push_str(&markdown_cell(t.predicted_note));
            out.push_str("\n\n");
        }
        for (i, note) in notes.iter().enumerate() {
            out.push_str(&format!("[^{}]: {}\n", i + 1, markdown_cell(note)));
        }
        if !notes.is_empty() {
            out.push('\n');
        }
        if self.grids.is_empty() {
            out.push('\n');
        }
        out.push_str(&fill(
            t.export_data_as_of,
            &[&self.lang.date(self.data_as_of)],
        ));
        out.push('\n');
        out
    }
}

/// Escapes what would end a Markdown table cell or start markup.
fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn markdown_table<S: AsRef<str>>(out: &mut String, headers: &[&str], rows: &[Vec<S>]) {
    let headers: Vec<String> = headers.iter().map(|h| markdown_cell(h)).collect();
    out.push_str(&format!("| {} |\n", headers.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| markdown_cell(c.as_ref())).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::custom::SharedMatrix;
    use crate::app::state::State;
    use crate::app::url::QueryParams;
    use crate::matrix::builtin;

    fn export(query: &str) -> ExportTable {
        export_in(query, Lang::En)
    }

    fn export_in(query: &str, lang: Lang) -> ExportTable {
        let matrix = SharedMatrix::new(builtin().unwrap().clone());
        let state = State::from_query(matrix, &QueryParams::parse(query));
        table(&ViewModel::of(&state, day(), lang))
    }

    fn day() -> Date {
        "2026-11-26".parse().unwrap()
    }

    #[test]
    fn matrix_rows_carry_status_reason_and_sources() {
        let t = export("?releases=rhel-6&hypervisors=xen");
        let dom0 = t.rows.iter().find(|r| r[1] == "xen-dom0").unwrap();
        assert_eq!(dom0[0], "rhel-6");
        assert_eq!(dom0[2], "no");
        assert!(dom0[4].contains("RHEL 6 does not offer it"), "{}", dom0[4]);
        assert!(dom0[5].starts_with("https://"));
        assert_eq!(t.data_as_of, builtin().unwrap().data_as_of);
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let t = ExportTable {
            keys: vec!["a", "b"],
            headers: vec!["a", "b"],
            rows: vec![vec!["x, y".into(), "say \"hi\"".into()]],
            grids: Vec::new(),
            data_as_of: day(),
            lang: Lang::En,
        };
        assert_eq!(
            t.to_csv(),
            "a,b,data_as_of\r\n\"x, y\",\"say \"\"hi\"\"\",2026-11-26\r\n"
        );
    }

    #[test]
    fn markdown_escapes_pipes_and_keeps_the_date() {
        let t = ExportTable {
            keys: vec!["a"],
            headers: vec!["a"],
            rows: vec![vec!["x | y\nz".into()]],
            grids: Vec::new(),
            data_as_of: day(),
            lang: Lang::En,
        };
        assert_eq!(
            t.to_markdown(),
            "| a |\n|---|\n| x \\| y z |\n\nData as of 2026-11-26 (pv-matrix).\n"
        );
    }

    /// Issue 13, defect 2: the system view's export ignored the filters, and a pasted kernel
    /// config exported nothing.
    #[test]
    fn the_system_view_exports_what_it_shows() {
        let query = "?kernel=3.0.0&hypervisors=xen&status=no";
        let matrix = SharedMatrix::new(builtin().unwrap().clone());
        let state = State::from_query(matrix, &QueryParams::parse(query));
        let model = ViewModel::of(&state, day(), Lang::En);
        let shown = model.tables()[0].grid.rows.len();
        let t = table(&model);
        assert!(shown > 0 && shown < builtin().unwrap().capabilities.len());
        assert_eq!(t.rows.len(), shown);
        assert!(t
            .rows
            .iter()
            .all(|r| r[2] == "no" && r[1].starts_with("xen-")));
        let t = export(
            "?kernel=CONFIG_XEN%3Dy%0ACONFIG_XEN_DOM0%3Dy%0ACONFIG_XEN_NETDEV_BACKEND%3Dm%0ACONFIG_XEN_BLKDEV_BACKEND%3Dm",
        );
        assert_eq!(t.rows.len(), builtin().unwrap().capabilities.len());
        let dom0 = t.rows.iter().find(|r| r[1] == "xen-dom0").unwrap();
        assert_eq!(dom0[0], "kernel");
        assert!(dom0[4].contains("CONFIG_XEN_DOM0"), "{}", dom0[4]);
    }

    #[test]
    fn markdown_is_the_grid_with_names_and_footnotes() {
        let md = export("?releases=rhel-5,rhel-6&hypervisors=xen").to_markdown();
        let first = md.lines().next().unwrap();
        assert_eq!(first, "| Capability | RHEL 5 | RHEL 6 |");
        assert!(md.contains("| Xen dom0 (host) | "), "{md}");
        assert!(!md.contains("rhel-6"), "{md}");
        // Every footnote mark has its footnote.
        let notes = md.lines().filter(|l| l.starts_with("[^")).count();
        assert!(notes > 0, "{md}");
        assert_eq!(md.matches("[^").count(), 2 * notes, "{md}");
        assert!(md.trim_end().ends_with("(pv-matrix)."), "{md}");
    }

    /// Issue 18: notes link glossary terms (`[[dom0]]`); the exports show the words alone.
    #[test]
    fn exports_show_no_term_markup() {
        for lang in Lang::ALL {
            let table = export_in("?releases=rhel-5,rhel-6,fedora-8&hypervisors=xen", lang);
            let md = table.to_markdown();
            assert!(md.contains("kernel-xen"), "the notes are there: {md}");
            for text in [md, table.to_csv(), table.to_json()] {
                assert!(!text.contains("[["), "{text}");
                assert!(!text.contains("]]"), "{text}");
            }
        }
    }

    #[test]
    fn json_is_valid_and_keyed_by_header() {
        let t = export("?releases=rhel-5&hypervisors=xen");
        let value: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
        assert_eq!(value["data_as_of"], t.data_as_of.to_string());
        assert_eq!(value["rows"][0]["release"], "rhel-5");
    }

    #[test]
    fn the_system_and_minimum_views_export_too() {
        let t = export("?kernel=2.6.32-754.35.1.el6.x86_64");
        assert!(t.rows.iter().all(|r| r[0] == "rhel-6"));
        let t = export("?need=xen-dom0");
        assert_eq!(t.headers[0], "distribution");
        assert_eq!(t.keys[1], "earliest_release");
        assert!(t.rows.iter().any(|r| r[1] == "RHEL 5"));
    }

    /// Issue 14: every verdict says what it rests on, in the exports too; a prediction from
    /// the mainline kernel version is marked, never shown as a fact.
    #[test]
    fn exports_say_what_each_verdict_rests_on() {
        let t = export("?releases=rhel-5,centos-5,ubuntu-11.10");
        let basis = |release: &str, capability: &str| {
            let row = t
                .rows
                .iter()
                .find(|r| r[0] == release && r[1] == capability)
                .unwrap();
            (row[6].clone(), row[7].clone())
        };
        assert_eq!(basis("rhel-5", "xen-dom0").0, "statement");
        assert_eq!(basis("centos-5", "xen-dom0").0, "inherited");
        assert_eq!(basis("rhel-5", "kvm-pv-tlb-flush").0, "mainline");
        assert!(["verified", "unverified"].contains(&basis("rhel-5", "xen-dom0").1.as_str()));
        let value: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
        assert_eq!(value["rows"][0]["basis"], t.rows[0][6].as_str());
        let md = t.to_markdown();
        assert!(md.contains(" \u{2248}"), "{md}");
        assert!(
            md.contains("Predicted: nothing from the distribution covers this"),
            "{md}"
        );
        let config = export("?kernel=CONFIG_XEN%3Dy");
        assert!(config.rows.iter().all(|r| r[6] == "config"));
    }

    #[test]
    fn german_exports_have_german_headers_words_and_dates_but_the_same_json_keys() {
        let t = export_in("?releases=rhel-6&hypervisors=xen", Lang::De);
        let csv = t.to_csv();
        assert!(
            csv.starts_with(
                "Release,Fähigkeit,Status,Bewertung,Begründung,Quellen,Grundlage,Sicherheit,Datenstand\r\n"
            ),
            "{csv}"
        );
        assert!(
            csv.contains("rhel-6,xen-dom0,no,Nein,RHEL 6 bietet das nicht an."),
            "{csv}"
        );
        let markdown = t.to_markdown();
        assert!(markdown.contains("Datenstand "), "{markdown}");
        let value: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
        assert_eq!(value["lang"], "de");
        assert_eq!(value["headers"]["reason"], "Begründung");
        assert_eq!(value["rows"][0]["release"], "rhel-6");
    }
}
