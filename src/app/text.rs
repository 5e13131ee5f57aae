//! Sentences phrased from typed verdicts, in the chosen language: reasons, hints, support
//! phrases. The words themselves live in the catalogs of [`super::i18n`]; this module only
//! picks the template and fills it.

use super::i18n::{fill, Lang};
use crate::matrix::detect::{Evidence, Family};
use crate::matrix::kconfig::{Setting, SymbolCheck};
use crate::matrix::query::{Change, Diff, Extent};
use crate::matrix::{
    Arch, ArchFit, Basis, BasisKind, Certainty, Mainline, Release, ShippedConfig, Since, Statement,
    StatementKind, Status, Support, Verdict,
};

/// The icon for a status; always shown next to its word, never alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Yes => "✓",
        Status::Partial => "◐",
        Status::No => "✕",
        Status::Unknown => "?",
    }
}

/// A release's support on a day: "supported until 2029-05" or "end of support 2017-03".
pub fn support_phrase(lang: Lang, support: Support<'_>) -> String {
    let t = lang.texts();
    match support {
        Support::Until(end) => fill(t.supported_until, &[&lang.year_month(end)]),
        Support::Extended { phase, until } => fill(
            if phase.paid {
                t.supported_phase_paid
            } else {
                t.supported_phase
            },
            &[phase_short(&phase.name), &lang.year_month(until)],
        ),
        Support::Ended(end) => fill(t.support_ended, &[&lang.year_month(end)]),
        Support::Unknown => t.support_unknown.to_owned(),
    }
}

/// What a release's support on a day means, for a tooltip: the later phase's meaning (what
/// ELS covers, that ESM is paid), else what the distribution's end of support means.
pub fn support_title(support: Support<'_>, distro_meaning: &str) -> String {
    phase_meaning(support).unwrap_or(distro_meaning).to_owned()
}

/// What the later phase a release is in covers, if it is in one.
pub fn phase_meaning(support: Support<'_>) -> Option<&str> {
    match support {
        Support::Extended { phase, .. } => Some(&phase.meaning),
        _ => None,
    }
}

/// A phase's short name: the abbreviation in its name's brackets ("ELS" of "Extended
/// Life-cycle Support (ELS)"), or the whole name.
pub fn phase_short(name: &str) -> &str {
    name.rsplit_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(name)
}

/// The one-sentence reason for a verdict.
pub fn reason(lang: Lang, verdict: &Verdict<'_>, release: &Release) -> String {
    let t = lang.texts();
    let kernel = verdict.kernel.to_string();
    let with_fit = |reason: String| match fit_sentence(lang, verdict.fit, &release.name) {
        Some(fit) => format!("{reason} {fit}"),
        None => reason,
    };
    match verdict.basis {
        Basis::Mainline => with_fit(mainline_reason(
            lang,
            &verdict.mainline,
            &release.name,
            &kernel,
        )),
        Basis::Distro(statement) => distro_reason(lang, statement, release),
        Basis::Config {
            shipped,
            ref checks,
        } => with_fit(shipped_reason(lang, verdict, shipped, checks, release)),
        Basis::OtherFlavour(statement) => fill(
            t.reason_other_flavour,
            &[
                &release.name,
                statement.flavour.as_deref().unwrap_or(t.flavour_other),
                &kernel,
            ],
        ),
        Basis::LaterUpdate(statement) => fill(
            t.reason_later_update,
            &[
                &release.name,
                &since_phrase(lang, statement.since.as_ref()),
                &mainline_reason(lang, &verdict.mainline, t.this_system, &kernel),
            ],
        ),
    }
}

/// What the base kernel alone predicts, as a sentence; `who` names the release or kernel.
pub fn mainline_reason(lang: Lang, mainline: &Mainline<'_>, who: &str, kernel: &str) -> String {
    let t = lang.texts();
    match mainline {
        Mainline::Undetermined => t.mainline_undetermined.to_owned(),
        Mainline::NotYet { added } => {
            fill(t.mainline_not_yet, &[&added.from.to_string(), who, kernel])
        }
        Mainline::Present { added, stage, .. } if stage.from != added.from => fill(
            t.mainline_present_stage,
            &[
                &added.from.to_string(),
                &stage.from.to_string(),
                who,
                kernel,
            ],
        ),
        Mainline::Present { added, .. } => {
            fill(t.mainline_present, &[&added.from.to_string(), who, kernel])
        }
        Mainline::Removed { removed, .. } => fill(
            t.mainline_removed,
            &[&removed.from.to_string(), who, kernel],
        ),
    }
}

