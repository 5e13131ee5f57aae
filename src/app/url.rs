//! The page state in the URL's query string, and back: `?releases=rhel-6,sles-11-sp1`.
//!
//! Pure string handling, so it is tested natively; reading and writing the browser's location
//! happens in [`super::browser`].

use crate::matrix::{Matrix, Release};

/// The releases shown on a first visit: those the original article compared.
pub const DEFAULT_RELEASES: [&str; 12] = [
    "rhel-5",
    "rhel-6",
    "sles-10",
    "sles-11",
    "sles-11-sp1",
    "debian-4.0",
    "debian-5.0",
    "debian-6.0",
    "fedora-12",
    "fedora-13",
    "fedora-16",
    "ubuntu-11.10",
];

/// The most release ids read from one link; more is not a real selection.
const MAX_IDS: usize = 200;

/// The raw parameters of a query string, before they are checked against the data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams {
    /// `releases=`: `None` when absent (show the default), `Some(empty)` when explicitly empty.
    pub releases: Option<Vec<String>>,
}

impl QueryParams {
    /// Reads a query string such as `?releases=rhel-5,debian-squeeze&x=1`. Unknown parameters
    /// are ignored; a repeated `releases` adds to the list.
    pub fn parse(query: &str) -> Self {
        let mut params = QueryParams::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if percent_decode(key) == "releases" {
                let list = params.releases.get_or_insert_with(Vec::new);
                list.extend(
                    percent_decode(value)
                        .split(',')
                        .map(str::trim)
                        .filter(|id| !id.is_empty())
                        .map(str::to_owned),
                );
                list.truncate(MAX_IDS);
            }
        }
        params
    }
}

/// The releases a link selects, and the ids in it that match no release.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedSelection {
    pub releases: Vec<&'static Release>,
    pub unknown: Vec<String>,
}

/// Resolves a link's release ids (or the default when it has none) against the data.
/// Duplicates and aliases of one release collapse into one.
pub fn resolve(matrix: &'static Matrix, params: &QueryParams) -> ResolvedSelection {
    let ids: Vec<String> = match &params.releases {
        Some(ids) => ids.clone(),
        None => DEFAULT_RELEASES.iter().map(|id| (*id).to_owned()).collect(),
    };
    let mut releases: Vec<&'static Release> = Vec::new();
    let mut unknown = Vec::new();
    for id in ids {
        match matrix.release(&id) {
            Some(release) if !releases.iter().any(|r| r.id == release.id) => releases.push(release),
            Some(_) => {}
            None if !unknown.contains(&id) => unknown.push(id),
            None => {}
        }
    }
    ResolvedSelection { releases, unknown }
}

/// The query string for a selection, with canonical ids: `?releases=rhel-5,rhel-6`.
pub fn to_query(releases: &[&Release]) -> String {
    let ids: Vec<&str> = releases.iter().map(|r| r.id.as_str()).collect();
    format!("?releases={}", ids.join(","))
}

/// Decodes `%XX` escapes and `+` as space; invalid escapes stay as they are.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;

    fn ids(selection: &ResolvedSelection) -> Vec<&str> {
        selection.releases.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn parses_release_lists() {
        for (query, expected) in [
            ("", None),
            ("?", None),
            ("?lang=de", None),
            ("?releases=", Some(vec![])),
            (
                "?releases=rhel-6,sles-11-sp1",
                Some(vec!["rhel-6", "sles-11-sp1"]),
            ),
            (
                "releases=rhel-6%2Cdebian-6.0",
                Some(vec!["rhel-6", "debian-6.0"]),
            ),
            ("?releases=a&releases=b", Some(vec!["a", "b"])),
            ("?releases=+a+,,b", Some(vec!["a", "b"])),
            ("?releases=%zz,%", Some(vec!["%zz", "%"])),
            ("?releases=%E2%9C%93", Some(vec!["✓"])),
        ] {
            let expected = expected.map(|v: Vec<&str>| v.into_iter().map(String::from).collect());
            assert_eq!(QueryParams::parse(query).releases, expected, "{query}");
        }
    }

    #[test]
    fn resolves_aliases_and_reports_unknown_ids() {
        let matrix = builtin().unwrap();
        let params = QueryParams::parse("?releases=debian-squeeze,RHEL-6,nope-1,debian-6.0,nope-1");
        let selection = resolve(matrix, &params);
        assert_eq!(ids(&selection), ["debian-6.0", "rhel-6"]);
        assert_eq!(selection.unknown, ["nope-1"]);
    }

    #[test]
    fn no_parameter_means_the_article_releases() {
        let matrix = builtin().unwrap();
        let selection = resolve(matrix, &QueryParams::default());
        assert_eq!(ids(&selection), DEFAULT_RELEASES);
        assert!(selection.unknown.is_empty());
    }

    #[test]
    fn a_selection_round_trips_through_its_query() {
        let matrix = builtin().unwrap();
        let selection = resolve(
            matrix,
            &QueryParams::parse("?releases=ubuntu-oneiric,sles-11-sp1"),
        );
        let query = to_query(&selection.releases);
        assert_eq!(query, "?releases=ubuntu-11.10,sles-11-sp1");
        assert_eq!(resolve(matrix, &QueryParams::parse(&query)), selection);
    }
}
