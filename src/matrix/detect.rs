//! Recognises what a person pastes: `uname -r` (or `uname -a`), `/etc/os-release`, or both,
//! and says which release and kernel flavour it is and how sure that is.
//!
//! The kernel string's vendor suffix names the family (`el6`, `fc39`, `-generic`, `-amd64`,
//! `-default`), sometimes the release (`el8_9`, `deb11`, `150500`), and the flavour (`xen`);
//! where it names no release, the kernel's version series picks the release that shipped it.

use std::fmt;

use super::model::{Matrix, PointRelease, Release};
use super::version::{KernelVersion, ParseKernelVersionError};

/// How sure a recognition is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Nothing recognised: mainline rules only.
    Unrecognised,
    /// Family recognised, release guessed from the kernel version series.
    Guess,
    /// The kernel string names the release (`el6`, `fc39`, `deb11`).
    Likely,
    /// `/etc/os-release` names the release.
    Certain,
}

impl Confidence {
    /// A stable lower-case name, for attributes and tests.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Unrecognised => "unrecognised",
            Confidence::Guess => "guess",
            Confidence::Likely => "likely",
            Confidence::Certain => "certain",
        }
    }
}

/// One thing seen in the pasted text that the recognition rests on. The interface words it
/// (`crate::app::text::evidence`); the core only says what was seen.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence<'m> {
    /// The kernel string is bare numbers (`6.1.0`): mainline rules alone decide.
    NoVendorSuffix { kernel: KernelVersion },
    /// `elNuek`: Oracle's Unbreakable Enterprise Kernel, not Red Hat's; mainline rules for the
    /// kernel's version (`kernel`, without its suffix) decide.
    OracleUek { tag: String, kernel: KernelVersion },
    /// A release tag in the kernel string (`el6`, `fc39`, `deb10`) names this release.
    ReleaseTag {
        tag: String,
        family: Family,
        release: &'m Release,
    },
    /// A release tag names a release of the family that the matrix does not have: mainline
    /// rules alone decide.
    UnknownReleaseTag { tag: String, family: Family },
    /// The kernel string names the update (`el8_9`: 8.9).
    Update { point: String },
    /// The kernel's build is one the release's registry lists: for this point release, or
    /// (`point` none) for the release itself (a SLES service pack's `4.12.14-122`).
    KernelBuild {
        release: &'m Release,
        point: Option<&'m PointRelease>,
    },
    /// The release has a registry of its point releases' kernel builds, and this build fits
    /// none: which update it is is not recognised.
    UpdateNotRecognised { release: &'m Release },
    /// The kernel flavour, as the kernel string names it (`xen`, `amd64`).
    Flavour { flavour: String },
    /// A SUSE codestream build number (`150500`) names this release.
    SuseCodestream { build: String, release: &'m Release },
    /// A SUSE codestream build number names a release the matrix does not have.
    UnknownSuseCodestream { build: String },
    /// The vendor suffix names no distribution the matrix knows: mainline rules alone decide.
    UnknownSuffix { suffix: String },
    /// The flavour is the family's, and this release shipped a kernel of the same series.
    FlavourSeries {
        flavour: String,
        family: Family,
        release: &'m Release,
    },
    /// The flavour is the family's, but none of its releases shipped a kernel of this series
    /// (`kernel`, without its suffix): mainline rules alone decide.
    FlavourWithoutRelease {
        flavour: String,
        family: Family,
        kernel: KernelVersion,
    },
    /// An older Ubuntu LTS release's hardware-enablement kernel has the same version.
    UbuntuHwe,
    /// These releases shipped the same kernel series as the one picked.
    SameSeries { releases: Vec<&'m Release> },
    /// `/etc/os-release` names another release than the kernel string suggested, and wins.
    OsReleaseOverrides { release: &'m Release },
    /// `/etc/os-release`'s `ID` and `VERSION_ID` name this release.
    OsRelease {
        id: String,
        version_id: String,
        release: &'m Release,
    },
    /// `/etc/os-release`'s `ID` and `VERSION_ID` name no release of the matrix.
    UnknownOsRelease { id: String, version_id: String },
}

/// What was recognised in the pasted text.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection<'m> {
    /// The running kernel, when a kernel string was given.
    pub kernel: Option<KernelVersion>,
    /// The release it belongs to, when recognised.
    pub release: Option<&'m Release>,
    /// Other releases the same kernel could belong to (e.g. SLES 12 SP4 and SP5 share 4.12).
    pub alternatives: Vec<&'m Release>,
    /// The kernel flavour, e.g. `xen`, `generic`, `amd64`, `default`.
    pub flavour: Option<String>,
    /// The point release, when the input says (`8.9` from `el8_9` or `VERSION_ID`, or the
    /// kernel's build in the release's registry).
    pub point_release: Option<String>,
    /// That point release in the registry, when it is registered.
    pub point: Option<&'m PointRelease>,
    pub confidence: Confidence,
    /// What the recognition rests on, in the order it was seen; never empty.
    pub evidence: Vec<Evidence<'m>>,
}

/// Why pasted text could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetectError {
    /// Nothing but white space.
    Empty,
    /// It looks like a kernel string but is not a valid version.
    BadKernel(ParseKernelVersionError),
    /// Neither a kernel version nor os-release lines were found.
    Unrecognised,
}

impl fmt::Display for DetectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DetectError::Empty => f.write_str("Paste the output of `uname -r` or the contents of /etc/os-release."),
            DetectError::BadKernel(e) => write!(f, "{e}. Paste the output of `uname -r`, e.g. 5.15.0-91-generic."),
            DetectError::Unrecognised => f.write_str(
                "This is neither a kernel version (the output of `uname -r`, e.g. 5.15.0-91-generic) nor the contents of /etc/os-release.",
            ),
        }
    }
}

