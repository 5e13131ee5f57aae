//! Writes or updates a release's extract in `data/kconfigs.json` from the kernel configuration
//! file the release shipped: the Kconfig symbols the capabilities name, how the file sets them,
//! and where the file comes from; the file's path and sha256 go into
//! `data/kconfigs-provenance.json`, which is not compiled into the widget.
//!
//! ```text
//! cargo run --example import-kconfig -- <release-id> <config file> \
//!     --package <kernel package> --url <https URL of the file or package> --title <citation> \
//!     [--path <path inside the package>] [--point-release <8.10>] [--arch x86_64] [--note <text>]
//! ```
//!
//! It refuses, naming the problem, a file that is not a kernel configuration (no `CONFIG_`
//! lines, no version header, a version that does not parse or is not of the release's kernel
//! series), a release id that does not exist, and a file that sets one symbol two ways. It
//! checks the new data with the data lint before writing, and replaces the file in one step, so
//! it never half-writes an extract.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use pv_matrix::matrix::builtin;
use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::kconfig::extract;
use pv_matrix::matrix::load::{load, DataFile};
use serde_json::Value;
use sha2::{Digest, Sha256};

const DATA: &str = "data/kconfigs.json";
const PROVENANCE: &str = "data/kconfigs-provenance.json";
/// The order of an extract's fields in the file.
const FIELDS: [&str; 11] = [
    "release",
    "package",
    "point_release",
    "arch",
    "title",
    "url",
    "version",
    "note",
    "built_in",
    "module",
    "not_set",
];

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("import-kconfig: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (positional, options) = parse_args(&args)?;
    let [release_id, file] = positional.as_slice() else {
        return Err(USAGE.to_owned());
    };
    let matrix = builtin().map_err(|e| format!("the data does not load:\n{e}"))?;
    let release = matrix.release(release_id).ok_or_else(|| {
        format!("{release_id:?} is not a release id in data/distros (e.g. rhel-8, debian-12)")
    })?;
    if release.id != release_id.as_str() {
        return Err(format!(
            "{release_id:?} is an alias; use the release id {:?}",
            release.id.as_str()
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let symbols = extract(&matrix.capabilities, &release.kernel, &bytes)
        .map_err(|problem| format!("{file}: {problem}"))?;
    let version = &symbols.version;
    let lists: Vec<(&str, &Vec<String>)> = [
        ("built_in", &symbols.built_in),
        ("module", &symbols.module),
        ("not_set", &symbols.not_set),
    ]
    .into_iter()
    .filter(|(_, symbols)| !symbols.is_empty())
    .collect();

    let required = |name: &str| -> Result<String, String> {
        options
            .get(name)
            .cloned()
            .ok_or_else(|| format!("--{name} is required\n{USAGE}"))
    };
    let mut extract = serde_json::Map::new();
    let mut put = |key: &str, value: Value| {
        extract.insert(key.to_owned(), value);
    };
    put("release", release.id.as_str().into());
    put("package", required("package")?.into());
    if let Some(point) = options.get("point-release") {
        put("point_release", point.as_str().into());
    }
    put(
        "arch",
        options.get("arch").map_or("x86_64", String::as_str).into(),
    );
    put("title", required("title")?.into());
    put("url", required("url")?.into());
    put("version", version.to_string().into());
    if let Some(note) = options.get("note") {
        put("note", note.as_str().into());
    }
    for (list, listed) in &lists {
        put(list, (*listed).clone().into());
    }

    let mut file = serde_json::Map::new();
    file.insert("release".into(), release.id.as_str().into());
    if let Some(path) = options.get("path") {
        file.insert("path".into(), path.as_str().into());
    }
    file.insert("sha256".into(), hex(&Sha256::digest(&bytes)).into());

    let (written, replaced) = upsert(DATA, "configs", extract, &FIELDS)?;
    let (provenance, _) = upsert(PROVENANCE, "files", file, &["release", "path", "sha256"])?;

    // The data lint judges the result before anything is written.
    let mut files = builtin_files();
    files.kconfigs = DataFile {
        path: DATA,
        text: &written,
    };
    load(&files).map_err(|e| format!("the new extract does not pass the data lint:\n{e}"))?;
    replace(PROVENANCE, &provenance)?;
    replace(DATA, &written)?;
    let counts: Vec<String> = lists
        .iter()
        .map(|(list, symbols)| format!("{} {list}", symbols.len()))
        .collect();
    Ok(format!(
        "{} {}'s configuration (Linux {version}) in {DATA}: {}; {} of the capabilities' symbols \
         are not in the file",
        if replaced { "Replaced" } else { "Added" },
        release.name,
        counts.join(", "),
        symbols.absent
    ))
}

const USAGE: &str = "usage: cargo run --example import-kconfig -- <release-id> <config file> \
    --package <kernel package> --url <https URL> --title <citation> [--path <path in package>] \
    [--point-release <8.10>] [--arch <x86_64>] [--note <text>]";

fn parse_args(args: &[String]) -> Result<(Vec<String>, BTreeMap<String, String>), String> {
    let known = [
        "package",
        "url",
        "title",
        "path",
        "point-release",
        "arch",
        "note",
    ];
    let mut positional = Vec::new();
    let mut options = BTreeMap::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.strip_prefix("--") {
            Some(name) if known.contains(&name) => {
                let value = args
                    .next()
                    .ok_or_else(|| format!("--{name} needs a value\n{USAGE}"))?;
                options.insert(name.to_owned(), value.clone());
            }
            Some(name) => return Err(format!("unknown option --{name}\n{USAGE}")),
            None => positional.push(arg.clone()),
        }
    }
    Ok((positional, options))
}

/// The file `path` with `item` in its list `list` in place of the item for the same release,
/// sorted by release, as text; and whether an item was replaced.
fn upsert(
    path: &str,
    list: &str,
    item: serde_json::Map<String, Value>,
    fields: &[&str],
) -> Result<(String, bool), String> {
    let current = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut document: Value =
        serde_json::from_str(&current).map_err(|e| format!("{path} is not JSON: {e}"))?;
    let items = document[list]
        .as_array_mut()
        .ok_or_else(|| format!("{path} has no \"{list}\" list"))?;
    let old = items.iter().position(|c| c["release"] == item["release"]);
    match old {
        Some(i) => items[i] = Value::Object(item),
        None => items.push(Value::Object(item)),
    }
    items.sort_by(|a, b| a["release"].as_str().cmp(&b["release"].as_str()));
    Ok((write(list, items, fields), old.is_some()))
}

/// Replaces a file in one step: written beside it, then renamed over it.
fn replace(path: &str, text: &str) -> Result<(), String> {
    let temporary = Path::new(path).with_extension("json.new");
    std::fs::write(&temporary, text)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| format!("cannot write {path}: {e}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file as people read it: one item per block, one field per line, lists on one line.
fn write(list: &str, items: &[Value], fields: &[&str]) -> String {
    let mut out = format!("{{\n  \"{list}\": [\n");
    for (i, config) in items.iter().enumerate() {
        out.push_str("    {\n");
        let fields: Vec<String> = fields
            .iter()
            .filter_map(|&key| {
                let value = config.get(key)?;
                Some(format!("      \"{key}\": {value}"))
            })
            .collect();
        out.push_str(&fields.join(",\n"));
        out.push_str(if i + 1 == items.len() {
            "\n    }\n"
        } else {
            "\n    },\n"
        });
    }
    out.push_str("  ]\n}\n");
    out
}
