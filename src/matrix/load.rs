//! Turns raw data files into a validated [`Matrix`], collecting every problem at once.
//!
//! The checks here are the data lint: ids unique and well formed, every reference resolves,
//! versions and dates parse and are ordered, every statement has an `https:` source, and a
//! partial verdict always says what is missing.

use std::collections::{HashMap, HashSet};

use super::error::{DataError, DataProblem};
use super::glossary::{self, Claim, ClaimText, Glossary, Term, TermText, TermWords, TextProblem};
use super::json::{self, Quoted};
use super::kconfig::{KernelConfig, Setting};
use super::model::*;
use super::raw::*;
use super::version::KernelVersion;

/// One data file: its path (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct DataFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// The files that make up a matrix.
#[derive(Clone, Debug)]
pub struct DataFiles<'a> {
    pub capabilities: DataFile<'a>,
    pub sources: DataFile<'a>,
    pub distros: Vec<DataFile<'a>>,
    /// The extracts of the kernel configurations releases shipped.
    pub kconfigs: DataFile<'a>,
    /// The glossary of the terms the texts link (`data/glossary.json`); without one, a text
    /// may link no term.
    pub glossary: Option<DataFile<'a>>,
    /// Whether the files carry the sources of point releases, support phases and kernel builds
    /// (the WebAssembly build compiles them in without: the page never shows them).
    pub provenance: bool,
    /// Whether the files carry the words: notes, and the titles and addresses of sources. The
    /// WebAssembly compiles in the data without (`embedded.rs`); the page fetches them when a
    /// reader first needs them.
    pub words: bool,
}

/// Parses and validates the data files.
///
/// # Errors
///
/// Returns every problem found, each naming its file and the path within it.
pub fn load(files: &DataFiles<'_>) -> Result<Matrix, DataError> {
    let mut lint = Lint {
        provenance: files.provenance,
        words: files.words,
        ..Lint::default()
    };
    let raw = RawFiles::parse(&mut lint, files);
    build(lint, raw, true)
}

/// The raw shapes of a set of data files, each distribution with its file's path.
struct RawFiles {
    capabilities: (String, Option<RawCapabilities>),
    sources: (String, Option<RawSources>),
    distros: Vec<(String, RawDistro)>,
    kconfigs: (String, Option<RawKconfigs>),
    glossary: Option<(String, Option<RawGlossary>)>,
}

impl RawFiles {
    fn parse(lint: &mut Lint, files: &DataFiles<'_>) -> Self {
        RawFiles {
            capabilities: (
                files.capabilities.path.to_owned(),
                lint.parse(files.capabilities),
            ),
            sources: (files.sources.path.to_owned(), lint.parse(files.sources)),
            distros: files
                .distros
                .iter()
                .filter_map(|file| lint.parse(*file).map(|raw| (file.path.to_owned(), raw)))
                .collect(),
            kconfigs: (files.kconfigs.path.to_owned(), lint.parse(files.kconfigs)),
            glossary: files
                .glossary
                .map(|file| (file.path.to_owned(), lint.parse(file))),
        }
    }
}

/// Validates raw shapes into a matrix: the one place where references, names, citations and
/// inheritance are resolved. `every_source_cited` holds for the built-in data; custom data may
/// replace the only release that cited a built-in source.
fn build(mut lint: Lint, raw: RawFiles, every_source_cited: bool) -> Result<Matrix, DataError> {
    // The built-in data links every term it mentions; a host's custom data need not. The data
    // lint checks it natively (`cargo test`); the WebAssembly build loads the same files and
    // leaves the check out (`glossary::check`).
    lint.require_links = every_source_cited;
    let (sources_path, raw_sources) = raw.sources;
    let sources = raw_sources
        .map(|raw| lint.sources(&sources_path, raw))
        .unwrap_or_default();
    let mut cited = HashSet::new();
    let mut resolver = SourceResolver {
        known: &sources,
        cited: &mut cited,
    };

    // First, so that the texts below can link its terms.
    let glossary = match raw.glossary {
        Some((path, Some(raw))) => {
            lint.file = path;
            lint.glossary(raw, &mut resolver)
        }
        _ => Glossary::default(),
    };

    let (capabilities_path, raw_capabilities) = raw.capabilities;
    let matrix = raw_capabilities.map(|raw| {
        lint.file = capabilities_path;
        let data_as_of = lint.date("data_as_of", &raw.data_as_of);
        let hypervisors = lint.hypervisors(raw.hypervisors);
        let capabilities = lint.capabilities(raw.capabilities, &hypervisors, &mut resolver);
        (data_as_of, hypervisors, capabilities)
    });
    let capability_ids: HashSet<String> = matrix
        .as_ref()
        .map(|(_, _, caps)| caps.iter().map(|c| c.id.as_str().to_owned()).collect())
        .unwrap_or_default();

    let mut distros = Vec::new();
    let mut distro_files = Vec::new();
    let mut release_names = HashMap::new();
    for (path, raw) in raw.distros {
        lint.file = path.clone();
        distros.push(lint.distro(raw, &capability_ids, &mut resolver, &mut release_names));
        distro_files.push(path);
    }
    lint.unique(
        "distro",
        distros
            .iter()
            .enumerate()
            .map(|(i, d)| (format!("[{i}].id"), d.id.as_str())),
    );
    if let (path, Some(raw)) = raw.kconfigs {
        lint.file = path;
        lint.shipped_configs(raw, &mut distros, matrix.as_ref().map(|(_, _, caps)| caps));
    }
    lint.inherit(&mut distros, &distro_files);

    if every_source_cited {
        lint.file = sources_path;
        for (i, source) in sources.iter().enumerate() {
            if !cited.contains(&source.id) {
                lint.problem(
                    format!("sources[{i}]"),
                    format!(
                        "source {} is never cited; remove it or cite it",
                        Quoted(&source.id)
                    ),
                );
            }
        }
    }

    match (lint.problems.is_empty(), matrix) {
        (true, Some((Some(data_as_of), hypervisors, capabilities))) => {
            let mut matrix = Matrix::new(data_as_of, hypervisors, capabilities, distros);
            matrix.glossary = glossary;
            matrix.words = lint.words;
            Ok(matrix)
        }
        _ => Err(DataError {
            problems: lint.problems,
        }),
    }
}

/// A matrix with a host page's custom data applied, and what was wrong with that data.
#[derive(Debug)]
pub struct Customised {
    pub matrix: Matrix,
    /// Every problem found; the items they are in were left out, the rest applied.
    pub problems: Vec<DataProblem>,
    /// How many releases and statements were added or replaced.
    pub releases: usize,
    pub statements: usize,
}

