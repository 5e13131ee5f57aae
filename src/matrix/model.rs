//! The validated support matrix: what the rest of the program reads.
//!
//! Built once from the raw data files by [`crate::matrix::load`]; every reference in it has been
//! resolved and every version and date parsed, so nothing here can fail.

use std::fmt;
use std::str::FromStr;

use super::config_file::KernelConfig;
use super::glossary::Glossary;
use super::json::Quoted;
pub use super::source::Source;
use super::version::KernelVersion;

/// The whole matrix: capabilities grouped by hypervisor, and distributions with their releases.
/// Built once by the loader and never changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    /// The day the data was last reviewed.
    pub data_as_of: Date,
    pub hypervisors: Vec<Hypervisor>,
    pub capabilities: Vec<Capability>,
    pub distros: Vec<Distro>,
    /// The terms the descriptions and notes link, explained (empty for data without one).
    pub glossary: Glossary,
    /// Whether it has the words: notes, and the titles and addresses of sources. The
    /// WebAssembly's compiled-in matrix has not; the complete bundle brings them.
    pub words: bool,
}

impl Matrix {
    /// A matrix of validated parts (the loader's job: ids and aliases are unique).
    pub fn new(
        data_as_of: Date,
        hypervisors: Vec<Hypervisor>,
        capabilities: Vec<Capability>,
        distros: Vec<Distro>,
    ) -> Self {
        Matrix {
            data_as_of,
            hypervisors,
            capabilities,
            distros,
            glossary: Glossary::default(),
            words: true,
        }
    }

    /// Looks a release up by id or alias, ignoring case (`debian-squeeze` finds `debian-6.0`).
    /// A search: with a few hundred releases it is as quick as an index, and costs the wasm
    /// less.
    pub fn release(&self, id_or_alias: &str) -> Option<&Release> {
        let wanted = id_or_alias.trim().to_ascii_lowercase();
        self.releases()
            .find(|r| r.id == wanted || r.aliases.contains(&wanted))
    }

    /// Looks a capability up by id.
    pub fn capability(&self, id: &str) -> Option<&Capability> {
        self.capabilities.iter().find(|c| c.id == id)
    }

    /// The capabilities with these ids, in their order; ids that match none are left out.
    pub fn capabilities_named<S: AsRef<str>>(&self, ids: &[S]) -> Vec<&Capability> {
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            found.extend(self.capability(id.as_ref()));
        }
        found
    }

    /// The releases with these ids or aliases, in their order; ids that match none are left out.
    pub fn releases_named<S: AsRef<str>>(&self, ids: &[S]) -> Vec<&Release> {
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            found.extend(self.release(id.as_ref()));
        }
        found
    }

    /// Every release of every distribution, in data order.
    pub fn releases(&self) -> impl Iterator<Item = &Release> {
        self.distros.iter().flat_map(|d| d.releases.iter())
    }

    /// The capabilities of one hypervisor group, in data order.
    pub fn capabilities_of<'a>(
        &'a self,
        hypervisor: &'a Hypervisor,
    ) -> impl Iterator<Item = &'a Capability> {
        self.capabilities
            .iter()
            .filter(move |c| c.hypervisor == hypervisor.id)
    }
}

/// Defines an id type: a lower-case id string that only ever names one kind of thing, so a
/// release id cannot be passed where a capability id is meant.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                self.0 == *other
            }
        }
    };
}

id_type! {
    /// A release's canonical id, `<distro>-<version>` in lower case: `rhel-6`, `sles-11-sp1`.
    ReleaseId
}

id_type! {
    /// A capability's id, kebab-case: `xen-dom0`, `virtio-scsi`.
    CapabilityId
}

/// A group of capabilities: Xen, KVM/virtio, Hyper-V, VMware, historical.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hypervisor {
    pub id: String,
    pub name: String,
}

/// A paravirtualization feature a user asks about, e.g. "Xen dom0".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capability {
    pub id: CapabilityId,
    pub name: String,
    pub hypervisor: String,
    /// One line a sysadmin understands.
    pub description: String,
    pub kconfig: Vec<String>,
    /// Whether its own switch (the first `kconfig` entry) is no other capability's: then the
    /// option in a kernel older than the feature shows a backport (RHEL 7's 3.10 kernel with
    /// `CONFIG_DRM_VIRTIO_GPU`), where a shared one (`CONFIG_KVM_GUEST`) shows nothing.
    pub exclusive_switch: bool,
    /// What mainline Linux offers from which version on, oldest first. Empty when no mainline
    /// version is established.
    pub mainline: Vec<Stage>,
}