/// What the architectures a release ships kernels for did to a verdict, if anything.
pub fn fit_sentence(lang: Lang, fit: ArchFit, who: &str) -> Option<String> {
    let t = lang.texts();
    Some(match fit {
        ArchFit::Any => return None,
        ArchFit::Lacks(arch) => fill(t.fit_lacks, &[arch_name(lang, arch), who]),
        ArchFit::Whole(arch) => fill(t.fit_whole, &[who, arch_name(lang, arch)]),
        ArchFit::Part(arch) => fill(t.fit_part, &[arch_name(lang, arch), who]),
    })
}

/// "32-bit x86", "64-bit x86".
pub fn arch_name(lang: Lang, arch: Arch) -> &'static str {
    let t = lang.texts();
    match arch {
        Arch::I386 => t.arch_i386,
        Arch::X86_64 => t.arch_x86_64,
    }
}

/// Why a release's shipped configuration decided: the settings that did, and a restriction of
/// mainline's code at that version when there is one.
fn shipped_reason(
    lang: Lang,
    verdict: &Verdict<'_>,
    shipped: &ShippedConfig,
    checks: &[SymbolCheck],
    release: &Release,
) -> String {
    let t = lang.texts();
    let deciding: Vec<String> = checks
        .iter()
        .filter(|c| verdict.status != Status::No || !c.is_met())
        .map(|c| symbol_setting(lang, c))
        .collect();
    let name = shipped
        .inherited_from
        .as_ref()
        .map_or(release.name.as_str(), |parent| parent.name.as_str());
    let mut reason = fill(
        t.reason_shipped_config,
        &[name, &shipped.package, &deciding.join(", ")],
    );
    let kernel = verdict.kernel.to_string();
    if verdict.mainline.status() == Status::Partial {
        reason.push(' ');
        reason.push_str(&mainline_reason(lang, &verdict.mainline, name, &kernel));
    } else if let (Mainline::NotYet { added }, true) =
        (&verdict.mainline, verdict.status != Status::No)
    {
        reason.push(' ');
        reason.push_str(&fill(
            t.config_backported,
            &[&added.from.to_string(), name, &kernel],
        ));
    }
    match &shipped.inherited_from {
        Some(parent) => fill(t.reason_inherited, &[&parent.name, &reason]),
        None => reason,
    }
}

/// How a configuration sets one requirement, as the file writes it: `CONFIG_XEN=y`,
/// `CONFIG_XEN_PVH is not set`, or that the file does not have it.
pub fn symbol_setting(lang: Lang, check: &SymbolCheck) -> String {
    let t = lang.texts();
    match (&check.symbol, &check.setting) {
        (Some(symbol), Some(Setting::BuiltIn)) => format!("{symbol}=y"),
        (Some(symbol), Some(Setting::Module)) => format!("{symbol}=m"),
        (Some(symbol), Some(Setting::Value(value))) => format!("{symbol}={value}"),
        (Some(symbol), _) => format!("{symbol} {}", t.setting_not_set),
        (None, _) => fill(t.symbol_absent, &[&check.requirement.replace('|', t.or)]),
    }
}

fn distro_reason(lang: Lang, statement: &Statement, release: &Release) -> String {
    let kernel = release.kernel.to_string();
    match &statement.inherited_from {
        Some(parent) => fill(
            lang.texts().reason_inherited,
            &[
                &parent.name,
                &own_reason(lang, statement, &parent.name, &kernel),
            ],
        ),
        None => own_reason(lang, statement, &release.name, &kernel),
    }
}

/// The reason of a statement made for the release called `name`.
fn own_reason(lang: Lang, statement: &Statement, name: &str, kernel: &str) -> String {
    let t = lang.texts();
    let since = since_phrase(lang, statement.since.as_ref());
    let flavour = statement
        .flavour
        .as_deref()
        .map(|f| format!(" ({f})"))
        .unwrap_or_default();
    let (template, args): (&str, [&str; 3]) = match (statement.kind, statement.status) {
        (StatementKind::VendorKernel, Status::No) => (t.reason_vendor_no, [name, &flavour, &since]),
        (StatementKind::VendorKernel, _) => (t.reason_vendor, [name, &flavour, &since]),
        (StatementKind::Backport, _) => (t.reason_backport, [name, kernel, &since]),
        (StatementKind::ConfigEnabled, _) => (t.reason_config_enabled, [name, &since, ""]),
        (StatementKind::ConfigDisabled, _) => (t.reason_config_disabled, [name, &since, ""]),
        (StatementKind::DistroPolicy, Status::Yes) => {
            (t.reason_policy_yes, [name, &flavour, &since])
        }
        (StatementKind::DistroPolicy, Status::No) => (t.reason_policy_no, [name, &since, ""]),
        (StatementKind::DistroPolicy, _) => (t.reason_policy_partial, [name, &since, ""]),
    };
    fill(template, &args)
}