impl std::error::Error for DetectError {}

/// The fields of `/etc/os-release` that identify a release.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OsRelease {
    pub id: String,
    pub version_id: String,
    pub pretty_name: Option<String>,
}

impl OsRelease {
    /// Reads `KEY=value` lines (values optionally quoted); `None` without an `ID`.
    pub fn parse(text: &str) -> Option<OsRelease> {
        let mut os = OsRelease::default();
        for line in text.lines() {
            let Some((key, value)) = line.trim().split_once('=') else {
                continue;
            };
            let value = value
                .trim()
                .trim_matches(|c| c == '"' || c == '\'')
                .to_owned();
            match key.trim() {
                "ID" => os.id = value.to_ascii_lowercase(),
                "VERSION_ID" => os.version_id = value,
                "PRETTY_NAME" => os.pretty_name = Some(value),
                _ => {}
            }
        }
        (!os.id.is_empty()).then_some(os)
    }

    /// The release ids this could be, most specific first, and the point release.
    fn candidates(&self) -> (Vec<String>, Option<String>) {
        let version = self.version_id.to_ascii_lowercase();
        let major = version.split(['.', '-']).next().unwrap_or("").to_owned();
        let distro = match self.id.as_str() {
            "rhel" => "rhel",
            "centos" => "centos",
            "almalinux" => "almalinux",
            "rocky" => "rocky",
            "ol" => "oracle-linux",
            "fedora" => "fedora",
            "debian" => "debian",
            "ubuntu" => "ubuntu",
            "sles" | "sled" | "sles_sap" => {
                // "15-SP5", "15.5", "12-SP1", "15", "16.0"
                let sp = version
                    .split_once("-sp")
                    .map(|(_, sp)| sp.to_owned())
                    .or_else(|| version.split_once('.').map(|(_, minor)| minor.to_owned()));
                let ids = match sp.as_deref() {
                    Some("0") | None => vec![format!("sles-{version}"), format!("sles-{major}")],
                    Some(sp) => vec![format!("sles-{major}-sp{sp}")],
                };
                return (ids, None);
            }
            other => other,
        };
        // Only the Red Hat family numbers its updates as major.minor; Ubuntu's 20.04 is the
        // release itself.
        let red_hat = matches!(
            distro,
            "rhel" | "centos" | "almalinux" | "rocky" | "oracle-linux"
        );
        let point = (red_hat && version.contains('.')).then(|| version.clone());
        (
            vec![format!("{distro}-{version}"), format!("{distro}-{major}")],
            point,
        )
    }
}