impl Capability {
    /// The first mainline version with any support.
    pub fn added(&self) -> Option<&Stage> {
        self.mainline.iter().find(|s| s.status != Status::No)
    }

    /// The mainline version that removed it again, if any.
    pub fn removed(&self) -> Option<&Stage> {
        let added = self.added()?;
        self.mainline
            .iter()
            .find(|s| s.status == Status::No && s.from > added.from)
    }
}

/// From `from` on, mainline Linux offers the capability with this status (until the next stage).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    pub from: KernelVersion,
    pub status: Status,
    pub note: Option<String>,
    /// A few words (English) for the cell under the verdict, when the status alone would
    /// mislead: `64-bit only` for a capability that lost its 32-bit half.
    pub hint: Option<String>,
    /// The one x86 architecture the stage's code exists on, if not both. A `partial` stage
    /// restricted this way is partial because of the restriction alone (32-bit PV guests only,
    /// before 2.6.27): complete where a release ships kernels for that architecture only.
    pub only_on: Option<Arch>,
    pub sources: Vec<Source>,
    pub certainty: Certainty,
}

/// An x86 architecture a kernel is built for: the paravirtualization features here are x86
/// ones, and a few exist on one of the two only (lguest, VMware VMI, early Xen PV guests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    /// 32-bit x86 (`i386` to `i686`).
    I386,
    X86_64,
}

impl Arch {
    /// The id the data writes: `i386`, `x86_64`.
    pub fn as_str(self) -> &'static str {
        match self {
            Arch::I386 => "i386",
            Arch::X86_64 => "x86_64",
        }
    }
}

impl FromStr for Arch {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "i386" => Ok(Arch::I386),
            "x86_64" => Ok(Arch::X86_64),
            _ => Err(()),
        }
    }
}

/// A Linux distribution and its releases, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Distro {
    pub id: String,
    pub name: String,
    /// What "end of support" means for this distribution (e.g. end of security support).
    pub end_of_support_meaning: String,
    /// The kinds of support after that (ELS, LTSS, LTS, ESM).
    pub phases: Vec<Phase>,
    pub releases: Vec<Release>,
}

/// A kind of support after standard support: Red Hat's ELS, SUSE's LTSS, Debian's LTS,
/// Ubuntu's ESM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    pub id: String,
    /// "Extended Life-cycle Support (ELS)".
    pub name: String,
    /// What it covers, in a sentence.
    pub meaning: String,
    /// Whether it costs money.
    pub paid: bool,
}

/// A phase of support until a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportPhase {
    pub phase: Phase,
    pub until: Date,
    pub sources: Vec<Source>,
}

/// A point release (update, minor release) of a release, and the kernel builds that are its.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointRelease {
    /// `6.10`.
    pub version: String,
    /// When it came out, where a source gives the day.
    pub released: Option<Date>,
    /// Kernel version-release prefixes (`2.6.32-754`): a kernel string that starts with one,
    /// followed by `.`, `-` or nothing, is of this point release.
    pub kernels: Vec<String>,
    /// When its own updates ended, where they did (usually when the next one came).
    pub maintained_until: Option<Date>,
    /// Extended phases sold for it (RHEL EUS).
    pub support: Vec<SupportPhase>,
    pub sources: Vec<Source>,
    pub certainty: Certainty,
}

impl PointRelease {
    /// Whether `kernel` is one of its builds.
    pub fn has_kernel(&self, kernel: &KernelVersion) -> bool {
        kernel_of(&self.kernels, kernel)
    }
}

/// Whether `kernel` (as `uname -r` writes it) starts with one of the build prefixes, followed
/// by `.`, `-`, `_` or nothing.
pub fn kernel_of(prefixes: &[String], kernel: &KernelVersion) -> bool {
    let text = kernel.to_string();
    prefixes.iter().any(|prefix| {
        text.strip_prefix(prefix.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '-', '_']))
    })
}