/// `" since 5.3"`, `" by 6.8 at the latest"`, or nothing.
fn since_phrase(lang: Lang, since: Option<&Since>) -> String {
    let t = lang.texts();
    match since {
        None => String::new(),
        Some(Since::Exact(point)) => fill(t.since_exact, &[point.as_str()]),
        Some(Since::AtMost(point)) => fill(t.since_at_most, &[point.as_str()]),
    }
}

/// A few words under a cell's verdict that say what the reader needs: "needs 3.14", "64-bit
/// only since 5.9", "backported in 5.3", "only with kernel-xen".
pub fn cell_hint(lang: Lang, verdict: &Verdict<'_>) -> String {
    let t = lang.texts();
    let hint = match (&verdict.basis, verdict.fit) {
        // The release's architectures decided: say which one has it.
        (Basis::Mainline | Basis::Config { .. }, ArchFit::Lacks(arch)) => {
            fill(t.hint_only_arch, &[arch_name(lang, arch)])
        }
        (Basis::Mainline | Basis::Config { .. }, ArchFit::Whole(_)) => match verdict.mainline {
            Mainline::Present { since, .. } if verdict.basis.kind() == BasisKind::Mainline => {
                fill(t.hint_since, &[&since.from.to_string()])
            }
            _ => cell_hint_of_basis(lang, verdict),
        },
        (Basis::Mainline, ArchFit::Part(arch)) if verdict.status != verdict.mainline.status() => {
            fill(t.hint_only_arch, &[arch_name(lang, arch)])
        }
        _ => cell_hint_of_basis(lang, verdict),
    };
    // A point phrase left empty leaves a space at one end.
    hint.trim().to_owned()
}

/// The hint of whatever decided, architectures aside.
fn cell_hint_of_basis(lang: Lang, verdict: &Verdict<'_>) -> String {
    let t = lang.texts();
    match verdict.basis {
        Basis::Distro(statement) if statement.inherited_from.is_some() => {
            let parent = statement.inherited_from.as_ref().map(|p| p.name.as_str());
            fill(t.hint_via, &[parent.unwrap_or_default()])
        }
        Basis::Distro(statement) => {
            let point = point_phrase(lang, statement.since.as_ref());
            match (statement.kind, statement.status) {
                (StatementKind::VendorKernel, Status::No) => t.hint_vendor_no.to_owned(),
                (StatementKind::VendorKernel, _) => match &statement.flavour {
                    Some(flavour) => fill(t.hint_with_flavour, &[flavour]),
                    None => t.hint_patched_kernel.to_owned(),
                },
                (StatementKind::Backport, _) => fill(t.hint_backport, &[&point]),
                (StatementKind::ConfigEnabled, _) => fill(t.hint_distro_config, &[&point]),
                (StatementKind::ConfigDisabled, _) => fill(t.hint_config_off, &[&point]),
                (StatementKind::DistroPolicy, Status::No) => fill(t.hint_distro_no, &[&point]),
                (StatementKind::DistroPolicy, Status::Partial) => {
                    fill(t.hint_distro_partial, &[&point])
                }
                (StatementKind::DistroPolicy, _) => fill(t.hint_distro, &[&point]),
            }
        }
        Basis::OtherFlavour(statement) => fill(
            t.hint_needs,
            &[statement.flavour.as_deref().unwrap_or(t.hint_other_flavour)],
        ),
        Basis::LaterUpdate(statement) => {
            let point = match &statement.since {
                Some(Since::Exact(point) | Since::AtMost(point)) => point.as_str(),
                None => "",
            };
            fill(t.hint_later_update, &[point])
        }
        Basis::Config { .. }
            if verdict.status != Status::No
                && matches!(verdict.mainline, Mainline::NotYet { .. }) =>
        {
            t.hint_shipped_backported.to_owned()
        }
        Basis::Config { ref checks, .. } => match verdict.status {
            Status::Yes => t.hint_shipped_built.to_owned(),
            Status::No if checks.first().is_some_and(SymbolCheck::is_mentioned) => {
                t.hint_shipped_off.to_owned()
            }
            Status::No => t.hint_shipped_absent.to_owned(),
            // Built, but mainline's code restricts it at that version.
            _ if verdict.mainline.status() == Status::Partial => {
                mainline_hint(lang, &verdict.mainline)
            }
            _ => t.hint_shipped_partial.to_owned(),
        },
        Basis::Mainline => mainline_hint(lang, &verdict.mainline),
    }
}

