//! The current view as CSV, JSON and Markdown: a table of strings with its headers, and the
//! data date, so a pasted table still says how old it is and where each verdict comes from.
//! CSV and Markdown headers, verdict words and reasons are in the interface's language; JSON
//! keys stay the same in every language (scripts read them) and the JSON names its language.

use super::filter::shown_capabilities;
use super::i18n::{fill, Lang};
use super::state::{State, View};
use super::text::{mainline_reason, reason, support_phrase};
use crate::matrix::detect::detect;
use crate::matrix::json;
use crate::matrix::query::minimum;
use crate::matrix::{evaluate, evaluate_detected, Date, Release};

/// A table to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportTable {
    /// The columns' keys in JSON, the same in every language.
    pub keys: Vec<&'static str>,
    /// The columns' headers in CSV and Markdown, in the table's language.
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    /// The data's date, `YYYY-MM-DD`.
    pub data_as_of: Date,
    pub lang: Lang,
}

const VERDICT_KEYS: [&str; 6] = [
    "release",
    "capability",
    "status",
    "verdict",
    "reason",
    "sources",
];

const MINIMUM_KEYS: [&str; 4] = [
    "distribution",
    "earliest_release",
    "support",
    "earliest_supported_release",
];

/// The rows of the view the state shows, worded in `lang`.
pub fn table(state: &State, today: Date, lang: Lang) -> ExportTable {
    let t = lang.texts();
    let matrix = state.matrix;
    let mut rows = Vec::new();
    let mut keys = VERDICT_KEYS.to_vec();
    let mut headers = vec![
        t.col_release,
        t.col_capability,
        t.col_status,
        t.col_verdict,
        t.col_reason,
        t.col_sources,
    ];
    let mut verdict_rows = |releases: &[&Release]| {
        for capability in shown_capabilities(state, releases) {
            for release in releases {
                let verdict = evaluate(release, capability);
                let sources: Vec<&str> = verdict.sources().iter().map(|s| s.url.as_str()).collect();
                rows.push(vec![
                    release.id.clone(),
                    capability.id.clone(),
                    verdict.status.as_str().to_owned(),
                    t.status(verdict.status).to_owned(),
                    reason(lang, &verdict, release),
                    sources.join(" "),
                ]);
            }
        }
    };
    match state.view {
        View::Matrix => verdict_rows(&state.selected),
        View::Compare => verdict_rows(&state.compare),
        View::System => {
            if let Ok(detection) = detect(matrix, &state.kernel) {
                let system = detection.release.map_or("kernel", |r| r.id.as_str());
                for capability in &matrix.capabilities {
                    let Some(verdict) = evaluate_detected(&detection, capability) else {
                        continue;
                    };
                    let sources: Vec<&str> =
                        verdict.sources().iter().map(|s| s.url.as_str()).collect();
                    let why = match detection.release {
                        Some(release) => reason(lang, &verdict, release),
                        None => mainline_reason(
                            lang,
                            &verdict.mainline,
                            t.this_kernel,
                            &verdict.kernel.to_string(),
                        ),
                    };
                    rows.push(vec![
                        system.to_owned(),
                        capability.id.clone(),
                        verdict.status.as_str().to_owned(),
                        t.status(verdict.status).to_owned(),
                        why,
                        sources.join(" "),
                    ]);
                }
            }
        }
        View::Minimum => {
            keys = MINIMUM_KEYS.to_vec();
            headers = vec![
                t.col_distribution,
                t.col_earliest,
                t.col_support,
                t.col_earliest_supported,
            ];
            for row in minimum(matrix, &state.need, today) {
                rows.push(vec![
                    row.distro.name.clone(),
                    row.earliest
                        .map(|r| r.name.clone())
                        .unwrap_or_else(|| t.none.into()),
                    row.earliest
                        .map(|r| support_phrase(lang, r.support(today)))
                        .unwrap_or_default(),
                    row.earliest_supported
                        .map(|r| r.name.clone())
                        .unwrap_or_else(|| t.none.into()),
                ]);
            }
        }
    }
    ExportTable {
        keys,
        headers,
        rows,
        data_as_of: matrix.data_as_of,
        lang,
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

    /// A Markdown table a documentation writer can paste, with the data date under it.
    pub fn to_markdown(&self) -> String {
        fn cell(text: &str) -> String {
            text.replace('\\', "\\\\")
                .replace('|', "\\|")
                .replace(['\n', '\r'], " ")
        }
        let mut out = format!("| {} |\n", self.headers.join(" | "));
        out.push_str(&format!("|{}\n", "---|".repeat(self.headers.len())));
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
        out.push_str(&fill(
            self.lang.texts().export_data_as_of,
            &[&self.lang.date(self.data_as_of)],
        ));
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::url::QueryParams;
    use crate::matrix::builtin;

    fn export(query: &str) -> ExportTable {
        export_in(query, Lang::En)
    }

    fn export_in(query: &str, lang: Lang) -> ExportTable {
        let state = State::from_query(builtin().unwrap(), &QueryParams::parse(query));
        table(&state, "2026-11-26".parse().unwrap(), lang)
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
            data_as_of: day(),
            lang: Lang::En,
        };
        assert_eq!(
            t.to_markdown(),
            "| a |\n|---|\n| x \\| y z |\n\nData as of 2026-11-26 (pv-matrix).\n"
        );
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

    #[test]
    fn german_exports_have_german_headers_words_and_dates_but_the_same_json_keys() {
        let t = export_in("?releases=rhel-6&hypervisors=xen", Lang::De);
        let csv = t.to_csv();
        assert!(
            csv.starts_with("Release,Fähigkeit,Status,Bewertung,Begründung,Quellen,Datenstand\r\n"),
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
