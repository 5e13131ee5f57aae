//! The properties the fuzz harness (`examples/fuzz.rs`) checks on generated inputs and
//! `tests/fuzz_regressions.rs` replays on the inputs saved under `tests/fuzz-regressions/`.
//!
//! Each target is one function from a text (what a person pastes, a link's query string, a data
//! document) to `Ok(())` or the property it broke. A panic is a failure too: the harness and the
//! regression test both catch it.

use std::cmp::Ordering;

use pv_matrix::app::i18n::Lang;
use pv_matrix::app::state::State;
use pv_matrix::app::text;
use pv_matrix::app::url::QueryParams;
use pv_matrix::matrix::detect::{detect, Confidence, OsRelease};
use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::json::{self, Json};
use pv_matrix::matrix::kconfig::{evaluate_config, KernelConfig};
use pv_matrix::matrix::load::{load, load_custom, DataFile};
use pv_matrix::matrix::{builtin, evaluate, evaluate_detected, KernelVersion, Matrix};

/// One fuzz target: its name (also the folder of its regression inputs) and its check.
pub struct Target {
    pub name: &'static str,
    pub check: fn(&str) -> Result<(), String>,
}

/// Every target, in the order the harness runs them.
pub const TARGETS: [Target; 6] = [
    Target {
        name: "kernel",
        check: kernel,
    },
    Target {
        name: "os-release",
        check: os_release,
    },
    Target {
        name: "kconfig",
        check: kconfig,
    },
    Target {
        name: "query",
        check: query,
    },
    Target {
        name: "json",
        check: json,
    },
    Target {
        name: "custom-data",
        check: custom_data,
    },
];

/// The built-in matrix; the data lint keeps it loading.
fn matrix() -> &'static Matrix {
    builtin().expect("the built-in data loads")
}

/// Fails with `message` unless `condition` holds.
fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(message())
    }
}

/// Versions every parsed input is ordered against: numbers of two to four parts, with and
/// without vendor suffixes, numeric and alphabetic suffix pieces.
const REFERENCE_KERNELS: [&str; 12] = [
    "2.6.18-419.el5xen",
    "2.6.32",
    "2.6.32.27",
    "2.6.32-71.el6",
    "2.6.32-754.35.1.el6.x86_64",
    "3.0",
    "3.0.0",
    "3.0.101-63-xen",
    "5.15.0-91-generic",
    "5.15.0-100-generic",
    "6.9-rc1",
    "6.6.0+",
];

/// `KernelVersion::from_str` on the whole text and on each of its lines: what parses prints
/// back to a text that parses to the same version, a suffix sorts after its base, and the
/// ordering is a total order consistent with `==` (against each other and the references).
pub fn kernel(text: &str) -> Result<(), String> {
    let mut parsed = Vec::new();
    for candidate in std::iter::once(text).chain(text.lines()).take(17) {
        match candidate.parse::<KernelVersion>() {
            Ok(version) => {
                let printed = version.to_string();
                let again = printed.parse::<KernelVersion>().map_err(|e| {
                    format!("{candidate:?} prints as {printed:?}, which does not parse: {e}")
                })?;
                ensure(again == version, || {
                    format!("{candidate:?} prints as {printed:?}, which parses to {again:?}")
                })?;
                ensure(again.to_string() == printed, || {
                    format!("{printed:?} prints as {again}")
                })?;
                let base = version.base();
                ensure(base.cmp_base(&version) == Ordering::Equal, || {
                    format!("{candidate:?}: the base compares unequal")
                })?;
                ensure(version.suffix().is_none() || base < version, || {
                    format!("{candidate:?} does not sort after its base {base}")
                })?;
                parsed.push(version);
            }
            Err(e) => ensure(!e.to_string().is_empty() && e.input() == candidate, || {
                format!("{candidate:?}: the error {e:?} does not name its input")
            })?,
        }
    }
    let inputs = parsed.len();
    parsed.extend(REFERENCE_KERNELS.iter().filter_map(|k| k.parse().ok()));
    for a in &parsed[..inputs] {
        for b in &parsed {
            let order = a.cmp(b);
            ensure(b.cmp(a) == order.reverse(), || {
                format!("{a} vs {b} is {order:?} but {b} vs {a} is {:?}", b.cmp(a))
            })?;
            ensure((order == Ordering::Equal) == (a == b), || {
                format!("{a} vs {b} is {order:?} but == says {}", a == b)
            })?;
            ensure(a.partial_cmp(b) == Some(order), || {
                format!("{a} vs {b}: partial_cmp disagrees with cmp")
            })?;
            // `cmp_base` ignores how many numbers were written (`3.0` is `3.0.0`); otherwise
            // it orders as the bases do.
            let base_order = a.cmp_base(b);
            ensure(
                base_order == b.cmp_base(a).reverse()
                    && (base_order == Ordering::Equal || base_order == a.base().cmp(&b.base())),
                || format!("{a} vs {b}: cmp_base disagrees with comparing the bases"),
            )?;
            for c in &parsed {
                if a <= b && b <= c {
                    ensure(a <= c, || format!("{a} <= {b} <= {c} but not {a} <= {c}"))?;
                }
                if c <= a && a <= b {
                    ensure(c <= b, || format!("{c} <= {a} <= {b} but not {c} <= {b}"))?;
                }
            }
        }
    }
    Ok(())
}

