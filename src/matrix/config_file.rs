//! A kernel configuration file as text says it (`/boot/config-$(uname -r)`, a distribution's
//! shipped config, or an excerpt pasted by a reader): how it sets each `CONFIG_` symbol, and the
//! kernel version in its header. What that means for a capability is `kconfig`'s.

use std::collections::HashMap;

use super::version::KernelVersion;

/// How a configuration sets one symbol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    /// `=y`
    BuiltIn,
    /// `=m`
    Module,
    /// `# CONFIG_X is not set` or `=n`
    NotSet,
    /// Any other value (numbers, strings).
    Value(String),
}

impl Setting {
    /// Whether the symbol enables code (built in or as a module).
    pub fn is_enabled(&self) -> bool {
        matches!(self, Setting::BuiltIn | Setting::Module)
    }
}

/// A parsed kernel configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KernelConfig {
    symbols: HashMap<String, Setting>,
    /// From the header line `# Linux/x86 6.1.0 Kernel Configuration` (or the older
    /// `# Linux kernel version: 2.6.32`), when present.
    pub version: Option<KernelVersion>,
    /// A whole configuration as a distribution shipped it, not a pasted excerpt: a symbol it
    /// does not mention is not built (its option is missing, or what it depends on is off).
    pub complete: bool,
    /// Symbols set differently on two lines (`CONFIG_X=y`, later `# CONFIG_X is not set`),
    /// with each setting in order; the last one is kept, but a reader must be told.
    pub conflicts: Vec<(String, Vec<Setting>)>,
}

impl KernelConfig {
    /// Reads a configuration; `None` when the text has no `CONFIG_` lines at all.
    pub fn parse(text: &str) -> Option<KernelConfig> {
        let mut config = KernelConfig::default();
        for line in text.lines().map(str::trim) {
            if let Some(rest) = line.strip_prefix("# ") {
                if let Some(symbol) = rest.strip_suffix(" is not set") {
                    if symbol.starts_with("CONFIG_") {
                        config.set(symbol, Setting::NotSet);
                    }
                } else if let Some(header) = rest.strip_suffix(" Kernel Configuration") {
                    config.version = header
                        .split_whitespace()
                        .nth(1)
                        .and_then(|v| v.parse().ok());
                } else if let Some(version) = rest.strip_prefix("Linux kernel version: ") {
                    config.version = version.trim().parse().ok();
                }
            } else if let Some((symbol, value)) = line.split_once('=') {
                if symbol.starts_with("CONFIG_") && !symbol.contains(char::is_whitespace) {
                    let setting = match value {
                        "y" => Setting::BuiltIn,
                        "m" => Setting::Module,
                        "n" => Setting::NotSet,
                        other => Setting::Value(other.trim_matches('"').to_owned()),
                    };
                    config.set(symbol, setting);
                }
            }
        }
        (!config.symbols.is_empty()).then_some(config)
    }

    /// A configuration from known settings, e.g. a shipped config's extract.
    pub fn from_settings(
        settings: impl IntoIterator<Item = (String, Setting)>,
        version: Option<KernelVersion>,
        complete: bool,
    ) -> KernelConfig {
        let mut config = KernelConfig {
            version,
            complete,
            ..KernelConfig::default()
        };
        for (symbol, setting) in settings {
            config.set(&symbol, setting);
        }
        config
    }

    fn set(&mut self, symbol: &str, setting: Setting) {
        match self.symbols.insert(symbol.to_owned(), setting.clone()) {
            Some(earlier) if earlier != setting => {
                match self.conflicts.iter_mut().find(|(s, _)| s == symbol) {
                    Some((_, settings)) => settings.push(setting),
                    None => self
                        .conflicts
                        .push((symbol.to_owned(), vec![earlier, setting])),
                }
            }
            _ => {}
        }
    }

    /// Every symbol it mentions, with its setting, in no particular order.
    pub fn settings(&self) -> impl Iterator<Item = (&str, &Setting)> {
        self.symbols.iter().map(|(symbol, s)| (symbol.as_str(), s))
    }

    /// How the configuration sets a symbol; `None` when it does not mention it.
    pub fn get(&self, symbol: &str) -> Option<&Setting> {
        self.symbols.get(symbol)
    }

    /// How many symbols the configuration mentions.
    pub fn len(&self) -> usize {
        self.symbols.len()
    }

    /// Whether it mentions no symbol (never true for a parsed configuration).
    pub fn is_empty(&self) -> bool {
        self.symbols.is_empty()
    }
}
