//! Verdicts from a kernel configuration (`/boot/config-$(uname -r)`, `/proc/config.gz`
//! unpacked): the most exact answer there is, since it says what this very kernel was built with.
//!
//! Each capability lists the symbols it needs, its own switch first (off: no; on but a later one
//! off: partial). A symbol the configuration does not mention says nothing (a paste can be an
//! excerpt): without it the verdict is unknown, unless the kernel's version predates the feature.
//! An entry `CONFIG_XEN_PV|CONFIG_XEN` is decided
//! by the first alternative the configuration mentions at all (set or "is not set"), so that a
//! symbol that did not exist yet in an older kernel falls back to the one that did.

pub use super::config_file::{KernelConfig, Setting};
use super::mainline::Mainline;
use super::model::{Capability, Status};
use super::version::KernelVersion;

/// What a release's shipped configuration file sets for the capabilities' symbols: the extract
/// `data/kconfigs.json` keeps (written by `examples/import_kconfig.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extract {
    /// From the file's header.
    pub version: KernelVersion,
    pub built_in: Vec<String>,
    pub module: Vec<String>,
    pub not_set: Vec<String>,
    /// How many of the capabilities' symbols the file does not have.
    pub absent: usize,
}

/// Why a file cannot be a release's shipped configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtractError {
    NotText,
    NoConfigLines,
    NoVersion,
    /// Of another kernel series than the release's (a later or hardware-enablement kernel).
    OtherSeries {
        version: String,
        release: String,
    },
    /// Symbols set more than one way: which one the kernel was built with cannot be told.
    Conflicts(Vec<(String, Vec<Setting>)>),
    /// A capability's symbol set to a value instead of y, m or "is not set".
    Value {
        symbol: String,
        value: String,
    },
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExtractError::NotText => f.write_str("not text (UTF-8): not a kernel configuration"),
            ExtractError::NoConfigLines => {
                f.write_str("no CONFIG_ lines: not a kernel configuration")
            }
            ExtractError::NoVersion => f.write_str(
                "no version header that parses (\"# Linux/x86_64 4.18.0-553.el8_10.x86_64 Kernel \
                 Configuration\" or \"# Linux kernel version: 2.6.32\")",
            ),
            ExtractError::OtherSeries { version, release } => write!(
                f,
                "a configuration of Linux {version}, not of the release's kernel series {release}"
            ),
            ExtractError::Conflicts(conflicts) => {
                f.write_str("sets symbols more than one way, so which one the kernel was built with cannot be told:")?;
                for (symbol, settings) in conflicts {
                    write!(f, "\n  {symbol}: {settings:?}")?;
                }
                Ok(())
            }
            ExtractError::Value { symbol, value } => write!(
                f,
                "sets {symbol} to {value:?}; a capability's symbol is y, m or not set"
            ),
        }
    }
}

/// Reads a release's shipped configuration file into its extract: the symbols `capabilities`
/// name (each alternative of `A|B`), each once, in their order. Refuses what cannot be the
/// configuration of a kernel of the series `release_kernel`.
///
/// # Errors
///
/// [`ExtractError`] says which check the file fails.
pub fn extract(
    capabilities: &[Capability],
    release_kernel: &KernelVersion,
    bytes: &[u8],
) -> Result<Extract, ExtractError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ExtractError::NotText)?;
    let config = KernelConfig::parse(text).ok_or(ExtractError::NoConfigLines)?;
    let version = config.version.clone().ok_or(ExtractError::NoVersion)?;
    if !version.same_series(release_kernel) {
        return Err(ExtractError::OtherSeries {
            version: version.to_string(),
            release: release_kernel.to_string(),
        });
    }
    if !config.conflicts.is_empty() {
        return Err(ExtractError::Conflicts(config.conflicts));
    }
    let mut extract = Extract {
        version,
        built_in: Vec::new(),
        module: Vec::new(),
        not_set: Vec::new(),
        absent: 0,
    };
    let mut seen: Vec<&str> = Vec::new();
    for symbol in capabilities
        .iter()
        .flat_map(|c| &c.kconfig)
        .flat_map(|k| k.split('|').map(str::trim))
    {
        if seen.contains(&symbol) {
            continue;
        }
        seen.push(symbol);
        let list = match config.get(symbol) {
            None => {
                extract.absent += 1;
                continue;
            }
            Some(Setting::BuiltIn) => &mut extract.built_in,
            Some(Setting::Module) => &mut extract.module,
            Some(Setting::NotSet) => &mut extract.not_set,
            Some(Setting::Value(value)) => {
                return Err(ExtractError::Value {
                    symbol: symbol.to_owned(),
                    value: value.clone(),
                })
            }
        };
        list.push(symbol.to_owned());
    }
    Ok(extract)
}

