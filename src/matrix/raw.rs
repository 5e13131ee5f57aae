//! The data files as they are written: shapes read from a [`Json`] tree, nothing checked yet
//! beyond the types of the members.
//!
//! `data/SCHEMA.md` describes these fields in prose. Unknown fields are errors so that a typo in
//! a data file cannot silently drop a fact. Every problem names its path in the document, e.g.
//! `releases[3].kernel`, and reading goes on past it, so that one look shows all of them.

use std::fmt;

use super::json::Json;

/// `data/capabilities.json`.
#[derive(Clone, Debug, Default)]
pub struct RawCapabilities {
    pub data_as_of: String,
    pub hypervisors: Vec<RawHypervisor>,
    pub capabilities: Vec<RawCapability>,
}

#[derive(Clone, Debug, Default)]
pub struct RawHypervisor {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Default)]
pub struct RawCapability {
    pub id: String,
    pub name: String,
    pub hypervisor: String,
    pub description: String,
    pub kconfig: Vec<String>,
    pub mainline: Vec<RawStage>,
}

#[derive(Clone, Debug, Default)]
pub struct RawStage {
    pub from: String,
    pub status: String,
    pub note: Option<String>,
    /// A few words for the cell under the verdict when the status alone would mislead,
    /// e.g. `64-bit only`.
    pub hint: Option<String>,
    /// The x86 architectures the stage's code exists on (`i386`, `x86_64`); empty for both.
    pub architectures: Vec<String>,
    pub sources: Vec<String>,
    /// Set when the fact comes from a weaker source or inference; shown as uncertain.
    pub uncertain: bool,
}

/// `data/sources.json`: every cited source once, referred to by id.
#[derive(Clone, Debug, Default)]
pub struct RawSources {
    pub sources: Vec<RawSource>,
}

#[derive(Clone, Debug, Default)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub url: String,
}

/// `data/distros/<distro>.json`.
#[derive(Clone, Debug, Default)]
pub struct RawDistro {
    pub id: String,
    pub name: String,
    pub end_of_support_meaning: String,
    /// The kinds of support after standard support (ELS, LTSS, LTS, ESM), paid or not.
    pub phases: Vec<RawPhase>,
    pub releases: Vec<RawRelease>,
}

#[derive(Clone, Debug, Default)]
pub struct RawPhase {
    pub id: String,
    pub name: String,
    pub meaning: String,
    pub paid: bool,
}

/// A phase of support a release or point release has until a day.
#[derive(Clone, Debug, Default)]
pub struct RawSupport {
    pub phase: String,
    pub until: String,
    pub sources: Vec<String>,
}

/// A point release (update, minor release) of a release, with the kernel builds that are its.
#[derive(Clone, Debug, Default)]
pub struct RawPointRelease {
    pub version: String,
    /// Absent when no source gives the day (some CentOS point releases).
    pub released: Option<String>,
    /// Kernel version-release prefixes: `2.6.32-754` is RHEL 6.10.
    pub kernels: Vec<String>,
    /// When its own updates ended (usually when the next one came).
    pub maintained_until: Option<String>,
    /// Extended phases sold for this point release (RHEL EUS).
    pub support: Vec<RawSupport>,
    pub sources: Vec<String>,
    pub uncertain: bool,
}

#[derive(Clone, Debug, Default)]
pub struct RawRelease {
    pub id: String,
    pub name: String,
    pub version: String,
    pub codename: Option<String>,
    pub aliases: Vec<String>,
    pub released: String,
    pub end_of_support: Option<String>,
    pub kernel: String,
    /// The x86 architectures it ships kernels for (`i386`, `x86_64`).
    pub architectures: Vec<String>,
    pub flavours: Vec<RawFlavour>,
    pub notes: Vec<String>,
    pub sources: Vec<String>,
    /// The id of a release whose statements apply here too, unless overridden.
    pub inherits: Option<String>,
    /// Phases of support after `end_of_support`, in order.
    pub support: Vec<RawSupport>,
    /// Every point release, oldest first.
    pub point_releases: Vec<RawPointRelease>,
    /// The kernel build prefixes of a release without point releases (a SLES service pack).
    pub kernels: Vec<String>,
    /// Where `kernels` come from.
    pub kernel_sources: Vec<String>,
    pub statements: Vec<RawStatement>,
}