/// The valid items of a custom document, still raw: merged into the built-in raw shapes so
/// that one [`build`] resolves names, citations and inheritance for both.
#[derive(Default)]
struct Accepted {
    sources: Vec<RawSource>,
    capabilities: Vec<RawCapability>,
    distros: Vec<RawDistro>,
    releases: Vec<RawCustomRelease>,
    statements: Vec<RawCustomStatement>,
    glossary: Vec<RawTerm>,
}

/// Loads the data files with custom data (`RawCustom`, described in docs/embedding.md) merged
/// in. Each custom item is checked by the same rules as the built-in data; an item with a
/// problem is left out and the problem reported with its path, so a host's mistake never costs
/// the built-in data. The valid items are merged into the raw files, which are then loaded once.
///
/// `base` is the matrix `files` load to (the caller has it already: loading it again here
/// would double the work).
///
/// # Errors
///
/// Only when the data files themselves do not load (the built-in data lint prevents that).
pub fn load_custom(
    files: &DataFiles<'_>,
    base: &Matrix,
    file: DataFile<'_>,
) -> Result<Customised, DataError> {
    let (accepted, problems) = check_custom(base, file);
    let releases = accepted.releases.len();
    let statements = accepted.statements.len();

    let mut lint = Lint {
        provenance: files.provenance,
        words: files.words,
        ..Lint::default()
    };
    let mut raw = RawFiles::parse(&mut lint, files);
    merge(&mut raw, accepted, file.path);
    let matrix = build(lint, raw, false)?;
    Ok(Customised {
        matrix,
        problems,
        releases,
        statements,
    })
}

/// Puts accepted custom items into the raw shapes: new sources, capabilities and
/// distributions at the end, a release with a built-in id in place of that release, a
/// statement in place of the release's own for the same capability.
fn merge(raw: &mut RawFiles, accepted: Accepted, label: &str) {
    if let Some(sources) = &mut raw.sources.1 {
        sources.sources.extend(accepted.sources);
    }
    if let Some(capabilities) = &mut raw.capabilities.1 {
        capabilities.capabilities.extend(accepted.capabilities);
    }
    if !accepted.glossary.is_empty() {
        let (_, glossary) = raw
            .glossary
            .get_or_insert_with(|| (label.to_owned(), Some(RawGlossary::default())));
        if let Some(glossary) = glossary {
            glossary.terms.extend(accepted.glossary);
        }
    }
    raw.distros
        .extend(accepted.distros.into_iter().map(|d| (label.to_owned(), d)));
    for custom in accepted.releases {
        let Some((_, distro)) = raw.distros.iter_mut().find(|(_, d)| d.id == custom.distro) else {
            continue;
        };
        match distro
            .releases
            .iter_mut()
            .find(|r| r.id == custom.release.id)
        {
            Some(old) => {
                // The host's release is its own: the built-in one's shipped config may not
                // be what it ships.
                if let Some(configs) = &mut raw.kconfigs.1 {
                    configs.configs.retain(|c| c.release != custom.release.id);
                }
                *old = custom.release;
            }
            None => distro.releases.push(custom.release),
        }
    }
    for custom in accepted.statements {
        let release = raw
            .distros
            .iter_mut()
            .flat_map(|(_, d)| &mut d.releases)
            .find(|r| r.id == custom.release);
        let Some(release) = release else { continue };
        let capability = &custom.statement.capability;
        match release
            .statements
            .iter_mut()
            .find(|s| s.capability == *capability)
        {
            Some(old) => *old = custom.statement,
            None => release.statements.push(custom.statement),
        }
    }
}

