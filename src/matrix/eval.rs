//! Evaluation: what a release, or a bare kernel version, offers for one capability, and why.
//!
//! The rules, in order:
//! 1. A statement of the release itself (vendor kernel, backport, config, distro policy) decides.
//! 2. Otherwise the mainline stage the release's base kernel falls into decides; a removal stage
//!    beats the stages before it.
//! 3. Otherwise (no mainline version established) the verdict is unknown.
//!
//! The mainline prediction is always returned too, so a reason can say "backported in 5.3;
//! mainline since 2.6.36".

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
}

/// Where a kernel version falls in a capability's mainline history.
#[derive(Clone, Debug, PartialEq)]
pub enum Mainline<'m> {
    /// No mainline version is established for this capability.
    Undetermined,
    /// Mainline added it after this kernel.
    NotYet { added: &'m Stage },
    /// Present, at this stage (yes or partial).
    Present { stage: &'m Stage, added: &'m Stage },
    /// Mainline removed it at or before this kernel.
    Removed {
        removed: &'m Stage,
        added: &'m Stage,
    },
}

impl<'m> Mainline<'m> {
    /// Places `kernel` in the capability's mainline history.
    pub fn of(capability: &'m Capability, kernel: &KernelVersion) -> Self {
        let Some(added) = capability.added() else {
            return Mainline::Undetermined;
        };
        let current = capability
            .mainline
            .iter()
            .rev()
            .find(|stage| stage.from.cmp_base(kernel).is_le());
        match current {
            None => Mainline::NotYet { added },
            Some(stage) if stage.status == Status::No && stage.from > added.from => {
                Mainline::Removed {
                    removed: stage,
                    added,
                }
            }
            Some(stage) if stage.status == Status::No => Mainline::NotYet { added },
            Some(stage) => Mainline::Present { stage, added },
        }
    }

    /// The status mainline alone predicts.
    pub fn status(&self) -> Status {
        match self {
            Mainline::Undetermined => Status::Unknown,
            Mainline::NotYet { .. } | Mainline::Removed { .. } => Status::No,
            Mainline::Present { stage, .. } => stage.status,
        }
    }

    /// The stage that explains the prediction, if any.
    pub fn stage(&self) -> Option<&'m Stage> {
        match *self {
            Mainline::Undetermined => None,
            Mainline::NotYet { added } => Some(added),
            Mainline::Present { stage, .. } => Some(stage),
            Mainline::Removed { removed, .. } => Some(removed),
        }
    }
}

impl<'m> Verdict<'m> {
    /// The note of whatever decided the verdict.
    pub fn note(&self) -> Option<&'m str> {
        match self.basis {
            Basis::Distro(statement) => statement.note.as_deref(),
            Basis::Mainline => self.mainline.stage().and_then(|s| s.note.as_deref()),
        }
    }

    /// The sources of whatever decided the verdict.
    pub fn sources(&self) -> &'m [Source] {
        match self.basis {
            Basis::Distro(statement) => &statement.sources,
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
            kernel: &release.kernel,
        },
        None => evaluate_mainline(capability, &release.kernel),
    }
}

/// Evaluates one capability for a bare kernel version on the mainline rules alone.
pub fn evaluate_mainline<'m>(capability: &'m Capability, kernel: &'m KernelVersion) -> Verdict<'m> {
    let mainline = Mainline::of(capability, kernel);
    // An uncertain stage makes the verdicts it decides uncertain; a kernel before the first
    // stage predates the capability however its exact first version is settled.
    let certainty = match mainline {
        Mainline::NotYet { .. } => Certainty::Verified,
        Mainline::Undetermined => Certainty::Unverified,
        _ => mainline.stage().map_or(Certainty::Unverified, |s| s.certainty),
    };
    Verdict {
        status: mainline.status(),
        certainty,
        basis: Basis::Mainline,
        mainline,
        kernel,
    }
}