/// Recognises pasted text: a kernel string, os-release contents, or both.
///
/// # Errors
///
/// Returns a specific message when the text is empty, a kernel string does not parse, or
/// nothing in it is recognisable.
pub fn detect<'m>(matrix: &'m Matrix, text: &str) -> Result<Detection<'m>, DetectError> {
    if text.trim().is_empty() {
        return Err(DetectError::Empty);
    }
    let os = OsRelease::parse(text);
    let kernel_text = kernel_line(text);
    let kernel = match kernel_text {
        Some(line) => Some(
            line.parse::<KernelVersion>()
                .map_err(DetectError::BadKernel)?,
        ),
        None if os.is_none() => {
            // A single line that is no os-release: report why it is no kernel version.
            let line = text.trim();
            return Err(match line.parse::<KernelVersion>() {
                Err(e) if !line.contains(char::is_whitespace) => DetectError::BadKernel(e),
                _ => DetectError::Unrecognised,
            });
        }
        None => None,
    };

    let mut detection = Detection {
        kernel: kernel.clone(),
        release: None,
        alternatives: Vec::new(),
        flavour: None,
        point_release: None,
        point: None,
        confidence: Confidence::Unrecognised,
        evidence: Vec::new(),
    };
    if let Some(kernel) = &kernel {
        recognise_kernel(matrix, kernel, &mut detection);
    }
    if let Some(os) = os {
        let (ids, point) = os.candidates();
        match ids.iter().find_map(|id| matrix.release(id)) {
            Some(release) => {
                if detection.release.is_some_and(|r| r.id != release.id) {
                    detection
                        .evidence
                        .push(Evidence::OsReleaseOverrides { release });
                }
                detection.release = Some(release);
                detection.alternatives.clear();
                detection.point_release = point.or(detection.point_release);
                detection.point = detection
                    .point_release
                    .as_deref()
                    .and_then(|p| release.point_release(p));
                detection.confidence = Confidence::Certain;
                detection.evidence.push(Evidence::OsRelease {
                    id: os.id,
                    version_id: os.version_id,
                    release,
                });
            }
            None => detection.evidence.push(Evidence::UnknownOsRelease {
                id: os.id,
                version_id: os.version_id,
            }),
        }
    }
    Ok(detection)
}

/// The kernel string in the text: a one-word line that starts with a digit or is a kernel
/// version as [`KernelVersion`] reads it (`v6.1`), or the third word of a `uname -a` line
/// (`Linux host 5.15.0-91-generic #101-Ubuntu SMP ...`).
fn kernel_line(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find_map(|line| {
        if line.contains('=') {
            return None;
        }
        let mut words = line.split_whitespace();
        let first = words.next()?;
        let one_word = !line.contains(' ');
        if one_word
            && (first.starts_with(|c: char| c.is_ascii_digit())
                || first.parse::<KernelVersion>().is_ok())
        {
            Some(first)
        } else if first == "Linux" {
            words.nth(1)
        } else {
            None
        }
    })
}

/// A distribution family as the kernel suffix shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// RHEL and its rebuilds (CentOS, AlmaLinux, Rocky Linux, Oracle Linux).
    RedHat,
    Fedora,
    Debian,
    Ubuntu,
    Suse,
    /// Amazon Linux (`amzn2`, `amzn2023`).
    Amazon,
}

impl Family {
    /// The distribution id of the family's releases in the data.
    fn distro(self) -> &'static str {
        match self {
            Family::RedHat => "rhel",
            Family::Fedora => "fedora",
            Family::Debian => "debian",
            Family::Ubuntu => "ubuntu",
            Family::Suse => "sles",
            Family::Amazon => "amazon-linux",
        }
    }
}