#[derive(Clone, Debug, Default)]
pub struct RawFlavour {
    pub name: String,
    pub note: String,
}

#[derive(Clone, Debug, Default)]
pub struct RawStatement {
    pub capability: String,
    pub status: String,
    pub kind: String,
    /// `"5.3"` (exactly from 5.3) or `"<=6.8"` (there by 6.8, first update unknown).
    pub since: Option<String>,
    pub flavour: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<String>,
    /// Set when the fact comes from a weaker source or inference; shown as uncertain.
    pub uncertain: bool,
}

/// `data/kconfigs.json`: what the kernel configurations releases shipped say about the
/// capabilities' symbols, each with where it comes from. Written by `examples/import_kconfig.rs`,
/// which keeps each file's path and checksum in `data/kconfigs-provenance.json` (not compiled
/// in: the widget never shows them).
#[derive(Clone, Debug, Default)]
pub struct RawKconfigs {
    pub configs: Vec<RawShippedConfig>,
}

/// One release's shipped configuration: its provenance, and the capabilities' symbols by how the
/// file sets them. A symbol in none of the three lists is not in the file at all.
#[derive(Clone, Debug, Default)]
pub struct RawShippedConfig {
    pub release: String,
    /// The kernel package the file belongs to: `kernel-core-4.18.0-553.el8_10.x86_64`.
    pub package: String,
    /// The point release that package belongs to, where the distribution has them.
    pub point_release: Option<String>,
    pub arch: String,
    /// The citation: a title, and an `https:` URL of the file or its package.
    pub title: String,
    pub url: String,
    /// From the file's header.
    pub version: String,
    pub note: Option<String>,
    pub built_in: Vec<String>,
    pub module: Vec<String>,
    pub not_set: Vec<String>,
}

/// `data/glossary.json`: the terms the data uses, explained, and the original article's claims
/// set against the kernel history.
#[derive(Clone, Debug, Default)]
pub struct RawGlossary {
    pub terms: Vec<RawTerm>,
    pub claims: Vec<RawClaim>,
}

