//! Where a kernel version falls in a capability's mainline history, and how a stage that exists
//! on one x86 architecture only meets the kernels a release ships: what mainline alone predicts,
//! which every other evaluation (statements, shipped and pasted configurations) is set against.

use super::model::*;
use super::version::KernelVersion;

/// How the one architecture a mainline stage exists on meets the x86 architectures a release
/// ships kernels for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchFit {
    /// No restriction, or the release's architectures are not known.
    Any,
    /// Every kernel the release ships is for that architecture: the restriction costs nothing.
    Whole(Arch),
    /// Some of its kernels are: only those have it.
    Part(Arch),
    /// None is: the release cannot have it.
    Lacks(Arch),
}

impl ArchFit {
    /// The fit of the stage `mainline` falls in with the architectures `shipped`.
    pub fn of(mainline: &Mainline<'_>, shipped: &[Arch]) -> ArchFit {
        let only = match mainline {
            Mainline::Present { stage, .. } => stage.only_on,
            _ => None,
        };
        match only {
            None => ArchFit::Any,
            Some(_) if shipped.is_empty() => ArchFit::Any,
            Some(arch) if shipped.iter().all(|&a| a == arch) => ArchFit::Whole(arch),
            Some(arch) if shipped.contains(&arch) => ArchFit::Part(arch),
            Some(arch) => ArchFit::Lacks(arch),
        }
    }

    /// A stage's status on a release: none without the architecture, partial with only part
    /// of its kernels, whole where a partial stage was partial only for its architecture.
    pub fn apply(self, status: Status) -> Status {
        match (self, status) {
            (ArchFit::Lacks(_), _) => Status::No,
            (ArchFit::Whole(_), Status::Partial) => Status::Yes,
            (ArchFit::Part(_), Status::Yes) => Status::Partial,
            _ => status,
        }
    }
}

/// Where a kernel version falls in a capability's mainline history.
#[derive(Clone, Debug, PartialEq)]
pub enum Mainline<'m> {
    /// No mainline version is established for this capability.
    Undetermined,
    /// Mainline added it after this kernel.
    NotYet { added: &'m Stage },
    /// Present, at this stage (yes or partial). `since` is the first of the consecutive
    /// stages up to `stage` with its status and hint: where what the verdict says began (a
    /// later stage may only refine the note).
    Present {
        stage: &'m Stage,
        added: &'m Stage,
        since: &'m Stage,
    },
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
            .rposition(|stage| stage.from.cmp_base(kernel).is_le());
        match current.map(|i| &capability.mainline[i]) {
            None => Mainline::NotYet { added },
            Some(stage) if stage.status == Status::No && stage.from > added.from => {
                Mainline::Removed {
                    removed: stage,
                    added,
                }
            }
            Some(stage) if stage.status == Status::No => Mainline::NotYet { added },
            Some(stage) => {
                let upto = current.unwrap_or(0);
                let first = capability.mainline[..upto]
                    .iter()
                    .rposition(|s| s.status != stage.status || s.hint != stage.hint)
                    .map_or(0, |before| before + 1);
                Mainline::Present {
                    stage,
                    added,
                    since: &capability.mainline[first],
                }
            }
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