/// What mainline alone says, in a few words: "needs 3.14", "64-bit only since 5.9".
fn mainline_hint(lang: Lang, mainline: &Mainline<'_>) -> String {
    let t = lang.texts();
    match *mainline {
        Mainline::Undetermined => t.hint_no_data.to_owned(),
        Mainline::NotYet { added } => fill(t.hint_from, &[&added.from.to_string()]),
        Mainline::Present {
            stage,
            added,
            since,
        } => {
            let from = since.from.to_string();
            match lang.stage_hint(stage) {
                Some(hint) => fill(t.hint_stage_since, &[hint, &from]),
                // Partial after a full yes: part of it was taken away.
                None if stage.status == Status::Partial && added.status == Status::Yes => {
                    fill(t.hint_restricted_since, &[&from])
                }
                None => fill(t.hint_since, &[&from]),
            }
        }
        Mainline::Removed { removed, .. } => fill(t.hint_gone, &[&removed.from.to_string()]),
    }
}

/// "in 5.3", "by 6.8" (German "in 5.3", "spätestens in 6.8"), or nothing: when a statement
/// holds from, for a cell hint.
fn point_phrase(lang: Lang, since: Option<&Since>) -> String {
    let t = lang.texts();
    match since {
        None => String::new(),
        Some(Since::Exact(point)) => fill(t.hint_point_exact, &[point.as_str()]),
        Some(Since::AtMost(point)) => fill(t.hint_point_at_most, &[point.as_str()]),
    }
}

/// A short label for what decided a verdict, e.g. "Backport" or "Mainline kernel".
pub fn basis_label(lang: Lang, basis: &Basis<'_>) -> &'static str {
    let t = lang.texts();
    match basis {
        Basis::Mainline => t.basis_mainline,
        Basis::Config { .. } => t.basis_shipped_config,
        Basis::OtherFlavour(_) => t.basis_other_flavour,
        Basis::LaterUpdate(_) => t.basis_later_update,
        Basis::Distro(statement) if statement.inherited_from.is_some() => t.basis_inherited,
        Basis::Distro(statement) => match statement.kind {
            StatementKind::VendorKernel => t.basis_vendor,
            StatementKind::Backport => t.basis_backport,
            StatementKind::ConfigEnabled => t.basis_config_enabled,
            StatementKind::ConfigDisabled => t.basis_config_disabled,
            StatementKind::DistroPolicy => t.basis_policy,
        },
    }
}

/// A distribution family's name, as recognition evidence names it ("Ubuntu", "Red Hat family:
/// RHEL and its rebuilds").
pub fn family_name(lang: Lang, family: Family) -> &'static str {
    let t = lang.texts();
    match family {
        Family::RedHat => t.family_red_hat,
        Family::Fedora => t.family_fedora,
        Family::Debian => t.family_debian,
        Family::Ubuntu => t.family_ubuntu,
        Family::Suse => t.family_suse,
        Family::Amazon => t.family_amazon,
    }
}