const UBUNTU_FLAVOURS: [&str; 16] = [
    "generic",
    "generic-pae",
    "generic-64k",
    "lowlatency",
    "lowlatency-64k",
    "virtual",
    "server",
    "aws",
    "azure",
    "gcp",
    "kvm",
    "oracle",
    "ibm",
    "oem",
    "raspi",
    "ec2",
];
const DEBIAN_FLAVOURS: [&str; 12] = [
    "amd64",
    "686",
    "686-pae",
    "486",
    "k7",
    "cloud-amd64",
    "rt-amd64",
    "arm64",
    "armmp",
    "xen-amd64",
    "xen-686",
    "powerpc64le",
];
const SUSE_FLAVOURS: [&str; 10] = [
    "default", "pae", "trace", "bigsmp", "vanilla", "kvmsmall", "azure", "rt", "64kb", "ppc64",
];

fn recognise_kernel<'m>(matrix: &'m Matrix, kernel: &KernelVersion, out: &mut Detection<'m>) {
    let Some(suffix) = kernel.suffix().map(str::to_ascii_lowercase) else {
        out.evidence.push(Evidence::NoVendorSuffix {
            kernel: kernel.clone(),
        });
        return;
    };
    let pieces: Vec<&str> = suffix.split(['.', '-', '_', '+', '~']).collect();

    // Red Hat family and Fedora name the release in the suffix: el6, el8_9, el5xen, fc39.
    for (i, piece) in pieces.iter().enumerate() {
        if let Some(rest) = piece.strip_prefix("el") {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if digits.is_empty() {
                continue;
            }
            let tail = &rest[digits.len()..];
            if tail == "uek" {
                out.flavour = Some("uek".to_owned());
                out.evidence.push(Evidence::OracleUek {
                    tag: format!("el{digits}uek"),
                    kernel: kernel.base(),
                });
                return;
            }
            if !tail.is_empty() {
                out.flavour = Some(tail.to_owned());
            }
            let point = pieces
                .get(i + 1)
                .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                .filter(|_| suffix.contains(&format!("el{digits}_")))
                .map(|minor| format!("{digits}.{minor}"));
            named_release(
                matrix,
                Family::RedHat,
                (&digits, kernel),
                point,
                &format!("el{digits}"),
                out,
            );
            return;
        }
        if let Some(digits) = number_after(piece, "amzn") {
            named_release(
                matrix,
                Family::Amazon,
                (digits, kernel),
                None,
                &format!("amzn{digits}"),
                out,
            );
            return;
        }
        if let Some(digits) = number_after(piece, "fc") {
            named_release(
                matrix,
                Family::Fedora,
                (digits, kernel),
                None,
                &format!("fc{digits}"),
                out,
            );
            return;
        }
    }

    // Debian backports name their release: 5.10.0-0.deb10.16-amd64.
    if let Some(digits) = pieces.iter().find_map(|p| number_after(p, "deb")) {
        out.flavour = flavour_after_abi(&suffix, &DEBIAN_FLAVOURS);
        named_release(
            matrix,
            Family::Debian,
            (digits, kernel),
            None,
            &format!("deb{digits}"),
            out,
        );
        return;
    }

    // SUSE 15 and 16 name the codestream in the build: 5.14.21-150500.55.44-default is 15 SP5,
    // 4.12.14-150000.150.92-default is 15 itself, 6.12.0-160000.5-default is 16.0.
    if let Some((build, major, minor)) = pieces.iter().find_map(|p| suse_codestream(p)) {
        out.flavour = flavour_after_abi(&suffix, &SUSE_FLAVOURS).or(Some("default".into()));
        let id = match (major, minor) {
            (15, 0) => "sles-15".to_owned(),
            (15, sp) => format!("sles-15-sp{sp}"),
            (major, minor) => format!("sles-{major}.{minor}"),
        };
        match matrix.release(&id) {
            Some(release) => {
                out.release = Some(release);
                out.confidence = Confidence::Likely;
                out.evidence.push(Evidence::SuseCodestream {
                    build: build.to_owned(),
                    release,
                });
                if release.has_kernel(kernel) {
                    out.evidence.push(Evidence::KernelBuild {
                        release,
                        point: None,
                    });
                }
            }
            None => out.evidence.push(Evidence::UnknownSuseCodestream {
                build: build.to_owned(),
            }),
        }
        return;
    }

    // Otherwise the flavour names the family and the version series picks the release.
    let family = if let Some(f) = flavour_after_abi(&suffix, &UBUNTU_FLAVOURS) {
        out.flavour = Some(f);
        Some(Family::Ubuntu)
    } else if let Some(f) = flavour_after_abi(&suffix, &DEBIAN_FLAVOURS) {
        out.flavour = Some(f);
        Some(Family::Debian)
    } else if let Some(f) = flavour_after_abi(&suffix, &SUSE_FLAVOURS) {
        out.flavour = Some(f);
        Some(Family::Suse)
    } else if suffix.ends_with("-xen") || suffix.ends_with("xen") {
        // Ubuntu 8.04 and SUSE both used a plain "-xen" flavour: the version decides.
        out.flavour = Some("xen".to_owned());
        [Family::Suse, Family::Ubuntu, Family::Debian]
            .into_iter()
            .find(|f| !releases_with_series(matrix, f.distro(), kernel).is_empty())
    } else {
        None
    };
    match family {
        Some(family) => guess_release(matrix, family, kernel, out),
        None => out.evidence.push(Evidence::UnknownSuffix {
            suffix: kernel.suffix().unwrap_or_default().to_owned(),
        }),
    }
}