/// Checks each item of a custom document against `base` and what was accepted before it.
fn check_custom(base: &Matrix, file: DataFile<'_>) -> (Accepted, Vec<DataProblem>) {
    // A host's document cites everything it says.
    let mut lint = Lint {
        file: file.path.to_owned(),
        problems: Vec::new(),
        provenance: true,
        words: true,
        ..Lint::default()
    };
    let mut accepted = Accepted::default();
    let raw = match json::parse(file.text) {
        Ok(value) => {
            let mut shape_problems = Vec::new();
            let raw = RawCustom::read(&value, &Path::Root, &mut shape_problems);
            for p in shape_problems {
                lint.problem(p.path, p.message);
            }
            raw
        }
        Err(e) => {
            lint.problem("", e.to_string());
            None
        }
    };
    let Some(raw) = raw else {
        return (accepted, lint.problems);
    };

    // Sources: the built-in ones (cited anywhere) and the valid new ones.
    let mut known = base_sources(base);
    let builtin_count = known.len();
    for (i, source) in raw.sources.into_iter().enumerate() {
        let before = lint.problems.len();
        if known.iter().any(|k| k.id == source.id) {
            lint.problem(
                format!("sources[{i}].id"),
                format!("{} is already a source", Quoted(&source.id)),
            );
        }
        let checked = lint.sources_at(&format!("sources[{i}]"), source.clone());
        if lint.problems.len() == before {
            known.push(checked);
            accepted.sources.push(source);
        }
    }
    let mut cited = HashSet::new();
    let mut resolver = SourceResolver {
        known: &known,
        cited: &mut cited,
    };

    // Glossary terms: a new id, words no other term has, its sources, links to terms known
    // by then (the built-in ones, those accepted before it, itself).
    lint.terms = TermWords::all(&base.glossary);
    for (i, term) in raw.glossary.into_iter().enumerate() {
        let at = format!("glossary[{i}]");
        let before = lint.problems.len();
        if lint.terms.iter().any(|t| t.id == term.id) {
            lint.problem(
                format!("{at}.id"),
                format!("{} is already a glossary term", Quoted(&term.id)),
            );
        }
        lint.term_words(&at, &term);
        lint.terms.push(TermWords::of(&term.id, &term.words));
        lint.term(&at, term.clone(), &mut resolver);
        if lint.problems.len() == before {
            accepted.glossary.push(term);
        } else {
            lint.terms.pop();
        }
    }

    let mut capability_ids: HashSet<String> = base
        .capabilities
        .iter()
        .map(|c| c.id.as_str().to_owned())
        .collect();
    for (i, c) in raw.capabilities.into_iter().enumerate() {
        let at = format!("capabilities[{i}]");
        let before = lint.problems.len();
        let fresh = capability_ids.insert(c.id.clone());
        if !fresh {
            lint.problem(
                format!("{at}.id"),
                format!("{} is already a capability", Quoted(&c.id)),
            );
        }
        lint.capability(&at, c.clone(), &base.hypervisors, &mut resolver);
        if lint.problems.len() == before {
            accepted.capabilities.push(c);
        } else if fresh {
            capability_ids.remove(&c.id);
        }
    }

    let mut distro_ids: Vec<String> = base.distros.iter().map(|d| d.id.clone()).collect();
    for (i, d) in raw.distros.into_iter().enumerate() {
        let at = format!("distros[{i}]");
        let before = lint.problems.len();
        lint.id(&format!("{at}.id"), &d.id);
        if distro_ids.contains(&d.id) {
            lint.problem(
                format!("{at}.id"),
                format!(
                    "{} is already a distribution; add releases to it instead",
                    Quoted(&d.id)
                ),
            );
        }
        if d.name.trim().is_empty() {
            lint.problem(format!("{at}.name"), "empty name");
        }
        if lint.problems.len() == before {
            distro_ids.push(d.id.clone());
            accepted.distros.push(RawDistro {
                id: d.id,
                name: d.name,
                end_of_support_meaning: d.end_of_support_meaning,
                phases: Vec::new(),
                releases: Vec::new(),
            });
        }
    }

    // Who answers to each id and alias now; a valid replacement frees its release's names.
    let mut names: HashMap<String, String> = HashMap::new();
    let mut release_ids: HashSet<String> = HashSet::new();
    for release in base.releases() {
        release_ids.insert(release.id.as_str().to_owned());
        for name in
            std::iter::once(release.id.as_str()).chain(release.aliases.iter().map(String::as_str))
        {
            names.insert(name.to_owned(), format!("the built-in {}", release.id));
        }
    }
    let parents = Parents::of(&base.distros);
    for (i, custom) in raw.releases.into_iter().enumerate() {
        let at = format!("releases[{i}]");
        let before = lint.problems.len();
        if !distro_ids.contains(&custom.distro) {
            lint.problem(
                format!("{at}.distro"),
                format!("unknown distribution {}", Quoted(&custom.distro)),
            );
            continue;
        }
        // A release with a built-in id replaces that release, names and all; its names are
        // freed only if the replacement is valid (else the built-in release keeps them).
        let replaced = base
            .releases()
            .find(|r| r.id == custom.release.id && r.distro == custom.distro);
        let before_names = names.clone();
        if let Some(old) = replaced {
            for name in
                std::iter::once(old.id.as_str()).chain(old.aliases.iter().map(String::as_str))
            {
                names.remove(name);
            }
        }
        let phases = base
            .distros
            .iter()
            .find(|d| d.id == custom.distro)
            .map_or(&[][..], |d| d.phases.as_slice());
        let context = ReleaseContext {
            distro: &custom.distro,
            capabilities: &capability_ids,
            phases,
        };
        let checked = lint.release(
            i,
            custom.release.clone(),
            &context,
            &mut resolver,
            &mut names,
        );
        if let Some(mut release) = checked {
            lint.inherit_one(&format!("{at}.inherits"), &mut release, &parents);
        }
        if lint.problems.len() > before {
            names = before_names;
            continue;
        }
        release_ids.insert(custom.release.id.clone());
        accepted.releases.push(custom);
    }

    for (j, custom) in raw.statements.into_iter().enumerate() {
        let path = format!("statements[{j}]");
        let before = lint.problems.len();
        let statement = lint.statement(
            &path,
            custom.statement.clone(),
            &capability_ids,
            &mut resolver,
        );
        // A built-in release's point releases decide which `since` it can have.
        if let Some(release) = base.releases().find(|r| r.id == custom.release.as_str()) {
            lint.since(
                &format!("{path}.since"),
                &statement,
                &release.point_releases,
            );
        }
        if !release_ids.contains(&custom.release) {
            lint.problem(
                format!("{path}.release"),
                format!("unknown release {}", Quoted(&custom.release)),
            );
        }
        if lint.problems.len() == before {
            accepted.statements.push(custom);
        }
    }

    for (i, source) in known.iter().enumerate().skip(builtin_count) {
        if !cited.contains(&source.id) {
            lint.problem(
                format!("sources[{}]", i - builtin_count),
                format!("source {} is never cited", Quoted(&source.id)),
            );
        }
    }
    (accepted, lint.problems)
}

/// Every source the built-in data cites, once.
fn base_sources(matrix: &Matrix) -> Vec<Source> {
    let mut seen = HashSet::new();
    let stages = matrix
        .capabilities
        .iter()
        .flat_map(|c| &c.mainline)
        .flat_map(|s| &s.sources);
    let releases = matrix.releases().flat_map(|r| {
        r.sources
            .iter()
            .chain(r.statements.iter().flat_map(|s| &s.sources))
    });
    let glossary = matrix
        .glossary
        .terms
        .iter()
        .flat_map(|t| &t.sources)
        .chain(matrix.glossary.claims.iter().flat_map(|c| &c.sources));
    stages
        .chain(releases)
        .chain(glossary)
        .filter(|s| seen.insert(s.id.clone()))
        .cloned()
        .collect()
}

/// Resolves source ids and remembers which were cited.
struct SourceResolver<'a> {
    known: &'a [Source],
    cited: &'a mut HashSet<String>,
}

/// Collects problems while converting; `file` is the file being converted.
#[derive(Default)]
struct Lint {
    file: String,
    problems: Vec<DataProblem>,
    /// Whether registry entries must cite their sources (see [`DataFiles::provenance`]).
    provenance: bool,
    /// The glossary's terms, which texts may link.
    terms: Vec<TermWords>,
    /// Whether a text must link a term it mentions at its first mention (the built-in data).
    require_links: bool,
    /// Whether notes and the titles and addresses of sources are there to check (see
    /// [`DataFiles::words`]).
    words: bool,
}