#[derive(Clone, Debug, Default)]
pub struct RawTerm {
    pub id: String,
    /// The words that name the term in a text: `PVHVM`, `PV on HVM`.
    pub words: Vec<String>,
    pub en: RawTermText,
    pub de: Option<RawTermText>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct RawTermText {
    pub name: String,
    pub definition: String,
    /// How it relates to the other terms.
    pub relation: String,
}

#[derive(Clone, Debug, Default)]
pub struct RawClaim {
    pub id: String,
    pub en: RawClaimText,
    pub de: Option<RawClaimText>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct RawClaimText {
    /// What the article says.
    pub claim: String,
    /// What the kernel history shows.
    pub finding: String,
}

/// Custom data from a host page (`docs/embedding.md`): sources, distributions and releases to
/// add, and statements that add to or override those of a release.
#[derive(Clone, Debug, Default)]
pub struct RawCustom {
    pub sources: Vec<RawSource>,
    /// Capabilities to add, in one of the built-in hypervisor groups.
    pub capabilities: Vec<RawCapability>,
    pub distros: Vec<RawCustomDistro>,
    pub releases: Vec<RawCustomRelease>,
    pub statements: Vec<RawCustomStatement>,
    /// Glossary terms to add.
    pub glossary: Vec<RawTerm>,
}

/// A distribution that is not in the built-in data; its releases come in `releases`.
#[derive(Clone, Debug, Default)]
pub struct RawCustomDistro {
    pub id: String,
    pub name: String,
    pub end_of_support_meaning: String,
}

/// A release as in a distribution file, plus the distribution it belongs to.
#[derive(Clone, Debug, Default)]
pub struct RawCustomRelease {
    pub distro: String,
    pub release: RawRelease,
}

/// A statement as in a release, plus the release it is about.
#[derive(Clone, Debug, Default)]
pub struct RawCustomStatement {
    pub release: String,
    pub statement: RawStatement,
}

/// A problem in the shape of a document: where (e.g. `releases[3].kernel`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeProblem {
    pub path: String,
    pub message: String,
}

/// A shape that can be read from JSON.
pub trait FromJson: Sized {
    /// Reads `value`, found at `path`. Returns `None`, with the problems recorded, when the value
    /// cannot stand for the shape (not the right type, or a required member missing or wrong).
    fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self>;
}

/// Reads a whole document.
///
/// # Errors
///
/// Returns every shape problem found.
pub fn read_document<T: FromJson>(value: &Json) -> Result<T, Vec<ShapeProblem>> {
    let mut problems = Vec::new();
    match T::read(value, &Path::Root, &mut problems) {
        Some(shape) if problems.is_empty() => Ok(shape),
        _ => Err(problems),
    }
}

/// Where a value is in its document. Built on the stack while reading, and written out (as
/// `releases[3].kernel`) only when there is a problem to report.
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    Root,
    Member(&'a Path<'a>, &'a str),
    Item(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Member(Path::Root, name) => f.write_str(name),
            Path::Member(parent, name) => write!(f, "{parent}.{name}"),
            Path::Item(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

fn problem(problems: &mut Vec<ShapeProblem>, path: &Path<'_>, message: String) {
    problems.push(ShapeProblem {
        path: path.to_string(),
        message,
    });
}

fn wrong_type(problems: &mut Vec<ShapeProblem>, path: &Path<'_>, expected: &str, found: &Json) {
    let message = format!("expected {expected}, found {}", found.kind());
    problem(problems, path, message);
}

impl FromJson for String {
    fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self> {
        match value {
            Json::String(text) => Some(text.clone()),
            other => {
                wrong_type(problems, path, "a string", other);
                None
            }
        }
    }
}

impl FromJson for bool {
    fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self> {
        match value {
            Json::Bool(b) => Some(*b),
            other => {
                wrong_type(problems, path, "true or false", other);
                None
            }
        }
    }
}

/// Items that cannot be read are left out (their problems recorded), so that the valid part of
/// a list stays usable.
impl<T: FromJson> FromJson for Vec<T> {
    fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self> {
        match value {
            Json::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| T::read(item, &Path::Item(path, i), problems))
                    .collect(),
            ),
            other => {
                wrong_type(problems, path, "an array", other);
                None
            }
        }
    }
}

/// The members of one JSON object, taken by name while a shape is read; what is left at the end
/// is reported as unknown.
struct Members<'j, 'p> {
    members: &'j [(String, Json)],
    taken: Vec<bool>,
    path: &'j Path<'j>,
    problems: &'p mut Vec<ShapeProblem>,
    /// False once a required member was missing or unreadable.
    complete: bool,
}

impl<'j, 'p> Members<'j, 'p> {
    fn of(
        value: &'j Json,
        path: &'j Path<'j>,
        problems: &'p mut Vec<ShapeProblem>,
    ) -> Option<Self> {
        let Json::Object(members) = value else {
            wrong_type(problems, path, "an object", value);
            return None;
        };
        for (i, (name, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(earlier, _)| earlier == name) {
                let message = format!("\"{name}\" is given twice");
                problem(problems, &Path::Member(path, name), message);
            }
        }
        Some(Members {
            members,
            taken: vec![false; members.len()],
            path,
            problems,
            complete: true,
        })
    }

    fn take(&mut self, name: &str) -> Option<&'j Json> {
        let index = self.members.iter().position(|(n, _)| n == name)?;
        self.taken[index] = true;
        Some(&self.members[index].1)
    }

    /// A member that must be there.
    fn required<T: FromJson + Default>(&mut self, name: &str) -> T {
        let path = Path::Member(self.path, name);
        let value = match self.take(name) {
            Some(value) => T::read(value, &path, self.problems),
            None => {
                problem(self.problems, &path, "missing".to_owned());
                None
            }
        };
        value.unwrap_or_else(|| {
            self.complete = false;
            T::default()
        })
    }

    /// A member that may be left out (or be `null`).
    fn optional<T: FromJson>(&mut self, name: &str) -> Option<T> {
        match self.take(name)? {
            Json::Null => None,
            value => {
                let read = T::read(value, &Path::Member(self.path, name), self.problems);
                self.complete &= read.is_some();
                read
            }
        }
    }

    /// A list or flag that defaults to empty or false.
    fn or_default<T: FromJson + Default>(&mut self, name: &str) -> T {
        self.optional(name).unwrap_or_default()
    }

    /// Reports unknown members; the shape stands only if every required member was read.
    fn finish<T>(self, shape: T) -> Option<T> {
        for ((name, _), taken) in self.members.iter().zip(&self.taken) {
            if !taken {
                let message = format!("unknown field \"{name}\"");
                problem(self.problems, &Path::Member(self.path, name), message);
            }
        }
        self.complete.then_some(shape)
    }
}

/// `impl FromJson` for a struct from its member readers, in the order the fields are declared.
macro_rules! from_json {
    ($shape:ident { $($field:ident: $how:ident),* $(,)? }) => {
        impl FromJson for $shape {
            fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self> {
                let mut members = Members::of(value, path, problems)?;
                let shape = $shape { $($field: members.$how(stringify!($field))),* };
                members.finish(shape)
            }
        }
    };
}

from_json!(RawCapabilities {
    data_as_of: required,
    hypervisors: required,
    capabilities: required
});
from_json!(RawHypervisor {
    id: required,
    name: required
});
from_json!(RawCapability {
    id: required,
    name: required,
    hypervisor: required,
    description: required,
    kconfig: or_default,
    mainline: or_default,
});
from_json!(RawStage {
    from: required,
    status: required,
    note: optional,
    hint: optional,
    architectures: or_default,
    sources: required,
    uncertain: or_default
});
from_json!(RawSources { sources: required });
// The title and address are required by the data lint where the files carry the words
// (`DataFiles::words`): the lean files compiled into the WebAssembly leave them out.
from_json!(RawSource {
    id: required,
    title: or_default,
    url: or_default
});
from_json!(RawDistro {
    id: required,
    name: required,
    end_of_support_meaning: required,
    phases: or_default,
    releases: required
});
from_json!(RawPhase {
    id: required,
    name: required,
    meaning: required,
    paid: or_default
});
from_json!(RawSupport {
    phase: required,
    until: required,
    sources: or_default
});
from_json!(RawPointRelease {
    version: required,
    released: optional,
    kernels: or_default,
    maintained_until: optional,
    support: or_default,
    sources: or_default,
    uncertain: or_default
});
from_json!(RawRelease {
    id: required,
    name: required,
    version: required,
    codename: optional,
    aliases: or_default,
    released: required,
    end_of_support: optional,
    kernel: required,
    architectures: or_default,
    flavours: or_default,
    notes: or_default,
    sources: required,
    inherits: optional,
    support: or_default,
    point_releases: or_default,
    kernels: or_default,
    kernel_sources: or_default,
    statements: or_default,
});
from_json!(RawFlavour {
    name: required,
    note: required
});
from_json!(RawStatement {
    capability: required,
    status: required,
    kind: required,
    since: optional,
    flavour: optional,
    note: optional,
    sources: required,
    uncertain: or_default,
});

from_json!(RawKconfigs { configs: required });
from_json!(RawShippedConfig {
    release: required,
    package: required,
    point_release: optional,
    arch: required,
    title: required,
    url: required,
    version: required,
    note: optional,
    built_in: or_default,
    module: or_default,
    not_set: or_default,
});

from_json!(RawCustom {
    sources: or_default,
    capabilities: or_default,
    distros: or_default,
    releases: or_default,
    statements: or_default,
    glossary: or_default
});
from_json!(RawGlossary {
    terms: required,
    claims: or_default
});
// The texts are required by the data lint where the files carry the words
// (`DataFiles::words`): the lean files compiled into the WebAssembly leave them out.
from_json!(RawTerm {
    id: required,
    words: required,
    en: or_default,
    de: optional,
    sources: required
});
from_json!(RawTermText {
    name: required,
    definition: required,
    relation: required
});
from_json!(RawClaim {
    id: required,
    en: or_default,
    de: optional,
    sources: required
});
from_json!(RawClaimText {
    claim: required,
    finding: required
});
from_json!(RawCustomDistro {
    id: required,
    name: required,
    end_of_support_meaning: required
});

/// Reads the member `name` as a string and the other members as the shape `T`, for an object
/// that is a `T` plus one member naming what it belongs to.
fn read_with<T: FromJson>(
    value: &Json,
    path: &Path<'_>,
    problems: &mut Vec<ShapeProblem>,
    name: &str,
) -> Option<(String, T)> {
    let Json::Object(members) = value else {
        wrong_type(problems, path, "an object", value);
        return None;
    };
    let owner = match members.iter().find(|(n, _)| n == name) {
        Some((_, owner)) => String::read(owner, &Path::Member(path, name), problems),
        None => {
            problem(problems, &Path::Member(path, name), "missing".to_owned());
            None
        }
    };
    let rest = Json::Object(members.iter().filter(|(n, _)| n != name).cloned().collect());
    let shape = T::read(&rest, path, problems);
    Some((owner?, shape?))
}

impl FromJson for RawCustomRelease {
    fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self> {
        let (distro, release) = read_with(value, path, problems, "distro")?;
        Some(RawCustomRelease { distro, release })
    }
}

impl FromJson for RawCustomStatement {
    fn read(value: &Json, path: &Path<'_>, problems: &mut Vec<ShapeProblem>) -> Option<Self> {
        let (release, statement) = read_with(value, path, problems, "release")?;
        Some(RawCustomStatement { release, statement })
    }
}

#[cfg(test)]
mod tests {
    use super::super::json::parse;
    use super::*;

