//! The words the interface shows: verdict words and icons, and reasons phrased from typed
//! verdicts. Kept in one place so that a second language is one more module like this.

use crate::matrix::{
    Basis, Mainline, PointRelease, Release, Statement, StatementKind, Status, Support, Verdict,
};

/// The word for a status, as shown in cells and the legend.
pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Yes => "Yes",
        Status::Partial => "Partial",
        Status::No => "No",
        Status::Unknown => "Unknown",
    }
}

/// The icon for a status; always shown next to its word, never alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Yes => "✓",
        Status::Partial => "◐",
        Status::No => "✕",
        Status::Unknown => "?",
    }
}

/// What a status means, for the legend.
pub fn status_meaning(status: Status) -> &'static str {
    match status {
        Status::Yes => "supported",
        Status::Partial => "supported with restrictions (open it to see which)",
        Status::No => "not supported",
        Status::Unknown => "the data cannot say",
    }
}

/// A release's support on a day: "supported until 2029-05" or "end of support 2017-03".
pub fn support_phrase(support: Support) -> String {
    match support {
        Support::Until(end) => format!("supported until {}", end.year_month()),
        Support::Ended(end) => format!("end of support {}", end.year_month()),
        Support::Unknown => "support end unknown".to_owned(),
    }
}

/// The one-sentence reason for a verdict.
pub fn reason(verdict: &Verdict<'_>, release: &Release) -> String {
    let kernel = verdict.kernel.to_string();
    match verdict.basis {
        Basis::Mainline => mainline_reason(&verdict.mainline, &release.name, &kernel),
        Basis::Distro(statement) => distro_reason(statement, release),
        Basis::OtherFlavour(statement) => format!(
            "{} offers this only with its {} kernel; this kernel ({kernel}) is not that flavour.",
            release.name,
            statement.flavour.as_deref().unwrap_or("other")
        ),
        Basis::LaterUpdate(statement) => format!(
            "{} has this only{}; {}",
            release.name,
            since_phrase(statement.since.as_ref()),
            mainline_reason(&verdict.mainline, "this system", &kernel)
        ),
    }
}

/// What the base kernel alone predicts, as a sentence; `who` names the release or kernel.
pub fn mainline_reason(mainline: &Mainline<'_>, who: &str, kernel: &str) -> String {
    match mainline {
        Mainline::Undetermined => "No mainline Linux version is established for this.".to_owned(),
        Mainline::NotYet { added } => format!(
            "Mainline Linux has it since {}; {who} ships {kernel}.",
            added.from
        ),
        Mainline::Present { added, stage } if stage.from != added.from => format!(
            "Mainline Linux has it since {}, in this form since {}; {who} ships {kernel}.",
            added.from, stage.from
        ),
        Mainline::Present { added, .. } => format!(
            "Mainline Linux has it since {}; {who} ships {kernel}.",
            added.from
        ),
        Mainline::Removed { removed, .. } => format!(
            "Removed from mainline Linux in {}; {who} ships {kernel}.",
            removed.from
        ),
    }
}

fn distro_reason(statement: &Statement, release: &Release) -> String {
    match &statement.inherited_from {
        Some(parent) => format!(
            "Inherited from {}: {}",
            parent.name,
            own_reason(statement, &parent.name, &release.kernel.to_string())
        ),
        None => own_reason(statement, &release.name, &release.kernel.to_string()),
    }
}

/// The reason of a statement made for the release called `name`.
fn own_reason(statement: &Statement, name: &str, kernel: &str) -> String {
    let since = since_phrase(statement.since.as_ref());
    let flavour = statement
        .flavour
        .as_deref()
        .map(|f| format!(" ({f})"))
        .unwrap_or_default();
    match (statement.kind, statement.status) {
        (StatementKind::VendorKernel, Status::No) => {
            format!("{name}'s own patched kernel{flavour} does not offer it{since}.")
        }
        (StatementKind::VendorKernel, _) => {
            format!("{name} ships its own patched kernel{flavour} for this{since}.")
        }
        (StatementKind::Backport, _) => {
            format!("Backported into {name}'s {kernel} kernel{since}.")
        }
        (StatementKind::ConfigEnabled, _) => {
            format!("Built in {name}'s kernel configuration{since}.")
        }
        (StatementKind::ConfigDisabled, _) => {
            format!("Switched off in {name}'s kernel configuration{since}.")
        }
        (StatementKind::DistroPolicy, Status::Yes) => {
            format!("{name} offers it{flavour}{since}.")
        }
        (StatementKind::DistroPolicy, Status::No) => {
            format!("{name} does not offer it{since}.")
        }
        (StatementKind::DistroPolicy, _) => {
            format!("{name} offers it with restrictions{since}.")
        }
    }
}

/// `" since 5.3"`, `" by 6.8 at the latest"`, or nothing.
fn since_phrase(since: Option<&PointRelease>) -> String {
    match since {
        None => String::new(),
        Some(PointRelease::Exact(point)) => format!(" since {point}"),
        Some(PointRelease::AtMost(point)) => {
            format!(" by {point} at the latest (the first update with it is not established)")
        }
    }
}

/// A few words under a cell's verdict that hint at its reason, e.g. "backport 5.3".
pub fn cell_hint(verdict: &Verdict<'_>) -> String {
    match verdict.basis {
        Basis::Distro(statement) if statement.inherited_from.is_some() => {
            let parent = statement.inherited_from.as_ref().map(|p| p.name.as_str());
            format!("via {}", parent.unwrap_or_default())
        }
        Basis::Distro(statement) => {
            let since = match &statement.since {
                Some(PointRelease::Exact(point)) => format!(" {point}"),
                Some(PointRelease::AtMost(point)) => format!(" \u{2264}{point}"),
                None => String::new(),
            };
            match statement.kind {
                StatementKind::VendorKernel => statement
                    .flavour
                    .clone()
                    .unwrap_or_else(|| "patched kernel".to_owned()),
                StatementKind::Backport => format!("backport{since}"),
                StatementKind::ConfigEnabled => "distro config".to_owned(),
                StatementKind::ConfigDisabled => "config off".to_owned(),
                StatementKind::DistroPolicy => format!("distro{since}"),
            }
        }
        Basis::OtherFlavour(statement) => {
            format!(
                "needs {}",
                statement.flavour.as_deref().unwrap_or("other flavour")
            )
        }
        Basis::LaterUpdate(_) => "later update".to_owned(),
        Basis::Mainline => match verdict.mainline {
            Mainline::Undetermined => "no data".to_owned(),
            Mainline::NotYet { added } => format!("from {}", added.from),
            Mainline::Present { stage, .. } => format!("since {}", stage.from),
            Mainline::Removed { removed, .. } => format!("gone in {}", removed.from),
        },
    }
}

/// A short label for what decided a verdict, e.g. "Backport" or "Mainline kernel".
pub fn basis_label(basis: &Basis<'_>) -> &'static str {
    match basis {
        Basis::Mainline => "Mainline kernel",
        Basis::OtherFlavour(_) => "Another kernel flavour of the distribution",
        Basis::LaterUpdate(_) => "A later update of the distribution",
        Basis::Distro(statement) if statement.inherited_from.is_some() => {
            "Inherited from the release it is rebuilt from"
        }
        Basis::Distro(statement) => match statement.kind {
            StatementKind::VendorKernel => "Distribution's patched kernel",
            StatementKind::Backport => "Backport",
            StatementKind::ConfigEnabled => "Distribution's kernel config",
            StatementKind::ConfigDisabled => "Switched off in the distribution's config",
            StatementKind::DistroPolicy => "Distribution's statement",
        },
    }
}