/// `detect` and the os-release parser on pasted text: never a panic; either a detection that
/// says why with at least one piece of evidence (every piece of it worded), or an error with a
/// message. Every capability can then be evaluated for the detection.
pub fn os_release(text: &str) -> Result<(), String> {
    let matrix = matrix();
    if let Some(os) = OsRelease::parse(text) {
        ensure(!os.id.is_empty(), || {
            "os-release parsed without an ID".into()
        })?;
    }
    match detect(matrix, text) {
        Ok(detection) => {
            ensure(!detection.evidence.is_empty(), || {
                format!("a detection without evidence: {detection:?}")
            })?;
            for lang in Lang::ALL {
                for evidence in &detection.evidence {
                    let words = text::evidence(lang, evidence);
                    ensure(!words.trim().is_empty(), || {
                        format!("{evidence:?} is worded as {words:?} in {}", lang.code())
                    })?;
                }
            }
            ensure(
                detection.confidence < Confidence::Likely || detection.release.is_some(),
                || format!("{:?} without a release", detection.confidence),
            )?;
            for capability in &matrix.capabilities {
                let _ = evaluate_detected(&detection, capability);
            }
        }
        Err(e) => ensure(!e.to_string().trim().is_empty(), || {
            format!("an error without a message: {e:?}")
        })?,
    }
    Ok(())
}

/// The kernel config parser: never a panic; a parsed configuration mentions at least one
/// symbol, and every capability evaluates against it with one check per requirement, each
/// decided by a symbol the requirement names.
pub fn kconfig(text: &str) -> Result<(), String> {
    let Some(config) = KernelConfig::parse(text) else {
        return Ok(());
    };
    ensure(!config.is_empty(), || {
        "a configuration without symbols".into()
    })?;
    for capability in &matrix().capabilities {
        let verdict = evaluate_config(capability, &config);
        ensure(verdict.checks.len() == capability.kconfig.len(), || {
            format!("{}: {} checks", capability.id, verdict.checks.len())
        })?;
        for check in &verdict.checks {
            if let Some(symbol) = &check.symbol {
                ensure(
                    check.requirement.split('|').any(|s| s.trim() == symbol),
                    || format!("{} decided by {symbol}", check.requirement),
                )?;
            }
        }
    }
    Ok(())
}

/// `QueryParams::parse` and `State::from_query` on any query string: the parameters written
/// back read back the same; the state the widget writes into its link reads back to the same
/// state, and reading that link again changes nothing.
pub fn query(text: &str) -> Result<(), String> {
    let matrix = matrix();
    let params = QueryParams::parse(text);
    // The kernel text is decoded as a browser's URLSearchParams would.
    let kernel = text
        .trim_start_matches('?')
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .rfind(|(key, _)| form_decode(key) == "kernel")
        .map(|(_, value)| form_decode(value).chars().take(4096).collect::<String>());
    ensure(params.kernel == kernel, || {
        format!("kernel read as {:?}, expected {kernel:?}", params.kernel)
    })?;
    let written = params.to_query();
    ensure(QueryParams::parse(&written) == params, || {
        format!("parameters {params:?} written as {written:?} read back differently")
    })?;

    let matrix = pv_matrix::app::custom::SharedMatrix::new(matrix.clone());
    let state = State::from_query(matrix.clone(), &params);
    let link = state.to_params().to_query();
    let again = State::from_query(matrix.clone(), &QueryParams::parse(&link));
    ensure(again.to_params() == state.to_params(), || {
        format!("link {link:?} reads back as {:?}", again.to_params())
    })?;
    ensure(again.view == state.view, || {
        format!(
            "link {link:?}: view {:?} reads back as {:?}",
            state.view, again.view
        )
    })?;
    ensure(again.unknown.is_empty(), || {
        format!(
            "the widget's own link {link:?} has unknown ids: {:?}",
            again.unknown
        )
    })?;
    let third = State::from_query(matrix, &QueryParams::parse(&again.to_params().to_query()));
    ensure(third == again, || {
        format!("link {link:?}: reading it twice gives different states")
    })?;
    Ok(())
}