impl Lint {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(DataProblem {
            file: self.file.clone(),
            path: path.into(),
            message: message.into(),
        });
    }

    /// Reads a file into its shape, reporting syntax or shape problems against the file.
    fn parse<T: FromJson>(&mut self, file: DataFile<'_>) -> Option<T> {
        self.file = file.path.to_owned();
        let value = json::parse(file.text)
            .map_err(|e| self.problem("", e.to_string()))
            .ok()?;
        read_document(&value)
            .map_err(|problems| {
                for p in problems {
                    self.problem(p.path, p.message);
                }
            })
            .ok()
    }

    /// Reports ids that occur twice.
    fn unique<'s>(&mut self, what: &str, ids: impl Iterator<Item = (String, &'s str)>) {
        let mut seen = HashMap::new();
        for (path, id) in ids {
            if let Some(first) = seen.insert(id, path.clone()) {
                self.problem(
                    path,
                    format!("duplicate {what} id {} (first at {first})", Quoted(id)),
                );
            }
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && !id.starts_with(['-', '.'])
            && !id.ends_with(['-', '.']);
        if !well_formed {
            self.problem(
                path,
                format!(
                    "{} is not a lower-case id (letters, digits, '-', '.')",
                    Quoted(id)
                ),
            );
        }
    }

    /// Architecture ids, each known and listed once.
    fn architectures(&mut self, path: &str, ids: &[String]) -> Vec<Arch> {
        let mut known = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match id.parse::<Arch>() {
                Ok(arch) if known.contains(&arch) => self.problem(
                    format!("{path}[{i}]"),
                    format!("{} is listed twice", Quoted(id)),
                ),
                Ok(arch) => known.push(arch),
                Err(()) => self.problem(
                    format!("{path}[{i}]"),
                    format!("{} is not an architecture (i386, x86_64)", Quoted(id)),
                ),
            }
        }
        known
    }

    fn date(&mut self, path: &str, text: &str) -> Option<Date> {
        text.parse::<Date>()
            .map_err(|e| self.problem(path, e.to_string()))
            .ok()
    }

    fn version(&mut self, path: &str, text: &str) -> Option<KernelVersion> {
        text.parse()
            .map_err(|e| self.problem(path, format!("{e}")))
            .ok()
    }

    /// A stage's hint sits under a verdict in a narrow cell: a few words, one line.
    fn hint(&mut self, path: &str, hint: &str) {
        if hint.trim().is_empty() || hint.chars().count() > MAX_HINT_CHARS || hint.contains('\n') {
            self.problem(
                path,
                format!(
                    "{} is not a short hint: a few words on one line, at most {MAX_HINT_CHARS} characters (the note says the rest)",
                    Quoted(hint)
                ),
            );
        }
    }

    fn status(&mut self, path: &str, text: &str, note: &Option<String>) -> Status {
        let status = text.parse().unwrap_or_else(|e: ParseStatusError| {
            self.problem(path, e.to_string());
            Status::Unknown
        });
        let unsaid = note.as_deref().is_none_or(|n| n.trim().is_empty());
        if status == Status::Partial && unsaid && self.words {
            self.problem(path, "a partial status needs a note saying what is missing");
        }
        status
    }

    /// Sources of the registry (point releases, support phases, kernel builds): required where
    /// the files carry them.
    fn cite_provenance(
        &mut self,
        path: &str,
        ids: &[String],
        resolver: &mut SourceResolver<'_>,
    ) -> Vec<Source> {
        if ids.is_empty() && !self.provenance {
            return Vec::new();
        }
        self.cite(path, ids, resolver)
    }

    fn cite(
        &mut self,
        path: &str,
        ids: &[String],
        resolver: &mut SourceResolver<'_>,
    ) -> Vec<Source> {
        if ids.is_empty() {
            self.problem(path, "cites no source");
        }
        let mut found = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match resolver.known.iter().find(|s| s.id == *id) {
                Some(source) => {
                    resolver.cited.insert(id.clone());
                    found.push(source.clone());
                }
                None => self.problem(
                    format!("{path}[{i}]"),
                    format!("unknown source {}; add it to the sources", Quoted(id)),
                ),
            }
        }
        found
    }

    fn sources(&mut self, file: &str, raw: RawSources) -> Vec<Source> {
        self.file = file.to_owned();
        self.unique(
            "source",
            raw.sources
                .iter()
                .enumerate()
                .map(|(i, s)| (format!("sources[{i}].id"), s.id.as_str())),
        );
        raw.sources
            .into_iter()
            .enumerate()
            .map(|(i, s)| self.sources_at(&format!("sources[{i}]"), s))
            .collect()
    }

    /// One source, checked: a well-formed id, an `https:` URL and a title (where the files
    /// carry the words).
    fn sources_at(&mut self, at: &str, s: RawSource) -> Source {
        self.id(&format!("{at}.id"), &s.id);
        if !self.words && s.url.is_empty() && s.title.is_empty() {
            return Source {
                id: s.id,
                title: String::new(),
                url: String::new(),
            };
        }
        if !is_https_url(&s.url) {
            self.problem(
                format!("{at}.url"),
                format!("{} is not an https: URL", Quoted(&s.url)),
            );
        }
        if s.title.trim().is_empty() {
            self.problem(format!("{at}.title"), "empty title");
        }
        Source {
            id: s.id,
            title: s.title,
            url: s.url,
        }
    }

    fn hypervisors(&mut self, raw: Vec<RawHypervisor>) -> Vec<Hypervisor> {
        self.unique(
            "hypervisor",
            raw.iter()
                .enumerate()
                .map(|(i, h)| (format!("hypervisors[{i}].id"), h.id.as_str())),
        );
        raw.into_iter()
            .enumerate()
            .map(|(i, h)| {
                self.id(&format!("hypervisors[{i}].id"), &h.id);
                Hypervisor {
                    id: h.id,
                    name: h.name,
                }
            })
            .collect()
    }

    fn capabilities(
        &mut self,
        raw: Vec<RawCapability>,
        hypervisors: &[Hypervisor],
        resolver: &mut SourceResolver<'_>,
    ) -> Vec<Capability> {
        self.unique(
            "capability",
            raw.iter()
                .enumerate()
                .map(|(i, c)| (format!("capabilities[{i}].id"), c.id.as_str())),
        );
        let mut capabilities: Vec<Capability> = raw
            .into_iter()
            .enumerate()
            .map(|(i, c)| self.capability(&format!("capabilities[{i}]"), c, hypervisors, resolver))
            .collect();
        // A switch is exclusive when no alternative of it is in another capability's switch.
        let switch = |c: &Capability| -> Vec<String> {
            c.kconfig
                .first()
                .map(|k| k.split('|').map(|s| s.trim().to_owned()).collect())
                .unwrap_or_default()
        };
        let switches: Vec<Vec<String>> = capabilities.iter().map(switch).collect();
        for (i, capability) in capabilities.iter_mut().enumerate() {
            capability.exclusive_switch = !switches[i].is_empty()
                && switches.iter().enumerate().all(|(j, other)| {
                    j == i || !other.iter().any(|symbol| switches[i].contains(symbol))
                });
        }
        capabilities
    }

    fn capability(
        &mut self,
        at: &str,
        c: RawCapability,
        hypervisors: &[Hypervisor],
        resolver: &mut SourceResolver<'_>,
    ) -> Capability {
        self.id(&format!("{at}.id"), &c.id);
        if !hypervisors.iter().any(|h| h.id == c.hypervisor) {
            self.problem(
                format!("{at}.hypervisor"),
                format!("unknown hypervisor {}", Quoted(&c.hypervisor)),
            );
        }
        if c.description.trim().is_empty() {
            self.problem(format!("{at}.description"), "empty description");
        }
        self.marked(&format!("{at}.description"), &c.description);
        let mut mainline: Vec<Stage> = Vec::new();
        for (j, stage) in c.mainline.into_iter().enumerate() {
            let path = format!("{at}.mainline[{j}]");
            let from = self.version(&format!("{path}.from"), &stage.from);
            let status = self.status(&format!("{path}.status"), &stage.status, &stage.note);
            let sources = self.cite(&format!("{path}.sources"), &stage.sources, resolver);
            if let Some(note) = &stage.note {
                self.marked(&format!("{path}.note"), note);
            }
            if let Some(hint) = &stage.hint {
                self.hint(&format!("{path}.hint"), hint);
            }
            let Some(from) = from else { continue };
            if let Some(previous) = mainline.last() {
                if previous.from >= from {
                    self.problem(
                        format!("{path}.from"),
                        format!(
                            "{from} does not come after the previous stage's {}",
                            previous.from
                        ),
                    );
                }
            }
            let architectures =
                self.architectures(&format!("{path}.architectures"), &stage.architectures);
            if architectures.len() > 1 {
                self.problem(
                    format!("{path}.architectures"),
                    "a stage on every architecture lists none",
                );
            }
            mainline.push(Stage {
                from,
                status,
                note: stage.note,
                hint: stage.hint,
                only_on: architectures
                    .first()
                    .copied()
                    .filter(|_| architectures.len() == 1),
                sources,
                certainty: certainty(stage.uncertain),
            });
        }
        Capability {
            id: c.id.into(),
            name: c.name,
            hypervisor: c.hypervisor,
            description: c.description,
            kconfig: c.kconfig,
            exclusive_switch: false,
            mainline,
        }
    }

    fn distro(
        &mut self,
        raw: RawDistro,
        capabilities: &HashSet<String>,
        resolver: &mut SourceResolver<'_>,
        names: &mut HashMap<String, String>,
    ) -> Distro {
        self.id("id", &raw.id);
        let phases = self.phases(raw.phases);
        let mut releases = Vec::new();
        for (i, r) in raw.releases.into_iter().enumerate() {
            let context = ReleaseContext {
                distro: &raw.id,
                capabilities,
                phases: &phases,
            };
            if let Some(release) = self.release(i, r, &context, resolver, names) {
                releases.push(release);
            }
        }
        // One kernel build names one release or point release of a distribution.
        let mut builds: HashMap<&str, String> = HashMap::new();
        for (i, release) in releases.iter().enumerate() {
            let own = release.kernels.iter().map(|k| (k, release.id.to_string()));
            let points = release.point_releases.iter().flat_map(|p| {
                p.kernels
                    .iter()
                    .map(move |k| (k, format!("{} {}", release.id, p.version)))
            });
            for (kernel, owner) in own.chain(points) {
                if let Some(first) = builds.insert(kernel, owner.clone()) {
                    if first != owner {
                        self.problem(
                            format!("releases[{i}]"),
                            format!(
                                "kernel build {} is claimed by {first} and by {owner}",
                                Quoted(kernel)
                            ),
                        );
                    }
                }
            }
        }
        Distro {
            id: raw.id,
            name: raw.name,
            end_of_support_meaning: raw.end_of_support_meaning,
            phases,
            releases,
        }
    }

    /// The distribution's kinds of extended support: ids well formed and unique, words given.
    fn phases(&mut self, raw: Vec<RawPhase>) -> Vec<Phase> {
        self.unique(
            "phase",
            raw.iter()
                .enumerate()
                .map(|(i, p)| (format!("phases[{i}].id"), p.id.as_str())),
        );
        raw.into_iter()
            .enumerate()
            .map(|(i, p)| {
                self.id(&format!("phases[{i}].id"), &p.id);
                for (field, text) in [("name", &p.name), ("meaning", &p.meaning)] {
                    if text.trim().is_empty() {
                        self.problem(format!("phases[{i}].{field}"), format!("empty {field}"));
                    }
                }
                Phase {
                    id: p.id,
                    name: p.name,
                    meaning: p.meaning,
                    paid: p.paid,
                }
            })
            .collect()
    }

    /// Phases of support after `after`, each later than the one before.
    fn support(
        &mut self,
        path: &str,
        raw: Vec<RawSupport>,
        after: Option<Date>,
        phases: &[Phase],
        resolver: &mut SourceResolver<'_>,
    ) -> Vec<SupportPhase> {
        let mut support: Vec<SupportPhase> = Vec::new();
        for (j, s) in raw.into_iter().enumerate() {
            let at = format!("{path}[{j}]");
            let until = self.date(&format!("{at}.until"), &s.until);
            let sources = self.cite_provenance(&format!("{at}.sources"), &s.sources, resolver);
            let Some(phase) = phases.iter().find(|p| p.id == s.phase) else {
                self.problem(
                    format!("{at}.phase"),
                    format!(
                        "unknown phase {}; the distribution's phases list it",
                        Quoted(&s.phase)
                    ),
                );
                continue;
            };
            let Some(until) = until else { continue };
            let previous = support.last().map(|p| p.until).or(after);
            if previous.is_some_and(|p| until <= p) {
                self.problem(
                    format!("{at}.until"),
                    format!("{until} is not after the support before it"),
                );
            }
            support.push(SupportPhase {
                phase: phase.clone(),
                until,
                sources,
            });
        }
        support
    }

    /// Kernel build prefixes: a version, a dash and a build number (`2.6.32-754`).
    fn kernels(&mut self, path: &str, kernels: &[String]) {
        for (j, kernel) in kernels.iter().enumerate() {
            let well_formed = kernel.split_once('-').is_some_and(|(version, build)| {
                version.parse::<KernelVersion>().is_ok()
                    && build.bytes().any(|b| b.is_ascii_digit())
                    && build
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
            if !well_formed {
                self.problem(
                    format!("{path}[{j}]"),
                    format!(
                        "{} is not a kernel build prefix such as \"2.6.32-754\"",
                        Quoted(kernel)
                    ),
                );
            }
        }
    }

    /// Point releases, oldest first, each version once.
    fn point_releases(
        &mut self,
        at: &str,
        raw: Vec<RawPointRelease>,
        phases: &[Phase],
        resolver: &mut SourceResolver<'_>,
    ) -> Vec<PointRelease> {
        let mut points: Vec<PointRelease> = Vec::new();
        for (j, p) in raw.into_iter().enumerate() {
            let path = format!("{at}.point_releases[{j}]");
            if point_release(&p.version).is_none_or(|s| !matches!(s, Since::Exact(_))) {
                self.problem(
                    format!("{path}.version"),
                    format!(
                        "{} is not a point release such as \"5.3\"",
                        Quoted(&p.version)
                    ),
                );
            }
            if points.iter().any(|q| q.version == p.version) {
                self.problem(
                    format!("{path}.version"),
                    format!("{} is listed twice", Quoted(&p.version)),
                );
            }
            let released = p
                .released
                .as_deref()
                .and_then(|d| self.date(&format!("{path}.released"), d));
            let previous = points.iter().rev().find_map(|q| q.released);
            if let (Some(day), Some(previous)) = (released, previous) {
                if day < previous {
                    self.problem(
                        format!("{path}.released"),
                        format!("{day} is before the previous point release's {previous}"),
                    );
                }
            }
            self.kernels(&format!("{path}.kernels"), &p.kernels);
            let maintained_until = p
                .maintained_until
                .as_deref()
                .and_then(|d| self.date(&format!("{path}.maintained_until"), d));
            let support = self.support(
                &format!("{path}.support"),
                p.support,
                maintained_until,
                phases,
                resolver,
            );
            let sources = self.cite_provenance(&format!("{path}.sources"), &p.sources, resolver);
            points.push(PointRelease {
                version: p.version,
                released,
                kernels: p.kernels,
                maintained_until,
                support,
                sources,
                certainty: certainty(p.uncertain),
            });
        }
        points
    }

    fn release(
        &mut self,
        i: usize,
        r: RawRelease,
        context: &ReleaseContext<'_>,
        resolver: &mut SourceResolver<'_>,
        names: &mut HashMap<String, String>,
    ) -> Option<Release> {
        let (distro, capabilities) = (context.distro, context.capabilities);
        let at = format!("releases[{i}]");
        self.id(&format!("{at}.id"), &r.id);
        if !r.id.starts_with(&format!("{distro}-")) {
            self.problem(
                format!("{at}.id"),
                format!(
                    "{} does not start with the distribution id \"{distro}-\"",
                    Quoted(&r.id)
                ),
            );
        }
        let mut aliases = r.aliases.clone();
        // The codename's first word is an alias when it can be an id ("Schrödinger's" cannot).
        if let Some(word) = r
            .codename
            .as_deref()
            .and_then(|c| c.split_whitespace().next())
            .filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            aliases.push(format!("{distro}-{}", word.to_ascii_lowercase()));
        }
        for (j, name) in std::iter::once(&r.id).chain(&aliases).enumerate() {
            let path = if j == 0 {
                format!("{at}.id")
            } else {
                format!("{at}.aliases")
            };
            self.id(&path, name);
            if let Some(owner) = names.insert(name.clone(), format!("{}: {at}", self.file)) {
                self.problem(path, format!("{} is already used by {owner}", Quoted(name)));
            }
        }
        let released = self.date(&format!("{at}.released"), &r.released);
        let end_of_support = r
            .end_of_support
            .as_deref()
            .and_then(|d| self.date(&format!("{at}.end_of_support"), d));
        if let (Some(start), Some(end)) = (released, end_of_support) {
            if end <= start {
                self.problem(
                    format!("{at}.end_of_support"),
                    format!("{end} is not after the release date {start}"),
                );
            }
        }
        let kernel = self.version(&format!("{at}.kernel"), &r.kernel);
        let architectures = self.architectures(&format!("{at}.architectures"), &r.architectures);
        let sources = self.cite(&format!("{at}.sources"), &r.sources, resolver);
        let support = self.support(
            &format!("{at}.support"),
            r.support,
            end_of_support,
            context.phases,
            resolver,
        );
        let point_releases = self.point_releases(&at, r.point_releases, context.phases, resolver);
        self.kernels(&format!("{at}.kernels"), &r.kernels);
        if !r.kernels.is_empty() {
            self.cite_provenance(&format!("{at}.kernel_sources"), &r.kernel_sources, resolver);
        }
        let mut statements: Vec<Statement> = Vec::new();
        for (j, s) in r.statements.into_iter().enumerate() {
            let path = format!("{at}.statements[{j}]");
            if statements.iter().any(|t| t.capability == s.capability) {
                self.problem(
                    format!("{path}.capability"),
                    format!("a second statement for {}", Quoted(&s.capability)),
                );
            }
            let statement = self.statement(&path, s, capabilities, resolver);
            self.since(&format!("{path}.since"), &statement, &point_releases);
            statements.push(statement);
        }
        Some(Release {
            id: r.id.into(),
            distro: distro.to_owned(),
            name: r.name,
            version: r.version,
            codename: r.codename,
            aliases,
            released: released?,
            end_of_support,
            kernel: kernel?,
            architectures,
            flavours: r
                .flavours
                .into_iter()
                .map(|f| Flavour {
                    name: f.name,
                    note: f.note,
                })
                .collect(),
            notes: r.notes,
            sources,
            inherits: r.inherits.map(Into::into),
            support,
            point_releases,
            kernels: r.kernels,
            statements,
            config: None,
        })
    }

    /// A statement's `since` names one of the release's point releases, and not its first
    /// (a statement that holds from the first point release holds from the release).
    fn since(&mut self, path: &str, statement: &Statement, points: &[PointRelease]) {
        let Some(since) = &statement.since else {
            return;
        };
        let (Since::Exact(version) | Since::AtMost(version)) = since;
        // A `since` that is no point release at all was reported when it was read.
        if point_release(version).is_none() {
            return;
        }
        if points.is_empty() {
            self.problem(
                path,
                format!(
                    "{} names a point release, but the release lists none in point_releases",
                    Quoted(version)
                ),
            );
        } else if !points.iter().any(|p| &p.version == version) {
            let known: Vec<&str> = points.iter().map(|p| p.version.as_str()).collect();
            self.problem(
                path,
                format!(
                    "{} is not one of the release's point releases ({})",
                    Quoted(version),
                    known.join(", ")
                ),
            );
        } else if matches!(since, Since::Exact(_)) && points[0].version == *version {
            self.problem(
                path,
                format!(
                    "{} is the release's first point release: leave `since` out",
                    Quoted(version)
                ),
            );
        }
    }

    /// Attaches each shipped configuration to its release: the release must exist and have
    /// one at most, the symbols must be ones a capability names and be listed once, the
    /// version must parse and be of the release's kernel series, and the source must be
    /// `https:`.
    fn shipped_configs(
        &mut self,
        raw: RawKconfigs,
        distros: &mut [Distro],
        capabilities: Option<&Vec<Capability>>,
    ) {
        let known: HashSet<&str> = capabilities
            .into_iter()
            .flatten()
            .flat_map(|c| &c.kconfig)
            .flat_map(|k| k.split('|').map(str::trim))
            .collect();
        for (i, c) in raw.configs.into_iter().enumerate() {
            let at = format!("configs[{i}]");
            let Some(release) = distros
                .iter_mut()
                .flat_map(|d| &mut d.releases)
                .find(|r| r.id == c.release.as_str())
            else {
                self.problem(
                    format!("{at}.release"),
                    format!("unknown release {}", Quoted(&c.release)),
                );
                continue;
            };
            if release.config.is_some() {
                self.problem(
                    format!("{at}.release"),
                    format!("a second configuration for {}", Quoted(&c.release)),
                );
            }
            let version = self.version(&format!("{at}.version"), &c.version);
            if let Some(v) = &version {
                if !v.same_series(&release.kernel) {
                    self.problem(
                        format!("{at}.version"),
                        format!(
                            "{v} is not of the release's kernel series {}; a later or \
                             hardware-enablement kernel's configuration says nothing about \
                             the release's own",
                            release.kernel
                        ),
                    );
                }
            }
            if !is_https_url(&c.url) {
                self.problem(format!("{at}.url"), "must be an https: URL");
            }
            let mut settings = Vec::new();
            let mut seen = HashSet::new();
            for (list, setting, symbols) in [
                ("built_in", Setting::BuiltIn, &c.built_in),
                ("module", Setting::Module, &c.module),
                ("not_set", Setting::NotSet, &c.not_set),
            ] {
                for (j, symbol) in symbols.iter().enumerate() {
                    let path = format!("{at}.{list}[{j}]");
                    if !known.contains(symbol.as_str()) {
                        self.problem(
                            &path,
                            format!("{} is not a symbol any capability names", Quoted(symbol)),
                        );
                    } else if !seen.insert(symbol.as_str()) {
                        self.problem(&path, format!("{} is listed twice", Quoted(symbol)));
                    }
                    settings.push((symbol.clone(), setting.clone()));
                }
            }
            release.config = Some(Box::new(ShippedConfig {
                package: c.package,
                point_release: c.point_release,
                arch: c.arch,
                config: KernelConfig::from_settings(settings, version, true),
                source: Source {
                    id: format!("kconfig-{}", c.release),
                    title: c.title,
                    url: c.url,
                },
                note: c.note,
                inherited_from: None,
            }));
        }
    }

    fn statement(
        &mut self,
        path: &str,
        s: RawStatement,
        capabilities: &HashSet<String>,
        resolver: &mut SourceResolver<'_>,
    ) -> Statement {
        if !capabilities.contains(&s.capability) {
            self.problem(
                format!("{path}.capability"),
                format!("unknown capability {}", Quoted(&s.capability)),
            );
        }
        let status = self.status(&format!("{path}.status"), &s.status, &s.note);
        let kind = statement_kind(&s.kind).unwrap_or_else(|| {
            self.problem(
                format!("{path}.kind"),
                format!(
                    "{} is not a kind (vendor-kernel, backport, config-enabled, config-disabled, distro-policy)",
                    Quoted(&s.kind)
                ),
            );
            StatementKind::DistroPolicy
        });
        let since = s.since.as_deref().map(|text| {
            let point = point_release(text);
            if point.is_none() {
                self.problem(
                    format!("{path}.since"),
                    format!(
                        "{} is not a point release such as \"5.3\" or \"<=6.8\"",
                        Quoted(text)
                    ),
                );
            }
            point.unwrap_or_else(|| Since::Exact(text.to_owned()))
        });
        let sources = self.cite(&format!("{path}.sources"), &s.sources, resolver);
        if let Some(note) = &s.note {
            self.marked(&format!("{path}.note"), note);
        }
        Statement {
            capability: s.capability.into(),
            status,
            kind,
            since,
            flavour: s.flavour,
            note: s.note,
            sources,
            certainty: certainty(s.uncertain),
            inherited_from: None,
        }
    }

    /// Copies each parent's statements into the releases that inherit from it, except where
    /// the release has its own. Parents must exist and must not inherit themselves, so the
    /// result never depends on the order of files.
    fn inherit(&mut self, distros: &mut [Distro], files: &[String]) {
        let parents = Parents::of(distros);
        for (distro, file) in distros.iter_mut().zip(files) {
            self.file.clone_from(file);
            for (i, release) in distro.releases.iter_mut().enumerate() {
                self.inherit_one(&format!("releases[{i}].inherits"), release, &parents);
            }
        }
    }

    fn inherit_one(&mut self, path: &str, release: &mut Release, parents: &Parents) {
        let Some(parent_id) = release.inherits.clone() else {
            return;
        };
        match parents.0.get(parent_id.as_str()) {
            None => self.problem(path, format!("unknown release {}", Quoted(&parent_id))),
            Some(_) if parent_id == release.id => {
                self.problem(path, "a release cannot inherit from itself")
            }
            Some((_, Some(grandparent), _, _)) => self.problem(
                path,
                format!(
                    "{} inherits from {} itself; inherit from the original",
                    Quoted(&parent_id),
                    Quoted(grandparent)
                ),
            ),
            Some((name, None, statements, config)) => {
                if release.config.is_none() {
                    release.config = config.clone().map(|config| {
                        Box::new(ShippedConfig {
                            inherited_from: Some(Inherited {
                                release: parent_id.clone(),
                                name: name.clone(),
                            }),
                            ..*config
                        })
                    });
                }
                for statement in statements {
                    if release.statement(&statement.capability).is_none() {
                        release.statements.push(Statement {
                            inherited_from: Some(Inherited {
                                release: parent_id.clone(),
                                name: name.clone(),
                            }),
                            ..statement.clone()
                        });
                    }
                }
            }
        }
    }
}