/// One release of a distribution, e.g. RHEL 6 or Debian 6.0 (Squeeze).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// `<distro>-<version>`, lower case: `rhel-6`, `sles-11-sp1`, `debian-6.0`.
    pub id: ReleaseId,
    pub distro: String,
    /// The name people use, e.g. "RHEL 6" or "SLES 11 SP1".
    pub name: String,
    pub version: String,
    pub codename: Option<String>,
    /// Other ids accepted in links, e.g. `debian-squeeze`.
    pub aliases: Vec<String>,
    pub released: Date,
    pub end_of_support: Option<Date>,
    /// The kernel version the release is based on.
    pub kernel: KernelVersion,
    /// The x86 architectures it ships kernels for; empty when not known (custom data).
    pub architectures: Vec<Arch>,
    /// Kernel packages or flavours that matter for paravirtualization (e.g. `kernel-xen`).
    pub flavours: Vec<Flavour>,
    pub notes: Vec<String>,
    /// Where the release date, support date and kernel version come from.
    pub sources: Vec<Source>,
    /// The release this one inherits statements from (CentOS 7 from RHEL 7).
    pub inherits: Option<ReleaseId>,
    /// Phases of support after `end_of_support` (ELS, LTSS, ESM), in order.
    pub support: Vec<SupportPhase>,
    /// Every point release, oldest first; empty when it has none, or none are registered.
    pub point_releases: Vec<PointRelease>,
    /// The kernel build prefixes of a release without point releases (a SLES service pack).
    pub kernels: Vec<String>,
    /// Everything that differs from what the base kernel alone predicts: the release's own
    /// statements, then those inherited and not overridden.
    pub statements: Vec<Statement>,
    /// The kernel configuration it shipped, its own or the one of the release it inherits from.
    pub config: Option<Box<ShippedConfig>>,
}

/// The kernel configuration a release shipped, as far as the capabilities' symbols go, and
/// where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShippedConfig {
    /// The kernel package the file belongs to: `kernel-core-4.18.0-553.el8_10.x86_64`.
    pub package: String,
    /// The point release of that package, where the distribution has them (`8.10`).
    pub point_release: Option<String>,
    pub arch: String,
    /// Complete: a capability symbol it does not list is not in the file.
    pub config: KernelConfig,
    /// The file or its package, to cite.
    pub source: Source,
    pub note: Option<String>,
    /// Set when it was shipped for another release and inherited from it.
    pub inherited_from: Option<Inherited>,
}

impl Release {
    /// Whether every word of a search text occurs in the release's name, version, codename, id
    /// or aliases, ignoring case. An empty search matches every release.
    pub fn matches_search(&self, text: &str) -> bool {
        let mut haystack = format!("{} {} {}", self.name, self.version, self.id);
        if let Some(codename) = &self.codename {
            haystack.push(' ');
            haystack.push_str(codename);
        }
        for alias in &self.aliases {
            haystack.push(' ');
            haystack.push_str(alias);
        }
        // ASCII only: the names are ASCII, and full Unicode case tables would cost the wasm 10 KB.
        let haystack = haystack.to_ascii_lowercase();
        text.split_whitespace()
            .all(|word| haystack.contains(&word.to_ascii_lowercase()))
    }

    /// The release's support on `today`: standard, a later phase (ELS, LTSS, ESM), or none.
    pub fn support(&self, today: Date) -> Support<'_> {
        support_on(self.end_of_support, &self.support, today)
    }

    /// A point release's own support on `today`: until its `maintained_until`, or the next
    /// point release, or (the last) the release's; then the phases sold for it (EUS).
    pub fn point_support<'a>(&'a self, point: &'a PointRelease, today: Date) -> Support<'a> {
        let next = self
            .point_releases
            .iter()
            .skip_while(|p| p.version != point.version)
            .nth(1);
        let standard = point
            .maintained_until
            .or(next.and_then(|n| n.released))
            .or(self.end_of_support);
        match support_on(standard, &point.support, today) {
            // The last point release ends with the release: its later phases are the release's.
            Support::Ended(_) if next.is_none() && point.support.is_empty() => self.support(today),
            support => support,
        }
    }

    /// The point release `version`, if registered.
    pub fn point_release(&self, version: &str) -> Option<&PointRelease> {
        self.point_releases.iter().find(|p| p.version == version)
    }

    /// The registered point release a kernel string is a build of, if any.
    pub fn point_release_of(&self, kernel: &KernelVersion) -> Option<&PointRelease> {
        self.point_releases.iter().find(|p| p.has_kernel(kernel))
    }

    /// Whether a kernel string is a registered build of the release (or of a point release).
    pub fn has_kernel(&self, kernel: &KernelVersion) -> bool {
        kernel_of(&self.kernels, kernel) || self.point_release_of(kernel).is_some()
    }

    /// The release's own statement about a capability, if it has one.
    pub fn statement(&self, capability: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.capability == capability)
    }
}