/// The symbol that decided one requirement, and how it is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymbolCheck {
    /// The requirement as the data writes it, e.g. `CONFIG_XEN_PV|CONFIG_XEN`.
    pub requirement: String,
    /// The symbol that decided it, when the configuration mentions any alternative.
    pub symbol: Option<String>,
    pub setting: Option<Setting>,
}

impl SymbolCheck {
    /// Whether the requirement is met.
    pub fn is_met(&self) -> bool {
        self.setting.as_ref().is_some_and(Setting::is_enabled)
    }

    /// Whether the configuration mentions the requirement at all (set, or "is not set").
    pub fn is_mentioned(&self) -> bool {
        self.setting.is_some()
    }

    /// Whether the configuration says the requirement is off ("is not set", `=n`, or a value).
    pub fn is_off(&self) -> bool {
        self.is_mentioned() && !self.is_met()
    }
}

/// A verdict from a kernel configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigVerdict<'m> {
    pub status: Status,
    /// What the symbols alone say, before mainline caps it: when the cap turns a built option
    /// into a no, the kernel's version decided, not the configuration.
    pub from_symbols: Status,
    /// The capability's own option is built in a kernel older than mainline's first version
    /// with the feature: a backport the configuration shows.
    pub backported: bool,
    /// Every requirement with the symbol that decided it.
    pub checks: Vec<SymbolCheck>,
    /// What mainline offers at the configuration's kernel version, when it is known; it caps
    /// the verdict (an option can exist before the feature it later carries).
    pub mainline: Option<Mainline<'m>>,
}

impl ConfigVerdict<'_> {
    /// The requirements the configuration does not mention; when the verdict is unknown, these
    /// are why.
    pub fn unmentioned(&self) -> impl Iterator<Item = &SymbolCheck> {
        self.checks.iter().filter(|c| !c.is_mentioned())
    }

    /// Whether the configuration itself decided the verdict: its options say no, or they say
    /// yes and mainline had the feature at its version (a restriction of mainline's may make
    /// that partial). Not when the options are on but the version predates the feature (an
    /// option can carry features added later, and a vendor may have backported them), nor
    /// when the configuration cannot tell.
    pub fn rests_on_config(&self) -> bool {
        match self.from_symbols {
            Status::No => true,
            Status::Yes | Status::Partial => self.status != Status::No,
            Status::Unknown => false,
        }
    }
}