/// The glossary's checks: its terms and claims, and the term links of every text.
impl Lint {
    /// A text that may link glossary terms: each link names a term, and in the built-in data
    /// a term the text mentions is linked at its first mention.
    fn marked(&mut self, path: &str, text: &str) {
        for problem in glossary::check(text, &self.terms, self.require_links) {
            let message = match problem {
                TextProblem::Unclosed => {
                    "\"[[\" without \"]]\": a term link is [[term]] or [[term|words]]".to_owned()
                }
                TextProblem::Empty => "an empty term link".to_owned(),
                TextProblem::UnknownTerm(target) => format!(
                    "a term link to {}, which is no glossary term; add it to the glossary or \
                     link a term it has",
                    Quoted(&target)
                ),
                TextProblem::Unlinked { word, term } => {
                    let link = if word.eq_ignore_ascii_case(&term) {
                        format!("[[{word}]]")
                    } else {
                        format!("[[{term}|{word}]]")
                    };
                    format!(
                        "{} is the glossary term {}: link its first mention, {link}",
                        Quoted(&word),
                        Quoted(&term)
                    )
                }
            };
            self.problem(path, message);
        }
    }

    /// The glossary: ids unique, each word naming one term, then each term and claim.
    fn glossary(&mut self, raw: RawGlossary, resolver: &mut SourceResolver<'_>) -> Glossary {
        self.unique(
            "term",
            raw.terms
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("terms[{i}].id"), t.id.as_str())),
        );
        self.terms.clear();
        for (i, term) in raw.terms.iter().enumerate() {
            self.term_words(&format!("terms[{i}]"), term);
            self.terms.push(TermWords::of(&term.id, &term.words));
        }
        let terms = raw
            .terms
            .into_iter()
            .enumerate()
            .map(|(i, t)| self.term(&format!("terms[{i}]"), t, resolver))
            .collect();
        self.unique(
            "claim",
            raw.claims
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("claims[{i}].id"), c.id.as_str())),
        );
        let claims = raw
            .claims
            .into_iter()
            .enumerate()
            .map(|(i, c)| self.claim(&format!("claims[{i}]"), c, resolver))
            .collect();
        Glossary { terms, claims }
    }

    /// A term's words: at least one, none empty, none naming another term already.
    fn term_words(&mut self, at: &str, term: &RawTerm) {
        if term.words.is_empty() {
            self.problem(
                format!("{at}.words"),
                "no words: list how texts name the term",
            );
        }
        for (j, word) in term.words.iter().enumerate() {
            let lower = word.to_ascii_lowercase();
            let owner = self
                .terms
                .iter()
                .find(|t| t.words.contains(&lower))
                .map(|t| t.id.clone());
            if word.trim().is_empty() || word.contains("[[") {
                self.problem(format!("{at}.words[{j}]"), "not a word");
            } else if let Some(owner) = owner {
                self.problem(
                    format!("{at}.words[{j}]"),
                    format!("{} already names the term {}", Quoted(word), Quoted(&owner)),
                );
            }
        }
    }

    /// One term: a well-formed id, its words in English (German optional; both left out of the
    /// lean files, see [`DataFiles::words`]), links to known terms, and at least one source.
    fn term(&mut self, at: &str, t: RawTerm, resolver: &mut SourceResolver<'_>) -> Term {
        self.id(&format!("{at}.id"), &t.id);
        let texts = |lint: &mut Lint, lang: &str, text: RawTermText| {
            lint.glossary_texts(
                &format!("{at}.{lang}"),
                &[
                    ("name", &text.name),
                    ("definition", &text.definition),
                    ("relation", &text.relation),
                ],
            );
            TermText {
                name: text.name,
                definition: text.definition,
                relation: text.relation,
            }
        };
        let en = texts(self, "en", t.en);
        let de = t.de.map(|de| texts(self, "de", de));
        Term {
            sources: self.cite(&format!("{at}.sources"), &t.sources, resolver),
            id: t.id,
            words: t.words,
            en,
            de,
        }
    }

    fn claim(&mut self, at: &str, c: RawClaim, resolver: &mut SourceResolver<'_>) -> Claim {
        self.id(&format!("{at}.id"), &c.id);
        let texts = |lint: &mut Lint, lang: &str, text: RawClaimText| {
            lint.glossary_texts(
                &format!("{at}.{lang}"),
                &[("claim", &text.claim), ("finding", &text.finding)],
            );
            ClaimText {
                claim: text.claim,
                finding: text.finding,
            }
        };
        let en = texts(self, "en", c.en);
        let de = c.de.map(|de| texts(self, "de", de));
        Claim {
            sources: self.cite(&format!("{at}.sources"), &c.sources, resolver),
            id: c.id,
            en,
            de,
        }
    }

    /// A term's or claim's texts in one language, at `{at}.{field}`: none empty where the data
    /// has its words, and their links checked.
    fn glossary_texts(&mut self, at: &str, fields: &[(&str, &String)]) {
        for &(field, value) in fields {
            let path = format!("{at}.{field}");
            if value.trim().is_empty() && self.words {
                self.problem(&path, format!("empty {field}"));
            }
            self.glossary_text(&path, value);
        }
    }

    /// The glossary's own texts link other terms freely: only the links are checked (a term's
    /// definition names the term itself).
    fn glossary_text(&mut self, path: &str, text: &str) {
        let required = std::mem::replace(&mut self.require_links, false);
        self.marked(path, text);
        self.require_links = required;
    }
}