/// A SUSE codestream build number, `MMmm00` for SLES MM SP mm (15) or MM.mm (16):
/// `150500` → 15, 5; `150000` → 15, 0; `160000` → 16, 0.
fn suse_codestream(piece: &str) -> Option<(&str, u8, u8)> {
    let well_formed = piece.len() == 6
        && piece.bytes().all(|b| b.is_ascii_digit())
        && (piece.starts_with("15") || piece.starts_with("16"))
        && piece.ends_with("00");
    if !well_formed {
        return None;
    }
    let major = piece[..2].parse().ok()?;
    let minor = piece[2..4].parse().ok()?;
    Some((piece, major, minor))
}

/// The digits after a prefix when the piece is nothing else: `fc39` → `39`, `deb11` → `11`.
fn number_after<'a>(piece: &'a str, prefix: &str) -> Option<&'a str> {
    piece
        .strip_prefix(prefix)
        .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// The flavour after the ABI number: `26-amd64` → `amd64`, `91-generic` → `generic`.
fn flavour_after_abi(suffix: &str, flavours: &[&str]) -> Option<String> {
    flavours
        .iter()
        .filter(|f| suffix.ends_with(&format!("-{f}")))
        .max_by_key(|f| f.len())
        .map(|f| (*f).to_owned())
}

fn named_release<'m>(
    matrix: &'m Matrix,
    family: Family,
    (major, kernel): (&str, &KernelVersion),
    point: Option<String>,
    marker: &str,
    out: &mut Detection<'m>,
) {
    let id = format!("{}-{major}", family.distro());
    match matrix
        .release(&id)
        .or_else(|| matrix.release(&format!("{id}.0")))
    {
        Some(release) => {
            out.release = Some(release);
            out.confidence = Confidence::Likely;
            out.evidence.push(Evidence::ReleaseTag {
                tag: marker.to_owned(),
                family,
                release,
            });
            // The registry of kernel builds knows the update best; the tag (`el8_9`) next.
            match release.point_release_of(kernel) {
                Some(registered) => {
                    out.evidence.push(Evidence::KernelBuild {
                        release,
                        point: Some(registered),
                    });
                    out.point_release = Some(registered.version.clone());
                    out.point = Some(registered);
                }
                None => {
                    if let Some(point) = &point {
                        out.evidence.push(Evidence::Update {
                            point: point.clone(),
                        });
                    } else if release.point_releases.iter().any(|p| !p.kernels.is_empty()) {
                        out.evidence.push(Evidence::UpdateNotRecognised { release });
                    }
                    out.point = point.as_deref().and_then(|p| release.point_release(p));
                    out.point_release = point;
                }
            }
        }
        None => out.evidence.push(Evidence::UnknownReleaseTag {
            tag: marker.to_owned(),
            family,
        }),
    }
    if let Some(flavour) = &out.flavour {
        out.evidence.push(Evidence::Flavour {
            flavour: flavour.clone(),
        });
    }
}