/// Evaluates one capability from a configuration.
pub fn evaluate_config<'m>(capability: &'m Capability, config: &KernelConfig) -> ConfigVerdict<'m> {
    let checks: Vec<SymbolCheck> = capability
        .kconfig
        .iter()
        .map(|requirement| {
            let decided = requirement
                .split('|')
                .map(str::trim)
                .find_map(|symbol| config.get(symbol).map(|s| (symbol.to_owned(), s.clone())));
            SymbolCheck {
                requirement: requirement.clone(),
                symbol: decided.as_ref().map(|(symbol, _)| symbol.clone()),
                setting: decided.map(|(_, setting)| setting),
            }
        })
        .collect();
    // The first requirement is the capability's own switch; the rest complete it. What an
    // excerpt does not mention it cannot vouch for; what a whole configuration does not mention
    // is not built.
    let off = |c: &SymbolCheck| c.is_off() || (config.complete && !c.is_mentioned());
    let from_config = match checks.split_first() {
        None => Status::Unknown,
        Some((core, _)) if off(core) => Status::No,
        Some((core, _)) if !core.is_mentioned() => Status::Unknown,
        Some((_, rest)) if rest.iter().any(off) => Status::Partial,
        Some((_, rest)) if rest.iter().all(SymbolCheck::is_met) => Status::Yes,
        Some(_) => Status::Unknown,
    };
    let mainline = config.version.as_ref().map(|v| Mainline::of(capability, v));
    // Its own option in a kernel that predates the feature: the vendor backported it.
    let backported = capability.exclusive_switch
        && matches!(mainline, Some(Mainline::NotYet { .. }))
        && matches!(from_config, Status::Yes | Status::Partial);
    let status = match mainline.as_ref().map(Mainline::status) {
        // Capped by mainline: no feature without its code (an option the kernel's version
        // predates is not mentioned either), partial stays partial.
        Some(Status::No) if !checks.is_empty() && !backported => Status::No,
        Some(Status::Partial) if from_config == Status::Yes => Status::Partial,
        _ => from_config,
    };
    ConfigVerdict {
        status,
        from_symbols: from_config,
        backported,
        checks,
        mainline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;

    const RHEL8: &str = "\
#
# Automatically generated file; DO NOT EDIT.
# Linux/x86_64 4.18.0 Kernel Configuration
#
CONFIG_XEN=y
# CONFIG_XEN_PV is not set
CONFIG_XEN_PVHVM=y
CONFIG_XEN_BLKDEV_FRONTEND=m
CONFIG_XEN_NETDEV_FRONTEND=m
# CONFIG_XEN_PVH is not set
CONFIG_VIRTIO_PCI=y
CONFIG_VIRTIO_NET=m
CONFIG_VIRTIO_BLK=m
CONFIG_KVM_GUEST=y
CONFIG_NR_CPUS=8192
CONFIG_LOCALVERSION=\"\"
";

    fn verdict(capability: &str, config: &str) -> (Status, Vec<Option<String>>) {
        let capability = builtin().unwrap().capability(capability).unwrap();
        let config = KernelConfig::parse(config).unwrap();
        let verdict = evaluate_config(capability, &config);
        (
            verdict.status,
            verdict.checks.into_iter().map(|c| c.symbol).collect(),
        )
    }

    #[test]
    fn parses_settings_and_the_version_header() {
        let config = KernelConfig::parse(RHEL8).unwrap();
        assert_eq!(config.get("CONFIG_XEN"), Some(&Setting::BuiltIn));
        assert_eq!(
            config.get("CONFIG_XEN_BLKDEV_FRONTEND"),
            Some(&Setting::Module)
        );
        assert_eq!(config.get("CONFIG_XEN_PV"), Some(&Setting::NotSet));
        assert_eq!(
            config.get("CONFIG_NR_CPUS"),
            Some(&Setting::Value("8192".into()))
        );
        assert_eq!(config.get("CONFIG_XEN_DOM0"), None);
        assert_eq!(config.version.unwrap().to_string(), "4.18.0");
        assert!(KernelConfig::parse("no config here\n# just a comment").is_none());
    }

    #[test]
    fn symbols_decide_and_the_newer_alternative_wins_when_present() {
        // 4.18 has CONFIG_XEN_PV, and RHEL 8 switches it off: no PV guest.
        assert_eq!(verdict("xen-pv-guest", RHEL8).0, Status::No);
        assert_eq!(verdict("xen-pvhvm", RHEL8).0, Status::Yes);
        // The excerpt does not mention CONFIG_XEN_DOM0: it cannot tell.
        assert_eq!(verdict("xen-dom0", RHEL8).0, Status::Unknown);
        assert_eq!(verdict("virtio-net-blk", RHEL8).0, Status::Yes);
        let without_blk = RHEL8.replace("CONFIG_VIRTIO_BLK=m", "# CONFIG_VIRTIO_BLK is not set");
        assert_eq!(verdict("virtio-net-blk", &without_blk).0, Status::Partial);
        // A 3.10 config has no CONFIG_XEN_PV: CONFIG_XEN decides.
        let old = "# Linux/x86_64 3.10.0 Kernel Configuration\nCONFIG_XEN=y\nCONFIG_XEN_BLKDEV_FRONTEND=m\nCONFIG_XEN_NETDEV_FRONTEND=m\n";
        let (status, symbols) = verdict("xen-pv-guest", old);
        assert_eq!(status, Status::Yes);
        assert_eq!(symbols[0].as_deref(), Some("CONFIG_XEN"));
    }

    #[test]
    fn a_required_symbol_the_paste_does_not_mention_is_unknown_not_no() {
        // Regression: a symbol missing from the paste counted as switched off. The paste may be
        // an excerpt; only "is not set" (or =n) says no.
        let header = "# Linux/x86_64 6.1.0 Kernel Configuration\n";
        for (capability, lines, status) in [
            // The switch is not mentioned at all.
            ("xen-dom0", "CONFIG_VIRTIO_PCI=y\n", Status::Unknown),
            ("virtio-net-blk", "CONFIG_XEN=y\n", Status::Unknown),
            // The switch is on, a later requirement is not mentioned.
            (
                "virtio-net-blk",
                "CONFIG_VIRTIO_PCI=y\nCONFIG_VIRTIO_NET=m\n",
                Status::Unknown,
            ),
            // The switch is on and a later one off: partial, whatever the rest.
            (
                "virtio-net-blk",
                "CONFIG_VIRTIO_PCI=y\n# CONFIG_VIRTIO_NET is not set\n",
                Status::Partial,
            ),
            // The switch is off: no, whatever the rest.
            (
                "xen-dom0",
                "# CONFIG_XEN_DOM0 is not set\nCONFIG_XEN_NETDEV_BACKEND=m\n",
                Status::No,
            ),
            ("virtio-net-blk", "CONFIG_VIRTIO_PCI=n\n", Status::No),
        ] {
            for text in [format!("{header}{lines}"), lines.to_owned()] {
                assert_eq!(verdict(capability, &text).0, status, "{capability}: {text}");
            }
        }
        let capability = builtin().unwrap().capability("xen-dom0").unwrap();
        let config =
            KernelConfig::parse("CONFIG_XEN_DOM0=y\nCONFIG_XEN_NETDEV_BACKEND=m\n").unwrap();
        let verdict = evaluate_config(capability, &config);
        let unmentioned: Vec<&str> = verdict
            .unmentioned()
            .map(|c| c.requirement.as_str())
            .collect();
        assert_eq!(unmentioned, ["CONFIG_XEN_BLKDEV_BACKEND"]);
    }

    #[test]
    fn a_symbol_absent_because_the_kernel_predates_the_feature_is_no() {
        // virtio-gpu came in 4.2: a 3.10 configuration cannot mention its option.
        let old = "# Linux/x86_64 3.10.0 Kernel Configuration\nCONFIG_VIRTIO_PCI=y\n";
        assert_eq!(verdict("virtio-gpu", old).0, Status::No);
        let new = "# Linux/x86_64 6.1.0 Kernel Configuration\nCONFIG_VIRTIO_PCI=y\n";
        assert_eq!(verdict("virtio-gpu", new).0, Status::Unknown);
    }

    #[test]
    fn conflicting_lines_are_kept_with_every_setting_and_older_headers_read() {
        let text = "# Linux kernel version: 2.6.32-5-amd64\nCONFIG_XEN=y\nCONFIG_KVM_GUEST=y\n\
                    # CONFIG_XEN is not set\nCONFIG_XEN=m\nCONFIG_KVM_GUEST=y\n";
        let config = KernelConfig::parse(text).unwrap();
        assert_eq!(
            config.version.as_ref().unwrap().to_string(),
            "2.6.32-5-amd64"
        );
        // The last line counts, as in Kconfig; the same setting twice is no conflict.
        assert_eq!(config.get("CONFIG_XEN"), Some(&Setting::Module));
        assert_eq!(
            config.conflicts,
            [(
                "CONFIG_XEN".to_owned(),
                vec![Setting::BuiltIn, Setting::NotSet, Setting::Module]
            )]
        );
    }

    #[test]
    fn a_whole_shipped_config_says_no_where_an_excerpt_cannot_tell() {
        let capability = builtin().unwrap().capability("xen-dom0").unwrap();
        let settings = [("CONFIG_XEN".to_owned(), Setting::BuiltIn)];
        let version = Some("6.1.0".parse().unwrap());
        let excerpt = KernelConfig::from_settings(settings.clone(), version.clone(), false);
        let whole = KernelConfig::from_settings(settings, version, true);
        let (excerpt, whole) = (
            evaluate_config(capability, &excerpt),
            evaluate_config(capability, &whole),
        );
        assert_eq!(
            (excerpt.status, excerpt.rests_on_config()),
            (Status::Unknown, false)
        );
        assert_eq!((whole.status, whole.rests_on_config()), (Status::No, true));
        // Options on, but the version predates the feature: the version decided, not the file.
        let eoi = builtin().unwrap().capability("kvm-pv-eoi").unwrap();
        let old = KernelConfig::from_settings(
            [("CONFIG_KVM_GUEST".to_owned(), Setting::BuiltIn)],
            Some("3.2.0".parse().unwrap()),
            true,
        );
        let verdict = evaluate_config(eoi, &old);
        assert_eq!(
            (verdict.status, verdict.rests_on_config()),
            (Status::No, false)
        );
    }

    #[test]
    fn a_capability_s_own_option_in_an_older_kernel_is_a_backport() {
        // virtio-gpu came in 4.2; RHEL 7's 3.10 kernel has its option: backported.
        let old = "# Linux/x86_64 3.10.0 Kernel Configuration\nCONFIG_DRM_VIRTIO_GPU=m\n";
        assert_eq!(verdict("virtio-gpu", old).0, Status::Yes);
        let config = KernelConfig::parse(old).unwrap();
        let capability = builtin().unwrap().capability("virtio-gpu").unwrap();
        assert!(evaluate_config(capability, &config).backported);
        // A shared option shows nothing of the feature: CONFIG_KVM_GUEST predates PV EOI.
        let kvm = builtin().unwrap().capability("kvm-pv-eoi").unwrap();
        assert!(!kvm.exclusive_switch && capability.exclusive_switch);
    }

    #[test]
    fn mainline_caps_what_the_options_claim() {
        // CONFIG_KVM_GUEST predates PV EOI (3.6): a 3.2 kernel with it still has no PV EOI.
        let old = "# Linux/x86_64 3.2.0 Kernel Configuration\nCONFIG_KVM_GUEST=y\n";
        assert_eq!(verdict("kvm-pv-eoi", old).0, Status::No);
        let new = "# Linux/x86_64 3.10.0 Kernel Configuration\nCONFIG_KVM_GUEST=y\n";
        assert_eq!(verdict("kvm-pv-eoi", new).0, Status::Yes);
    }
}