/// One line saying what a recognition rests on, e.g. "el6 in the kernel string → RHEL 6 (or a
/// rebuild …)" or "/etc/os-release: ID=debian VERSION_ID=12 → Debian 12".
pub fn evidence(lang: Lang, evidence: &Evidence<'_>) -> String {
    let t = lang.texts();
    match evidence {
        Evidence::NoVendorSuffix { kernel } => fill(t.evidence_no_suffix, &[&kernel.to_string()]),
        Evidence::OracleUek { tag, kernel } => {
            fill(t.evidence_oracle_uek, &[tag, &kernel.to_string()])
        }
        Evidence::ReleaseTag {
            tag,
            family: Family::RedHat,
            release,
        } => fill(t.evidence_release_tag_rebuilds, &[tag, &release.name]),
        Evidence::ReleaseTag { tag, release, .. } => {
            fill(t.evidence_release_tag, &[tag, &release.name])
        }
        Evidence::UnknownReleaseTag { tag, family } => fill(
            t.evidence_unknown_release_tag,
            &[tag, family_name(lang, *family)],
        ),
        Evidence::Update { point } => fill(t.evidence_update, &[point]),
        Evidence::KernelBuild {
            release,
            point: Some(point),
        } => fill(
            t.evidence_kernel_build_point,
            &[&release.name, &point.version],
        ),
        Evidence::KernelBuild {
            release,
            point: None,
        } => fill(t.evidence_kernel_build, &[&release.name]),
        Evidence::UpdateNotRecognised { release } => {
            fill(t.evidence_update_not_recognised, &[&release.name])
        }
        Evidence::Flavour { flavour } => fill(t.evidence_flavour, &[flavour]),
        Evidence::SuseCodestream { build, release } => {
            fill(t.evidence_suse_codestream, &[build, &release.name])
        }
        Evidence::UnknownSuseCodestream { build } => {
            fill(t.evidence_unknown_suse_codestream, &[build])
        }
        Evidence::UnknownSuffix { suffix } => fill(t.evidence_unknown_suffix, &[suffix]),
        Evidence::FlavourSeries {
            flavour,
            family,
            release,
        } => fill(
            t.evidence_flavour_series,
            &[
                flavour,
                family_name(lang, *family),
                &release.name,
                &release.kernel.to_string(),
            ],
        ),
        Evidence::FlavourWithoutRelease {
            flavour,
            family,
            kernel,
        } => fill(
            t.evidence_flavour_without_release,
            &[flavour, family_name(lang, *family), &kernel.to_string()],
        ),
        Evidence::UbuntuHwe => t.evidence_ubuntu_hwe.to_owned(),
        Evidence::SameSeries { releases } => {
            let names: Vec<&str> = releases.iter().map(|r| r.name.as_str()).collect();
            fill(t.evidence_same_series, &[&names.join(", ")])
        }
        Evidence::OsReleaseOverrides { release } => {
            fill(t.evidence_os_release_overrides, &[&release.name])
        }
        Evidence::OsRelease {
            id,
            version_id,
            release,
        } => fill(t.evidence_os_release, &[id, version_id, &release.name]),
        Evidence::UnknownOsRelease { id, version_id } => {
            fill(t.evidence_unknown_os_release, &[id, version_id])
        }
    }
}

/// The parts of the sentence that sums up going from one release to the next: the opening
/// ("Going from RHEL 6 to RHEL 7:", or that nothing changes), then what is gained, lost and
/// unclear, each `None` when there is nothing of that kind. A change that leaves a capability
/// partial is marked "(partly)", one that rests on an unverified verdict "(unverified)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareSummary {
    pub opening: String,
    pub gained: Option<String>,
    pub lost: Option<String>,
    pub unclear: Option<String>,
}

/// Sums up a [`Diff`] from `from` to `to` in `lang`; see [`CompareSummary`].
pub fn compare_summary(
    lang: Lang,
    from: &Release,
    to: &Release,
    diff: &Diff<'_>,
) -> CompareSummary {
    let t = lang.texts();
    let names = [from.name.as_str(), to.name.as_str()];
    let part = |template: &str, changes: &[Change<'_>], ranked: bool| {
        (!changes.is_empty()).then(|| {
            let listed: Vec<String> = changes
                .iter()
                .map(|c| change_name(lang, c, ranked))
                .collect();
            fill(template, &[&listed.join(", ")])
        })
    };
    CompareSummary {
        opening: fill(
            if diff.is_empty() {
                t.compare_same
            } else {
                t.compare_from_to
            },
            &names,
        ),
        gained: part(t.compare_gain, &diff.gained, true),
        lost: part(t.compare_loss, &diff.lost, true),
        unclear: part(t.compare_unclear, &diff.unclear, false),
    }
}