/// Support on `today` from a standard end and the phases after it.
pub fn support_on(standard: Option<Date>, phases: &[SupportPhase], today: Date) -> Support<'_> {
    match standard {
        Some(end) if end >= today => Support::Until(end),
        Some(end) => match phases.iter().find(|p| p.until >= today) {
            Some(phase) => Support::Extended {
                phase: &phase.phase,
                until: phase.until,
            },
            None => Support::Ended(phases.last().map_or(end, |p| p.until)),
        },
        None => Support::Unknown,
    }
}

/// A release's support on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support<'m> {
    /// In standard support until this day (inclusive).
    Until(Date),
    /// Standard support ended; this later phase runs until its day.
    Extended { phase: &'m Phase, until: Date },
    /// All support ended on this day.
    Ended(Date),
    /// No end-of-support date is known.
    Unknown,
}

impl Support<'_> {
    /// Whether all support has ended.
    pub fn has_ended(self) -> bool {
        matches!(self, Support::Ended(_))
    }

    /// Whether it is in standard support (not only a later, often paid, phase).
    pub fn is_standard(self) -> bool {
        matches!(self, Support::Until(_))
    }
}

/// A kernel package or flavour of a release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flavour {
    pub name: String,
    pub note: String,
}

/// What a release does differently from its base kernel for one capability.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub capability: CapabilityId,
    pub status: Status,
    pub kind: StatementKind,
    /// The point release it applies from; `None` when it holds from the first release.
    pub since: Option<Since>,
    /// The kernel package or flavour that provides it, when not the default kernel.
    pub flavour: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<Source>,
    pub certainty: Certainty,
    /// Set when the statement was made for another release and inherited from it.
    pub inherited_from: Option<Inherited>,
}

/// The release a statement was inherited from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inherited {
    pub release: ReleaseId,
    pub name: String,
}

/// Why a release differs from its base kernel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatementKind {
    /// The distribution ships its own patched kernel or flavour (e.g. a "xenified" kernel-xen).
    VendorKernel,
    /// Backported into the release's older base kernel.
    Backport,
    /// Built in the distribution's kernel configuration (confirms the mainline prediction).
    ConfigEnabled,
    /// Switched off in the distribution's kernel configuration.
    ConfigDisabled,
    /// The distribution's own statement that it supports, restricts or removed it.
    DistroPolicy,
}

/// A point release from which a statement holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Since {
    /// Exactly from this point release, e.g. `5.3`.
    Exact(String),
    /// Known to be there in this point release; when it first came is not established.
    AtMost(String),
}

/// The verdict states. `Partial` always carries a note saying what is missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Yes,
    Partial,
    No,
    Unknown,
}

impl Status {
    /// Every status, in legend order.
    pub const ALL: [Status; 4] = [Status::Yes, Status::Partial, Status::No, Status::Unknown];

    /// The stable word used in data files and the `data-status` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Yes => "yes",
            Status::Partial => "partial",
            Status::No => "no",
            Status::Unknown => "unknown",
        }
    }
}

impl FromStr for Status {
    type Err = ParseStatusError;

    /// Reads the data files' word for a status: `yes`, `partial`, `no` or `unknown`.
    ///
    /// # Errors
    ///
    /// Returns an error naming the text when it is none of those words.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| ParseStatusError {
                input: s.to_owned(),
            })
    }
}

/// Why a text is not a status: it is none of the words `yes`, `partial`, `no`, `unknown`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseStatusError {
    input: String,
}

impl ParseStatusError {
    /// The text that failed to parse.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        write!(
            f,
            "{} is not a status ({})",
            Quoted(&self.input),
            words.join(", ")
        )
    }
}

impl std::error::Error for ParseStatusError {}

/// Whether a fact was checked against its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Verified,
    /// From a weaker source or inferred; shown as uncertain.
    Unverified,
}