/// What a release is read within: its distribution, the capabilities and the support phases.
struct ReleaseContext<'a> {
    distro: &'a str,
    capabilities: &'a HashSet<String>,
    phases: &'a [Phase],
}

/// Every release by id: its name, what it inherits from, its own statements and configuration.
type Parent = (
    String,
    Option<ReleaseId>,
    Vec<Statement>,
    Option<Box<ShippedConfig>>,
);
struct Parents(HashMap<String, Parent>);

impl Parents {
    fn of(distros: &[Distro]) -> Self {
        let own = |r: &Release| -> Vec<Statement> {
            r.statements
                .iter()
                .filter(|s| s.inherited_from.is_none())
                .cloned()
                .collect()
        };
        Parents(
            distros
                .iter()
                .flat_map(|d| &d.releases)
                .map(|r| {
                    (
                        r.id.as_str().to_owned(),
                        (
                            r.name.clone(),
                            r.inherits.clone(),
                            own(r),
                            r.config.clone().filter(|c| c.inherited_from.is_none()),
                        ),
                    )
                })
                .collect(),
        )
    }
}

/// The longest hint a stage may carry; it is shown under the verdict in a narrow cell.
const MAX_HINT_CHARS: usize = 32;

fn certainty(uncertain: bool) -> Certainty {
    if uncertain {
        Certainty::Unverified
    } else {
        Certainty::Verified
    }
}

