//! Evaluation: what a release, or a bare kernel version, offers for one capability, and why.
//!
//! The rules, in order:
//! 1. A statement of the release itself (vendor kernel, backport, config, distro policy) decides,
//!    or one inherited from the release it is rebuilt from.
//! 2. Otherwise the kernel configuration the release shipped decides, where its options do (not
//!    where they are on but the kernel's version predates the feature).
//! 3. Otherwise the mainline stage the release's base kernel falls into decides: a prediction. A
//!    removal stage beats the stages before it.
//! 4. Otherwise (no mainline version established) the verdict is unknown.
//!
//! The mainline prediction is always returned too, so a reason can say "backported in 5.3;
//! mainline since 2.6.36".

use super::detect::Detection;
use super::kconfig::{evaluate_config, SymbolCheck};
pub use super::mainline::{ArchFit, Mainline};
use super::model::*;
use super::version::KernelVersion;

/// The verdict for one capability, with its reason and sources.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict<'m> {
    pub status: Status,
    pub certainty: Certainty,
    /// What decided the verdict.
    pub basis: Basis<'m>,
    /// What the base kernel alone predicts, whatever decided.
    pub mainline: Mainline<'m>,
    /// How the mainline stage's architecture restriction meets the kernels the release ships,
    /// where that changed the verdict (lguest exists on 32-bit x86 only).
    pub fit: ArchFit,
    /// The kernel version the verdict was evaluated for.
    pub kernel: &'m KernelVersion,
}

/// What decided a verdict.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis<'m> {
    /// No statement of the release's own: the mainline rule for its kernel decides.
    Mainline,
    /// The release's own statement decides.
    Distro(&'m Statement),
    /// The release offers it only with another kernel flavour than the one running
    /// (`kernel-xen` on RHEL 5, the `-xen` flavour on Debian 6.0).
    OtherFlavour(&'m Statement),
    /// The release has it only from a later point release than the one running.
    LaterUpdate(&'m Statement),
    /// The kernel configuration the release shipped decides: each requirement with the symbol
    /// that decided it.
    Config {
        shipped: &'m ShippedConfig,
        checks: Vec<SymbolCheck>,
    },
}

impl Basis<'_> {
    /// The kind of evidence: the release's own statement, one inherited from the release it
    /// derives from, its shipped configuration, or only the mainline rule (a prediction).
    pub fn kind(&self) -> BasisKind {
        match self {
            Basis::Mainline => BasisKind::Mainline,
            Basis::Config { .. } => BasisKind::Config,
            Basis::Distro(s) | Basis::OtherFlavour(s) | Basis::LaterUpdate(s) => {
                if s.inherited_from.is_some() {
                    BasisKind::Inherited
                } else {
                    BasisKind::Statement
                }
            }
        }
    }
}

/// What a verdict rests on, as readers and the `data-basis` attribute name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasisKind {
    /// The release's own statement (vendor kernel, backport, its config, its policy).
    Statement,
    /// A statement of the release it derives from (CentOS 7 from RHEL 7).
    Inherited,
    /// A kernel configuration: the one the release shipped, or the one pasted by the reader.
    Config,
    /// Only the mainline rule for the release's kernel version: a prediction, not a fact about
    /// the release.
    Mainline,
}

impl BasisKind {
    /// The stable word of `data-basis` and the exports' `basis` column.
    pub fn as_str(self) -> &'static str {
        match self {
            BasisKind::Statement => "statement",
            BasisKind::Inherited => "inherited",
            BasisKind::Config => "config",
            BasisKind::Mainline => "mainline",
        }
    }
}

impl<'m> Verdict<'m> {
    /// The note of whatever decided the verdict. A shipped configuration that builds a feature
    /// mainline restricts takes the restriction's note.
    pub fn note(&self) -> Option<&'m str> {
        let stage_note = || self.mainline.stage().and_then(|s| s.note.as_deref());
        match self.basis {
            Basis::Distro(statement)
            | Basis::OtherFlavour(statement)
            | Basis::LaterUpdate(statement) => statement.note.as_deref(),
            Basis::Config { shipped, .. } if self.status == Status::Partial => {
                stage_note().or(shipped.note.as_deref())
            }
            Basis::Config { shipped, .. } => shipped.note.as_deref(),
            Basis::Mainline => stage_note(),
        }
    }

    /// The sources of whatever decided the verdict (for a shipped configuration, the file).
    pub fn sources(&self) -> &'m [Source] {
        match self.basis {
            Basis::Distro(statement)
            | Basis::OtherFlavour(statement)
            | Basis::LaterUpdate(statement) => &statement.sources,
            Basis::Config { shipped, .. } => std::slice::from_ref(&shipped.source),
            Basis::Mainline => self.mainline.stage().map_or(&[], |s| &s.sources),
        }
    }
}

