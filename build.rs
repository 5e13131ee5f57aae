//! Prepares the data files for `src/matrix/embedded.rs`, in three forms:
//! - `data/`: as they are, for native builds (the data lint, the tests, the tools);
//! - `pv-matrix-data.txt`, the complete bundle: what the page shows, which leaves out what only
//!   the data lint reads (the sources of point releases, of support phases and of kernel
//!   builds; the dates of point releases that no kernel build names) and the sources nothing
//!   cites, without white space. The page fetches it when a reader first needs its words;
//! - `lean/`: the same without the words (notes, the titles and addresses of sources), which
//!   the WebAssembly compiles in: what verdicts need, and a quarter of the bytes.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let mut files: Vec<String> = [
        "capabilities.json",
        "glossary.json",
        "kconfigs.json",
        "sources.json",
    ]
    .map(String::from)
    .to_vec();
    let distros = std::fs::read_dir("data/distros").expect("data/distros is readable");
    let mut distros: Vec<String> = distros
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.ends_with(".json").then(|| format!("distros/{name}"))
        })
        .collect();
    distros.sort();
    files.extend(distros);
    let read = |file: &str| {
        std::fs::read_to_string(Path::new("data").join(file))
            .unwrap_or_else(|e| panic!("data/{file}: {e}"))
    };
    for dir in ["data/distros", "lean/distros"] {
        std::fs::create_dir_all(out.join(dir)).expect("OUT_DIR is writable");
    }
    // As they are, for native builds.
    for file in &files {
        std::fs::write(out.join("data").join(file), read(file)).expect("written");
    }

    // What the page shows. Invalid JSON is the data lint's to report, with its place: it is
    // passed on as it is.
    let mut documents: Vec<(String, Result<Value, String>)> = files
        .iter()
        .map(|f| {
            let text = read(f);
            (
                f.clone(),
                serde_json::from_str::<Value>(&text).map_err(|_| text),
            )
        })
        .collect();
    let mut cited = BTreeSet::new();
    for (file, document) in &mut documents {
        if let (true, Ok(document)) = (file.starts_with("distros/"), document.as_mut()) {
            strip_provenance(document);
        }
        if let (false, Ok(document)) = (file == "sources.json", document.as_ref()) {
            collect_cited(document, &mut cited);
        }
    }
    for (file, document) in &mut documents {
        if let (true, Ok(document)) = (file == "sources.json", document.as_mut()) {
            if let Some(sources) = document["sources"].as_array_mut() {
                sources.retain(|s| s["id"].as_str().is_some_and(|id| cited.contains(id)));
            }
        }
    }

    // The complete bundle: every file on one line after its path, behind a header with the
    // bundle's version, which the WebAssembly compares with its own (a cached bundle of
    // another build is refused, not mixed in).
    let mut body = String::new();
    for (file, document) in &documents {
        let text = match document {
            Ok(document) => document.to_string(),
            Err(text) => text.replace(['\r', '\n'], " "),
        };
        body.push_str(&format!("data/{file}\n{text}\n"));
    }
    let version = format!("{:016x}", fnv1a(body.as_bytes()));
    let bundle = format!("pv-matrix-data {version}\n{body}");
    std::fs::write(out.join(BUNDLE), bundle).expect("written");
    println!("cargo:rustc-env=PVM_DATA_VERSION={version}");

    // The lean files: what verdicts need, without the words (notes, the titles and addresses
    // of sources), compiled into the WebAssembly.
    for (file, document) in documents {
        let text = match document {
            Ok(mut document) => {
                strip_words(&mut document, &file);
                document.to_string()
            }
            Err(text) => text,
        };
        std::fs::write(out.join("lean").join(&file), text).expect("written");
    }
}

/// The complete bundle's file name, in `OUT_DIR` and beside the page.
const BUNDLE: &str = "pv-matrix-data.txt";

/// FNV-1a, 64 bits: enough to tell two builds' data apart, and no dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Drops the words: notes (but a flavour's, which says what the flavour is), in the sources
/// file each source's title and address, in the glossary each term's and claim's texts.
fn strip_words(value: &mut Value, file: &str) {
    match value {
        Value::Object(members) => {
            if file == "sources.json" {
                members.remove("title");
                members.remove("url");
            }
            // A glossary term keeps its id, the words that name it (the texts' term links are
            // checked against them) and its sources; a claim its id and sources.
            if file == "glossary.json" {
                members.remove("en");
                members.remove("de");
            }
            members.remove("note");
            members.remove("notes");
            for (name, member) in members.iter_mut() {
                if name != "flavours" {
                    strip_words(member, file);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| strip_words(i, file)),
        _ => {}
    }
}

/// Drops the sources of point releases, support phases and kernel builds.
fn strip_provenance(distro: &mut Value) {
    let Some(releases) = distro["releases"].as_array_mut() else {
        return;
    };
    for release in releases.iter_mut().filter_map(Value::as_object_mut) {
        release.remove("kernel_sources");
        for phase in release
            .get_mut("support")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            phase.as_object_mut().map(|p| p.remove("sources"));
        }
        for point in release
            .get_mut("point_releases")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object_mut)
        {
            point.remove("sources");
            // Without kernel builds nothing recognises the point release: only its version is
            // read (a `since` of custom data names it).
            if point.get("kernels").is_none() {
                point.retain(|name, _| name == "version");
            }
            for phase in point
                .get_mut("support")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                phase.as_object_mut().map(|p| p.remove("sources"));
            }
        }
    }
}

/// Every source id cited anywhere in a document.
fn collect_cited(value: &Value, cited: &mut BTreeSet<String>) {
    match value {
        Value::Object(members) => {
            for (name, member) in members {
                match (name.as_str(), member) {
                    ("sources", Value::Array(ids)) => {
                        cited.extend(ids.iter().filter_map(Value::as_str).map(String::from));
                    }
                    _ => collect_cited(member, cited),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_cited(item, cited)),
        _ => {}
    }
}
