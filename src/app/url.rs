//! The page state in the URL's query string, and back.
//!
//! | parameter | view |
//! |---|---|
//! | `releases=rhel-6,sles-11-sp1` | the matrix of those releases (the default without others) |
//! | `kernel=5.15.0-91-generic` | the check of one system (with `releases=`, the matrix too) |
//! | `compare=ubuntu-20.04,ubuntu-22.04` | releases side by side, differences highlighted |
//! | `need=xen-dom0,virtio-scsi` | the earliest release of each distribution with all of them |
//! | `capabilities=xen-pv-guest,xen-dom0`, `hypervisors=xen,kvm`, `status=no,partial` | filters on the capabilities shown |
//! | `lang=de` | the interface language (`en` or `de`; else the browser's) |
//!
//! Pure string handling, so it is tested natively; reading and writing the browser's location
//! happens in [`super::browser`].

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

/// The most ids read from one list; more is not a real selection.
const MAX_IDS: usize = 200;
/// The longest kernel text kept from a link.
const MAX_KERNEL_TEXT: usize = 4096;
/// The longest language tag kept from a link.
const MAX_LANG_TEXT: usize = 35;

/// The raw parameters of a query string, before they are checked against the data. A list is
/// `None` when its parameter is absent and `Some(empty)` when it is present but empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams {
    pub releases: Option<Vec<String>>,
    pub compare: Option<Vec<String>>,
    pub need: Option<Vec<String>>,
    pub kernel: Option<String>,
    pub capabilities: Vec<String>,
    pub hypervisors: Vec<String>,
    pub statuses: Vec<String>,
    /// The interface language as written in the link, e.g. `de`.
    pub lang: Option<String>,
}

impl QueryParams {
    /// Reads a query string such as `?releases=rhel-5,debian-squeeze&x=1`. Unknown parameters
    /// are ignored; a repeated list parameter adds to the list.
    pub fn parse(query: &str) -> Self {
        let mut params = QueryParams::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            let list = || -> Vec<String> {
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            let extend = |target: &mut Option<Vec<String>>| {
                let ids = target.get_or_insert_with(Vec::new);
                ids.extend(list());
                ids.truncate(MAX_IDS);
            };
            match percent_decode(key).as_str() {
                "releases" => extend(&mut params.releases),
                "compare" => extend(&mut params.compare),
                "need" => extend(&mut params.need),
                "kernel" => {
                    let text: String = value.chars().take(MAX_KERNEL_TEXT).collect();
                    params.kernel = Some(text);
                }
                "capabilities" => params.capabilities.extend(list()),
                "hypervisors" => params.hypervisors.extend(list()),
                "status" => params.statuses.extend(list()),
                // ASCII whitespace only, as `Lang::from_tag` and the JavaScript copies of its
                // rule strip it: a link means the same language to all three.
                "lang" => {
                    let tag = value.trim_ascii().chars().take(MAX_LANG_TEXT);
                    params.lang = Some(tag.collect());
                }
                _ => {}
            }
        }
        params.capabilities.truncate(MAX_IDS);
        params.hypervisors.truncate(MAX_IDS);
        params.statuses.truncate(MAX_IDS);
        params
    }

    /// Writes the parameters back as a query string, in a fixed order, ids as given.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        let mut list = |key: &str, ids: &[String]| {
            let encoded: Vec<String> = ids.iter().map(|id| percent_encode(id)).collect();
            parts.push(format!("{key}={}", encoded.join(",")));
        };
        if let Some(ids) = &self.compare {
            list("compare", ids);
        }
        if let Some(ids) = &self.need {
            list("need", ids);
        }
        if let Some(ids) = &self.releases {
            list("releases", ids);
        }
        if !self.capabilities.is_empty() {
            list("capabilities", &self.capabilities);
        }
        if !self.hypervisors.is_empty() {
            list("hypervisors", &self.hypervisors);
        }
        if !self.statuses.is_empty() {
            list("status", &self.statuses);
        }
        if let Some(lang) = &self.lang {
            parts.push(format!("lang={}", percent_encode(lang)));
        }
        if let Some(kernel) = &self.kernel {
            parts.push(format!("kernel={}", percent_encode(kernel)));
        }
        format!("?{}", parts.join("&"))
    }
}

// The codec is the project's own, not the `form_urlencoded` crate (in the tree through gloo):
// with that crate the wasm measured 804 B gzip more (209,333 against 208,529 B, issue 13).

/// Encodes everything but unreserved characters, so any text survives a round trip.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` as space; invalid escapes stay as they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            // Two hex digits exactly: `from_str_radix` alone would also take a sign (`%+5`).
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                let hex = |b: u8| char::from(b).to_digit(16).unwrap_or(0) as u8;
                out.push((hex(bytes[i + 1]) << 4) | hex(bytes[i + 2]));
                i += 2;
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

    #[test]
    fn parses_release_lists() {
        for (query, expected) in [
            ("", None),
            ("?", None),
            ("?lang=de", None),
            ("?lang=de&releases=rhel-6", Some(vec!["rhel-6"])),
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
            // Found by scripts/fuzz (query/207ced91): a sign is no hex digit.
            ("?releases=%+41", Some(vec!["% 41"])),
            ("?releases=%E2%9C%93", Some(vec!["✓"])),
        ] {
            let expected = expected.map(|v: Vec<&str>| v.into_iter().map(String::from).collect());
            assert_eq!(QueryParams::parse(query).releases, expected, "{query}");
        }
    }

    #[test]
    fn parses_every_parameter() {
        let p = QueryParams::parse(
            "?compare=a,b&need=xen-dom0&kernel=5.15.0-91-generic&hypervisors=xen,kvm&status=no",
        );
        assert_eq!(p.compare, Some(vec!["a".into(), "b".into()]));
        assert_eq!(p.need, Some(vec!["xen-dom0".into()]));
        assert_eq!(p.kernel.as_deref(), Some("5.15.0-91-generic"));
        assert_eq!(p.hypervisors, ["xen", "kvm"]);
        assert_eq!(p.statuses, ["no"]);
        assert_eq!(p.releases, None);
        assert_eq!(p.lang, None);
        assert_eq!(QueryParams::parse("?lang=+de+").lang.as_deref(), Some("de"));
        // Only ASCII whitespace is stripped, as by `Lang::from_tag` and its JavaScript copies.
        assert_eq!(
            QueryParams::parse("?lang=%C2%A0de").lang.as_deref(),
            Some("\u{a0}de")
        );
    }

    #[test]
    fn any_parameters_round_trip() {
        let p = QueryParams {
            releases: Some(vec!["rhel-6".into(), "debian-6.0".into()]),
            compare: Some(vec![]),
            need: None,
            kernel: Some("ID=\"sles\"\nVERSION_ID=\"15-SP5\" & 100% + more".into()),
            capabilities: vec!["xen-dom0".into()],
            hypervisors: vec!["xen".into()],
            statuses: vec!["no".into(), "partial".into()],
            lang: Some("de".into()),
        };
        assert_eq!(QueryParams::parse(&p.to_query()), p);
    }
}