/// A calendar date, `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl FromStr for Date {
    type Err = ParseDateError;

    /// Reads `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// Returns an error naming the text and what is wrong with it: not of the form
    /// `YYYY-MM-DD`, no such month, or no such day in that month.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = |kind| ParseDateError {
            input: s.to_owned(),
            kind,
        };
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(error(ParseDateErrorKind::NotYearMonthDay));
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &s[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(error(ParseDateErrorKind::NotYearMonthDay));
        };
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(error(ParseDateErrorKind::NoSuchMonth)),
        };
        if day == 0 || day > u16::from(days_in_month) {
            return Err(error(ParseDateErrorKind::NoSuchDay { days_in_month }));
        }
        Ok(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDateError {
    input: String,
    kind: ParseDateErrorKind,
}

impl ParseDateError {
    /// What went wrong.
    pub fn kind(&self) -> &ParseDateErrorKind {
        &self.kind
    }

    /// The text that failed to parse.
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// The ways a date can fail to parse.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseDateErrorKind {
    /// Not four digits, a dash, two digits, a dash and two digits.
    NotYearMonthDay,
    /// The month is not 01 to 12.
    NoSuchMonth,
    /// The day is 00 or beyond the last day of its month.
    NoSuchDay {
        /// How many days the month has in that year.
        days_in_month: u8,
    },
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a date (YYYY-MM-DD): ", Quoted(&self.input))?;
        match self.kind {
            ParseDateErrorKind::NotYearMonthDay => {
                f.write_str("expected four digits, a dash, two digits, a dash and two digits")
            }
            ParseDateErrorKind::NoSuchMonth => f.write_str("the month must be 01 to 12"),
            ParseDateErrorKind::NoSuchDay { days_in_month } => {
                write!(f, "that month has {days_in_month} days")
            }
        }
    }
}

impl std::error::Error for ParseDateError {}

impl Date {
    /// `YYYY-MM`, for places where the day adds nothing.
    pub fn year_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_only_when_real() {
        assert_eq!(
            "2011-02-06".parse::<Date>(),
            Ok(Date {
                year: 2011,
                month: 2,
                day: 6
            })
        );
        assert!("2024-02-29".parse::<Date>().is_ok());
        for bad in [
            "2023-02-29",
            "2011-13-01",
            "2011-00-10",
            "2011-2-6",
            "20110206",
            "2011-02-3x",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }

    #[test]
    fn support_ends_after_its_last_day() {
        let matrix = crate::matrix::builtin().unwrap();
        let rhel6 = matrix.release("rhel-6").unwrap();
        let day = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(
            rhel6.support(day("2020-11-30")),
            Support::Until(day("2020-11-30"))
        );
        // Then Extended Life-cycle Support, paid, until 2024-06-30.
        let Support::Extended { phase, until } = rhel6.support(day("2020-12-01")) else {
            panic!("no ELS");
        };
        assert_eq!(
            (phase.id.as_str(), phase.paid, until),
            ("els", true, day("2024-06-30"))
        );
        assert!(!rhel6.support(day("2024-06-30")).has_ended());
        assert_eq!(
            rhel6.support(day("2024-07-01")),
            Support::Ended(day("2024-06-30"))
        );
        assert!(!rhel6.support(day("2020-12-01")).is_standard());
    }

    #[test]
    fn status_words_round_trip() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse(), Ok(status));
        }
        assert!("backported".parse::<Status>().is_err());
    }

    #[test]
    fn a_bad_status_says_what_it_read_and_what_would_do() {
        let error = "backported".parse::<Status>().unwrap_err();
        assert_eq!(error.input(), "backported");
        assert_eq!(
            error.to_string(),
            "\"backported\" is not a status (yes, partial, no, unknown)"
        );
        let _: &dyn std::error::Error = &error;
    }

    #[test]
    fn a_bad_date_says_what_is_wrong_with_it() {
        use ParseDateErrorKind as K;
        for (input, kind, says) in [
            ("2011-2-6", K::NotYearMonthDay, "YYYY-MM-DD"),
            ("20110206", K::NotYearMonthDay, "YYYY-MM-DD"),
            ("2011-02-3x", K::NotYearMonthDay, "YYYY-MM-DD"),
            ("2011-13-01", K::NoSuchMonth, "01 to 12"),
            ("2011-00-10", K::NoSuchMonth, "01 to 12"),
            ("2023-02-29", K::NoSuchDay { days_in_month: 28 }, "28 days"),
            ("2024-04-00", K::NoSuchDay { days_in_month: 30 }, "30 days"),
        ] {
            let error = input.parse::<Date>().unwrap_err();
            assert_eq!(error.kind(), &kind, "{input}");
            assert_eq!(error.input(), input);
            let message = error.to_string();
            assert!(
                message.starts_with(&format!("\"{input}\" is not a date"))
                    && message.contains(says),
                "{message}"
            );
        }
        let _: &dyn std::error::Error = &"x".parse::<Date>().unwrap_err();
    }
}