/// A changed capability's name with its marks: "Xen PV guest (partly, unverified)". `ranked`
/// is false for changes to or from unknown, which are neither whole nor partial.
fn change_name(lang: Lang, change: &Change<'_>, ranked: bool) -> String {
    let t = lang.texts();
    let name = lang.capability_name(change.capability);
    let mut marks = Vec::new();
    if ranked && change.extent == Extent::Partial {
        marks.push(t.change_partly);
    }
    if change.certainty == Certainty::Unverified {
        marks.push(t.change_unverified);
    }
    if marks.is_empty() {
        name.to_owned()
    } else {
        fill(t.change_marked, &[name, &marks.join(", ")])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;
    use crate::matrix::detect::detect;
    use crate::matrix::query::diff;

    fn worded(lang: Lang, input: &str) -> Vec<String> {
        let detection = detect(builtin().unwrap(), input).unwrap();
        detection
            .evidence
            .iter()
            .map(|e| evidence(lang, e))
            .collect()
    }

    /// A kernel version that lives as long as the test binary.
    fn kernel(version: &str) -> &'static crate::matrix::KernelVersion {
        Box::leak(Box::new(version.parse().unwrap()))
    }

    /// The hint under a release's verdict, in English and German.
    fn release_hint(release: &str, capability: &str) -> [String; 2] {
        let m = builtin().unwrap();
        let verdict = crate::matrix::evaluate(
            m.release(release).unwrap(),
            m.capability(capability).unwrap(),
        );
        [cell_hint(Lang::En, &verdict), cell_hint(Lang::De, &verdict)]
    }

    /// The hint under a bare kernel's verdict (mainline rules), in English and German.
    fn kernel_hint(capability: &str, version: &str) -> [String; 2] {
        let m = builtin().unwrap();
        let verdict =
            crate::matrix::evaluate_mainline(m.capability(capability).unwrap(), kernel(version));
        [cell_hint(Lang::En, &verdict), cell_hint(Lang::De, &verdict)]
    }

    /// The hint under a pasted system's verdict, in English and German.
    fn system_hint(pasted: &str, capability: &str) -> [String; 2] {
        let m = builtin().unwrap();
        let detection = Box::leak(Box::new(detect(m, pasted).unwrap()));
        let verdict =
            crate::matrix::evaluate_detected(detection, m.capability(capability).unwrap()).unwrap();
        [cell_hint(Lang::En, &verdict), cell_hint(Lang::De, &verdict)]
    }

    #[test]
    fn cell_hints_say_what_the_reader_needs_in_both_languages() {
        for (hint, english, german) in [
            // Mainline: not yet, present (whole, partial with the data's hint, a run of stages
            // with the same hint), removed.
            (
                kernel_hint("xen-pvh-guest", "3.10"),
                "needs 3.14",
                "ab 3.14 nötig",
            ),
            (
                kernel_hint("xen-pvhvm", "6.1"),
                "since 2.6.36",
                "seit 2.6.36",
            ),
            // Debian 12 ships 32-bit kernels too, which lost PV guests in 5.9 ...
            (
                release_hint("debian-12", "xen-pv-guest"),
                "64-bit only since 5.9",
                "nur 64-Bit seit 5.9",
            ),
            // ... SLES 15 SP5 ships 64-bit kernels only, which have all of it.
            (
                release_hint("sles-15-sp5", "xen-pv-guest"),
                "built, per its config",
                "laut Konfig gebaut",
            ),
            // RHEL 7's 3.10 kernel builds virtio-gpu (4.2): its config shows the backport.
            (
                release_hint("rhel-7", "virtio-gpu"),
                "backported, per its config",
                "laut Konfig zurückportiert",
            ),
            // lguest ran on 32-bit kernels only: part of Fedora 12's, none of RHEL 7's.
            (
                release_hint("fedora-12", "lguest"),
                "32-bit x86 only",
                "nur 32-Bit-x86",
            ),
            (
                release_hint("rhel-7", "lguest"),
                "32-bit x86 only",
                "nur 32-Bit-x86",
            ),
            (
                kernel_hint("xen-pv-guest", "2.6.26"),
                "32-bit only since 2.6.23",
                "nur 32-Bit seit 2.6.23",
            ),
            (
                kernel_hint("xen-pv-guest", "4.19"),
                "since 2.6.27",
                "seit 2.6.27",
            ),
            (
                kernel_hint("xen-pvh-dom0", "6.1"),
                "experimental since 4.18",
                "experimentell seit 4.18",
            ),
            (
                kernel_hint("lguest", "6.1"),
                "removed in 4.14",
                "seit 4.14 entfernt",
            ),
            // The release's own statements.
            (
                release_hint("centos-7", "xen-pvhvm"),
                "as in RHEL 7",
                "wie in RHEL 7",
            ),
            (
                release_hint("rhel-5", "xen-pv-guest"),
                "with kernel-xen",
                "mit kernel-xen",
            ),
            (
                release_hint("rhel-5", "xen-pvhvm"),
                "backported in 5.3",
                "in 5.3 zurückportiert",
            ),
            (
                release_hint("rhel-6", "virtio-scsi"),
                "backported in 6.3",
                "in 6.3 zurückportiert",
            ),
            (
                release_hint("rhel-7", "kvm-pv-spinlocks"),
                "backported by 7.1",
                "spätestens in 7.1 zurückportiert",
            ),
            (
                release_hint("rhel-6", "xen-pv-guest"),
                "distro enables it",
                "von der Distribution aktiviert",
            ),
            (
                release_hint("rhel-8", "xen-pv-guest"),
                "distro switches it off",
                "von der Distribution abgeschaltet",
            ),
            (
                release_hint("debian-7", "xen-dom0"),
                "distro supports it",
                "von der Distribution unterstützt",
            ),
            (
                release_hint("fedora-9", "xen-dom0"),
                "distro does not offer it",
                "von der Distribution nicht angeboten",
            ),
            // A pasted system: another flavour, a later update.
            (
                system_hint("2.6.18-419.el5", "xen-dom0"),
                "only with kernel-xen",
                "nur mit kernel-xen",
            ),
            (
                system_hint("2.6.32-220.el6_2.x86_64", "hyperv-drivers"),
                "from update 6.4",
                "ab Update 6.4",
            ),
        ] {
            assert_eq!(hint, [english, german]);
        }
    }

    #[test]
    fn cell_hints_without_data_words_fall_back_to_the_statuses() {
        use crate::matrix::{Capability, Certainty, Stage};
        let stage = |from: &str, status, hint: Option<&str>| Stage {
            from: kernel(from).clone(),
            status,
            note: Some("a note".into()),
            hint: hint.map(str::to_owned),
            only_on: None,
            sources: Vec::new(),
            certainty: Certainty::Verified,
        };
        let capability = |mainline| -> &'static Capability {
            Box::leak(Box::new(Capability {
                id: "demo".into(),
                name: "Demo".into(),
                hypervisor: "xen".into(),
                description: "Demo.".into(),
                kconfig: Vec::new(),
                exclusive_switch: false,
                mainline,
            }))
        };
        let hints = |capability: &'static Capability, version: &str| {
            let verdict = crate::matrix::evaluate_mainline(capability, kernel(version));
            [cell_hint(Lang::En, &verdict), cell_hint(Lang::De, &verdict)]
        };
        // Partial after yes, and no hint: something was taken away.
        let reduced = capability(vec![
            stage("3.0", Status::Yes, None),
            stage("5.0", Status::Partial, None),
        ]);
        assert_eq!(
            hints(reduced, "6.1"),
            ["restricted since 5.0", "eingeschränkt seit 5.0"]
        );
        // Partial from the start: since when.
        let early = capability(vec![stage("3.0", Status::Partial, None)]);
        assert_eq!(hints(early, "6.1"), ["since 3.0", "seit 3.0"]);
        // A hint the German catalog does not know stays out of German.
        let custom = capability(vec![stage("3.0", Status::Partial, Some("our words"))]);
        assert_eq!(hints(custom, "6.1"), ["our words since 3.0", "seit 3.0"]);
        // No mainline version at all.
        let none = capability(Vec::new());
        assert_eq!(
            hints(none, "6.1"),
            ["no mainline data", "keine Mainline-Daten"]
        );
    }

    #[test]
    fn compare_summaries_mark_partial_and_unverified_changes() {
        let m = builtin().unwrap();
        let caps: Vec<&crate::matrix::Capability> = m.capabilities.iter().collect();
        let summary = |lang: Lang, from: &str, to: &str| {
            let (from, to) = (m.release(from).unwrap(), m.release(to).unwrap());
            compare_summary(lang, from, to, &diff(from, to, &caps))
        };
        let en = summary(Lang::En, "ubuntu-8.04", "ubuntu-10.04");
        assert_eq!(en.opening, "Going from Ubuntu 8.04 to Ubuntu 10.04:");
        let lost = en.lost.unwrap();
        assert!(lost.contains("Xen PV guest (partly, unverified)"), "{lost}");
        let de = summary(Lang::De, "ubuntu-8.04", "ubuntu-10.04");
        assert_eq!(de.opening, "Von Ubuntu 8.04 zu Ubuntu 10.04:");
        let lost = de.lost.unwrap();
        assert!(
            lost.contains("Xen-PV-Gast (teilweise, unbestätigt)"),
            "{lost}"
        );

        let en = summary(Lang::En, "sles-11-sp1", "sles-11-sp2");
        let gained = en.gained.unwrap();
        assert!(gained.contains("VMware SVGA (vmwgfx) (partly)"), "{gained}");
        assert_eq!(en.lost.as_deref(), Some("you lose VMware VMI"));
        // An unverified gain: SLES 11 SP1's kernel-xen PCI frontend (read in the kernel-source
        // master config at 2.6.32, not in the SLE branch), against RHEL 6, whose 2.6.32 kernel
        // has no pcifront. (RHEL 5's virtio backport, the example before, is now confirmed by
        // the 5.2 and 5.3 kernel configs.)
        let en = summary(Lang::En, "rhel-6", "sles-11-sp1");
        let gained = en.gained.unwrap();
        assert!(
            gained.contains("Xen PCI passthrough (PV guest) (unverified)"),
            "{gained}"
        );
        let de = summary(Lang::De, "rhel-6", "sles-11-sp1");
        let gained = de.gained.unwrap();
        assert!(
            gained.contains("Xen-PCI-Passthrough (PV-Gast) (unbestätigt)"),
            "{gained}"
        );
        // Hyper-V sockets (4.14, checked in the 4.13 and 4.14 trees) are a certain gain (RHEL 7
        // backported them, so Ubuntu's LTS releases show it).
        let en = summary(Lang::En, "ubuntu-16.04", "ubuntu-18.04");
        let gained = en.gained.unwrap();
        assert!(gained.contains("Hyper-V sockets"), "{gained}");
        assert!(!gained.contains("Hyper-V sockets (unverified)"), "{gained}");

        let same = summary(Lang::En, "rhel-6", "rhel-6");
        assert_eq!(same.opening, "Going from RHEL 6 to RHEL 6 nothing changes.");
        assert_eq!((same.gained, same.lost, same.unclear), (None, None, None));
    }

    #[test]
    fn recognition_evidence_reads_in_english_and_german() {
        for (input, english, german) in [
            (
                "2.6.18-419.el5xen",
                // Build 419 is a 5.11 z-stream kernel: RHEL 5's registry lists the minor
                // releases' GA builds, and 419 is none of them.
                vec![
                    "el5 in the kernel string → RHEL 5 (or a rebuild such as CentOS, AlmaLinux, Rocky Linux or Oracle Linux, or CentOS Stream, which RHEL is built from)",
                    "the kernel build fits none of the RHEL 5 updates the registry lists: update not recognised",
                    "kernel flavour: xen",
                ],
                vec![
                    "el5 in der Kernelkennung → RHEL 5 (oder ein Nachbau wie CentOS, AlmaLinux, Rocky Linux oder Oracle Linux, oder CentOS Stream, aus dem RHEL gebaut wird)",
                    "der Kernel-Build passt zu keinem der verzeichneten Updates von RHEL 5: Update nicht erkannt",
                    "Kernelvariante: xen",
                ],
            ),
            (
                // SLES 12's GA kernel: the registry knows its build (the series alone had
                // guessed SLES 12 SP1, which shipped 3.12 too).
                "3.12.28-4-default",
                vec![
                    "the kernel build is one of SLES 12's, as the registry of its kernels lists them",
                    "kernel flavour: default",
                ],
                vec![
                    "der Kernel-Build gehört laut Verzeichnis seiner Kernel zu SLES 12",
                    "Kernelvariante: default",
                ],
            ),
            (
                "2.6.31.5-127.fc99.i686",
                vec!["fc99 names a release (Fedora) that this matrix does not have: evaluated on mainline rules alone"],
                vec!["fc99 nennt ein Release (Fedora), das diese Matrix nicht hat: allein nach den Mainline-Regeln bewertet"],
            ),
            (
                "4.12.14-150000.150.92-default",
                vec![
                    "150000 in the kernel build → SLES 15",
                    "the kernel build is one of SLES 15's, as the registry of its kernels lists them",
                ],
                vec![
                    "150000 in der Build-Nummer des Kernels → SLES 15",
                    "der Kernel-Build gehört laut Verzeichnis seiner Kernel zu SLES 15",
                ],
            ),
            (
                "ID=debian\nVERSION_ID=\"12\"",
                vec!["/etc/os-release: ID=debian VERSION_ID=12 → Debian 12"],
                vec!["/etc/os-release: ID=debian VERSION_ID=12 → Debian 12"],
            ),
        ] {
            assert_eq!(worded(Lang::En, input), english, "{input}");
            assert_eq!(worded(Lang::De, input), german, "{input}");
        }
    }
}