/// Evaluates one capability for one release.
pub fn evaluate<'m>(release: &'m Release, capability: &'m Capability) -> Verdict<'m> {
    let mainline = Mainline::of(capability, &release.kernel);
    match release.statement(&capability.id) {
        Some(statement) => Verdict {
            status: statement.status,
            certainty: statement.certainty,
            basis: Basis::Distro(statement),
            mainline,
            fit: ArchFit::Any,
            kernel: &release.kernel,
        },
        None => release
            .config
            .as_deref()
            .and_then(|shipped| {
                evaluate_shipped(shipped, capability, &release.kernel, &release.architectures)
            })
            .unwrap_or_else(|| {
                evaluate_mainline_on(capability, &release.kernel, &release.architectures)
            }),
    }
}

/// The verdict of a release's shipped configuration, where its options decide; `architectures`
/// are those the release ships kernels for. A configuration of one architecture cannot speak
/// for a feature that exists only on another one the release also ships kernels for.
pub fn evaluate_shipped<'m>(
    shipped: &'m ShippedConfig,
    capability: &'m Capability,
    kernel: &'m KernelVersion,
    architectures: &[Arch],
) -> Option<Verdict<'m>> {
    let verdict = evaluate_config(capability, &shipped.config);
    if !verdict.rests_on_config() {
        return None;
    }
    let mainline = Mainline::of(capability, kernel);
    let fit = ArchFit::of(&mainline, architectures);
    // A feature of one architecture only: a configuration of another cannot tell, unless the
    // release ships no kernel for that one.
    let own = shipped.arch.parse::<Arch>().ok();
    let only = mainline.stage().and_then(|stage| stage.only_on);
    if only.is_some_and(|arch| Some(arch) != own && !matches!(fit, ArchFit::Lacks(_))) {
        return None;
    }
    // Capped by a mainline stage that is partial for its architecture alone: whole where the
    // release ships only that one.
    let status = if verdict.status == verdict.from_symbols {
        verdict.status
    } else {
        fit.apply(verdict.status)
    };
    // Built, but restricted by mainline's code at that version: as sure as that restriction.
    let certainty = match mainline.stage() {
        Some(stage) if verdict.status != verdict.from_symbols => stage.certainty,
        _ => Certainty::Verified,
    };
    Some(Verdict {
        status,
        certainty,
        basis: Basis::Config {
            shipped,
            checks: verdict.checks,
        },
        mainline,
        fit,
        kernel,
    })
}

/// Evaluates one capability for a bare kernel version on the mainline rules alone.
pub fn evaluate_mainline<'m>(capability: &'m Capability, kernel: &'m KernelVersion) -> Verdict<'m> {
    evaluate_mainline_on(capability, kernel, &[])
}

/// Evaluates one capability on the mainline rules for a kernel version built for
/// `architectures` (none: not known).
pub fn evaluate_mainline_on<'m>(
    capability: &'m Capability,
    kernel: &'m KernelVersion,
    architectures: &[Arch],
) -> Verdict<'m> {
    let mainline = Mainline::of(capability, kernel);
    let fit = ArchFit::of(&mainline, architectures);
    // An uncertain stage makes the verdicts it decides uncertain; a kernel before the first
    // stage predates the capability however its exact first version is settled.
    let certainty = match mainline {
        Mainline::NotYet { .. } => Certainty::Verified,
        Mainline::Undetermined => Certainty::Unverified,
        _ => mainline
            .stage()
            .map_or(Certainty::Unverified, |s| s.certainty),
    };
    Verdict {
        status: fit.apply(mainline.status()),
        certainty,
        basis: Basis::Mainline,
        mainline,
        fit,
        kernel,
    }
}