/// Decodes `application/x-www-form-urlencoded` text as the URL standard does: `+` is a space,
/// `%` with two hex digits a byte, any other `%` itself; bytes that are not UTF-8 are replaced.
fn form_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |i: usize| bytes.get(i).and_then(|&b| char::from(b).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Nesting deeper than this is refused by the project's reader (`json::MAX_DEPTH`), by design.
const JSON_MAX_DEPTH: usize = 64;

/// `json::parse` on any text: never a panic, and it accepts what serde_json accepts, reading
/// the same value. Two differences are by design: deeper nesting than [`JSON_MAX_DEPTH`] is
/// refused, and numbers beyond `f64` are accepted (they are kept as text). A document that is an
/// object is also loaded as a distribution file beside the built-in ones: a matrix or problems.
pub fn json(text: &str) -> Result<(), String> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => ensure(same(a, b), || format!("read as {a:?}, serde_json: {b:?}"))?,
        (Err(e), Ok(b)) => ensure(
            e.message == "nested too deeply" && depth(b) > JSON_MAX_DEPTH,
            || format!("refused ({e}) but serde_json reads {b:?}"),
        )?,
        (Ok(a), Err(e)) => ensure(e.to_string().starts_with("number out of range"), || {
            format!("read as {a:?} but serde_json refuses it: {e}")
        })?,
        (Err(e), Err(_)) => {
            let lines = text.split('\n').count();
            ensure(e.line >= 1 && e.line <= lines && e.column >= 1, || {
                format!(
                    "error at line {}, column {} of {lines} lines",
                    e.line, e.column
                )
            })?;
        }
    }
    // A document that reads as an object is also loaded as a distribution file (what does not
    // read stops at the same JSON error in the loader).
    if matches!(ours, Ok(Json::Object(_))) {
        let mut files = builtin_files();
        files.distros.push(DataFile {
            path: "data/distros/fuzz.json",
            text,
        });
        if let Err(error) = load(&files) {
            ensure(!error.problems.is_empty(), || {
                "an error without problems".into()
            })?;
            ensure(error.problems.iter().all(|p| !p.message.is_empty()), || {
                format!("a problem without a message: {:?}", error.problems)
            })?;
        }
    }
    Ok(())
}

/// How deeply arrays and objects nest in a value (a scalar is 0).
fn depth(value: &serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(members) => 1 + members.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// Whether the project's reader read the same value as serde_json. serde_json keeps the last of
/// duplicate member names; the project's reader keeps them all (its shapes report them).
fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        // The reader keeps a number's text, which serde_json must read as the same number
        // (comparing values would trip on serde_json's approximate float parsing).
        (Json::Number(a), Value::Number(_)) => {
            serde_json::from_str::<Value>(a).is_ok_and(|n| n == *theirs)
        }
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), Value::Object(b)) => {
            let last = |name: &String| a.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v);
            a.iter().all(|(name, _)| b.contains_key(name))
                && b.iter()
                    .all(|(name, w)| last(name).is_some_and(|v| same(v, w)))
        }
        _ => false,
    }
}

/// `load_custom` on any document: never a panic; every problem worded; every built-in release
/// still there under its id (a custom release may replace one, keeping the id); the
/// capabilities untouched; every changed release evaluates for every capability.
pub fn custom_data(text: &str) -> Result<(), String> {
    let base = matrix();
    let result = load_custom(
        &builtin_files(),
        builtin().unwrap(),
        DataFile {
            path: "custom",
            text,
        },
    )
    .map_err(|e| format!("the built-in data failed to load: {e:?}"))?;
    for problem in &result.problems {
        ensure(
            !problem.message.trim().is_empty() && !problem.to_string().is_empty(),
            || format!("a problem without a message: {problem:?}"),
        )?;
    }
    let custom = &result.matrix;
    for release in base.releases() {
        let found = custom.release(&release.id);
        ensure(found.is_some_and(|r| r.id == release.id), || {
            format!(
                "the built-in {} is lost or shadowed (found {:?})",
                release.id,
                found.map(|r| &r.id)
            )
        })?;
    }
    ensure(custom.capabilities == base.capabilities, || {
        "the capabilities changed".into()
    })?;
    if result.releases + result.statements == 0 && custom.distros.len() == base.distros.len() {
        ensure(custom == base, || {
            "nothing was applied, yet the matrix changed".into()
        })?;
    }
    for release in custom.releases() {
        if base.release(&release.id) != Some(release) {
            for capability in &custom.capabilities {
                let _ = evaluate(release, capability);
            }
        }
    }
    Ok(())
}