fn statement_kind(text: &str) -> Option<StatementKind> {
    Some(match text {
        "vendor-kernel" => StatementKind::VendorKernel,
        "backport" => StatementKind::Backport,
        "config-enabled" => StatementKind::ConfigEnabled,
        "config-disabled" => StatementKind::ConfigDisabled,
        "distro-policy" => StatementKind::DistroPolicy,
        _ => return None,
    })
}

/// `"5.3"`, `"SP1"` or `"<=6.8"`.
fn point_release(text: &str) -> Option<Since> {
    let valid = |s: &str| {
        !s.is_empty() && s.len() <= 16 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
    };
    match text.strip_prefix("<=") {
        Some(rest) if valid(rest) => Some(Since::AtMost(rest.to_owned())),
        None if valid(text) => Some(Since::Exact(text.to_owned())),
        _ => None,
    }
}

/// Only `https:` links are rendered; anything else (`javascript:`, `data:`, `http:`) is refused.
pub fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_urls_pass() {
        assert!(is_https_url(
            "https://wiki.xenproject.org/wiki/Dom0_Kernels_for_Xen"
        ));
        for bad in [
            "http://example.org/",
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "https:///path",
            "https://a b/",
            " https://x.org",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }

    #[test]
    fn point_releases() {
        assert_eq!(point_release("5.3"), Some(Since::Exact("5.3".into())));
        assert_eq!(point_release("<=6.8"), Some(Since::AtMost("6.8".into())));
        assert_eq!(point_release("<="), None);
        assert_eq!(point_release("5 3"), None);
    }
}