/// Evaluates one capability for a recognised system: the release's statements where they hold
/// for the running kernel's flavour and update, and mainline rules on the running kernel (an
/// Ubuntu hardware-enablement kernel is judged as what it is). `None` when there is neither a
/// kernel nor a release to evaluate.
pub fn evaluate_detected<'m>(
    detection: &'m Detection<'m>,
    capability: &'m Capability,
) -> Option<Verdict<'m>> {
    let kernel = detection
        .kernel
        .as_ref()
        .or(detection.release.map(|r| &r.kernel))?;
    // A running kernel is built for one architecture; the kernel string often says which.
    let running = detection.kernel.as_ref().and_then(running_arch);
    let architectures = match (&running, detection.release) {
        (Some(arch), _) => std::slice::from_ref(arch),
        (None, Some(release)) => release.architectures.as_slice(),
        (None, None) => &[],
    };
    let Some(release) = detection.release else {
        return Some(evaluate_mainline_on(capability, kernel, architectures));
    };
    let mainline_verdict = evaluate_mainline_on(capability, kernel, architectures);
    // Oracle's UEK is not the Red Hat compatible kernel the release's statements describe.
    if detection.flavour.as_deref() == Some("uek") {
        return Some(mainline_verdict);
    }
    let Some(statement) = release.statement(&capability.id) else {
        let shipped = release
            .config
            .as_deref()
            .filter(|shipped| config_holds(shipped, detection, kernel));
        return Some(
            shipped
                .and_then(|shipped| evaluate_shipped(shipped, capability, kernel, architectures))
                .unwrap_or(mainline_verdict),
        );
    };
    let basis = if !flavour_matches(statement, detection) && statement.status != Status::No {
        Basis::OtherFlavour(statement)
    } else if is_later_update(statement, detection.point_release.as_deref()) {
        Basis::LaterUpdate(statement)
    } else {
        Basis::Distro(statement)
    };
    Some(match basis {
        Basis::Distro(_) => Verdict {
            status: statement.status,
            certainty: statement.certainty,
            basis,
            mainline: mainline_verdict.mainline,
            fit: ArchFit::Any,
            kernel,
        },
        // Not for this kernel: what the kernel itself has decides, and the flavour or update
        // that would have it is named. A xenified flavour's features are not in the default one.
        Basis::OtherFlavour(_) => Verdict {
            status: Status::No,
            certainty: statement.certainty,
            basis,
            ..mainline_verdict
        },
        _ => Verdict {
            basis,
            ..mainline_verdict
        },
    })
}

/// The architecture a kernel string names (`.x86_64`, `-amd64`, `.i686`, `-686-pae`), if any.
fn running_arch(kernel: &KernelVersion) -> Option<Arch> {
    let suffix = kernel.suffix()?.to_ascii_lowercase();
    if suffix.contains("x86_64") || suffix.contains("amd64") {
        return Some(Arch::X86_64);
    }
    // Whole words only: a build number may contain 686.
    suffix
        .split(['.', '-', '_', '+'])
        .any(|word| matches!(word, "i386" | "i586" | "i686" | "686" | "pae"))
        .then_some(Arch::I386)
}

/// Whether a release's shipped configuration describes the detected kernel: of its series (not
/// a hardware-enablement kernel), its flavour (Debian's `amd64`, not `cloud-amd64`), and not of
/// an earlier point release than the configuration's.
fn config_holds(
    shipped: &ShippedConfig,
    detection: &Detection<'_>,
    kernel: &KernelVersion,
) -> bool {
    let series = shipped
        .config
        .version
        .as_ref()
        .is_some_and(|v| v.same_series(kernel));
    let flavour = detection.flavour.as_deref().is_none_or(|flavour| {
        let package = shipped.package.to_ascii_lowercase();
        package.ends_with(&format!("-{}", flavour.to_ascii_lowercase()))
    });
    let update = match (&shipped.point_release, detection.point_release.as_deref()) {
        (Some(shipped), Some(running)) => !is_earlier_point(running, shipped),
        _ => true,
    };
    series && flavour && update
}

/// Whether a statement made for a kernel flavour holds for the detected kernel. Without a
/// kernel string (os-release only) the flavour is unknown and the statement is taken as is.
fn flavour_matches(statement: &Statement, detection: &Detection<'_>) -> bool {
    let Some(wanted) = statement.flavour.as_deref().map(str::to_ascii_lowercase) else {
        return true;
    };
    if detection.kernel.is_none() {
        return true;
    }
    let running = detection
        .flavour
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    if wanted.contains("xen") {
        running.contains("xen")
    } else if wanted.contains("ec2") {
        running.contains("ec2")
    } else {
        true
    }
}

/// Whether a statement holds only from a later update than the running one (6.4 vs 6.2).
fn is_later_update(statement: &Statement, running: Option<&str>) -> bool {
    match (&statement.since, running) {
        (Some(Since::Exact(since)), Some(running)) => is_earlier_point(running, since),
        _ => false,
    }
}

/// Whether point release `a` comes before `b` (`6.2` before `6.10`); false when either is not
/// numbers.
fn is_earlier_point(a: &str, b: &str) -> bool {
    let numbers = |s: &str| -> Option<Vec<u64>> { s.split('.').map(|n| n.parse().ok()).collect() };
    match (numbers(a), numbers(b)) {
        (Some(a), Some(b)) => a < b,
        _ => false,
    }
}