/// The releases of a distribution whose base kernel is of the same series as `kernel`
/// (2.6.x counts as its own series, later kernels by major.minor).
fn releases_with_series<'m>(
    matrix: &'m Matrix,
    distro: &str,
    kernel: &KernelVersion,
) -> Vec<&'m Release> {
    matrix
        .distros
        .iter()
        .filter(|d| d.id == distro)
        .flat_map(|d| &d.releases)
        .filter(|r| series(&r.kernel) == series(kernel))
        .collect()
}

fn series(kernel: &KernelVersion) -> (u64, u64, u64) {
    let text = kernel.base().to_string();
    let mut numbers = text.split('.').map(|n| n.parse::<u64>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    let patch = if major == 2 {
        numbers.next().unwrap_or(0)
    } else {
        0
    };
    (major, minor, patch)
}

fn guess_release<'m>(
    matrix: &'m Matrix,
    family: Family,
    kernel: &KernelVersion,
    out: &mut Detection<'m>,
) {
    let flavour = out.flavour.clone().unwrap_or_default();
    // A build the registry lists names the release (SLES 12 SP5's 4.12.14-122, not SLES 15's
    // 4.12.14-150000): other distributions with the same build (Leap) are alternatives.
    let registered: Vec<&Release> = matrix.releases().filter(|r| r.has_kernel(kernel)).collect();
    // The family's own release first (SLES before Leap, which uses its binaries), else any.
    if let Some(release) = registered
        .iter()
        .copied()
        .find(|r| r.distro == family.distro())
        .or(registered.first().copied())
    {
        out.release = Some(release);
        out.alternatives = registered
            .into_iter()
            .filter(|r| r.id != release.id)
            .collect();
        out.confidence = Confidence::Likely;
        let point = release.point_release_of(kernel);
        out.point_release = point.map(|p| p.version.clone());
        out.point = point;
        out.evidence.push(Evidence::KernelBuild { release, point });
        if let Some(flavour) = &out.flavour {
            out.evidence.push(Evidence::Flavour {
                flavour: flavour.clone(),
            });
        }
        if !out.alternatives.is_empty() {
            out.evidence.push(Evidence::SameSeries {
                releases: out.alternatives.clone(),
            });
        }
        return;
    }
    let mut candidates = releases_with_series(matrix, family.distro(), kernel);
    if candidates.is_empty() {
        out.confidence = Confidence::Guess;
        out.evidence.push(Evidence::FlavourWithoutRelease {
            flavour,
            family,
            kernel: kernel.base(),
        });
        return;
    }
    // The newest release whose kernel is not newer than the running one (3.0.76 is SLES 11
    // SP3, 3.0.101 SP4); the oldest when all are newer.
    let pick = candidates
        .iter()
        .rposition(|r| r.kernel.cmp_base(kernel).is_le())
        .unwrap_or(0);
    let release = candidates.remove(pick);
    out.release = Some(release);
    out.alternatives = candidates;
    out.confidence = Confidence::Guess;
    out.evidence.push(Evidence::FlavourSeries {
        flavour,
        family,
        release,
    });
    if family == Family::Ubuntu {
        out.evidence.push(Evidence::UbuntuHwe);
    }
    if !out.alternatives.is_empty() {
        out.evidence.push(Evidence::SameSeries {
            releases: out.alternatives.clone(),
        });
    }
}