    fn read<T: FromJson>(text: &str) -> Result<T, Vec<ShapeProblem>> {
        read_document(&parse(text).unwrap())
    }

    fn paths(problems: &[ShapeProblem]) -> Vec<String> {
        problems
            .iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    #[test]
    fn reports_every_problem_with_its_path() {
        let text = r#"{"sources": [
            {"id": "a", "title": "A", "url": "https://a"},
            {"id": "b", "title": 2, "url": "https://b", "extra": 1},
            {"title": "C"}
        ]}"#;
        let problems = read::<RawSources>(text).unwrap_err();
        assert_eq!(
            paths(&problems),
            [
                "sources[1].title: expected a string, found a number",
                "sources[1].extra: unknown field \"extra\"",
                // A title and address may be left out here: the lean data leaves them out,
                // and the data lint requires them where the files carry the words.
                "sources[2].id: missing",
            ]
        );
    }

    #[test]
    fn defaults_and_nulls() {
        let stage: RawStage =
            read(r#"{"from": "3.0", "status": "yes", "note": null, "sources": ["s"]}"#).unwrap();
        assert_eq!((stage.note, stage.uncertain), (None, false));
        let problems = read::<RawStage>(r#"{"from": "3.0", "from": "3.1"}"#).unwrap_err();
        assert_eq!(problems[0].path, "from");
        assert!(read::<RawSources>("[]").is_err());
    }
}
