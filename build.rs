//! Copies the data files for `src/matrix/embedded.rs` to compile in. For WebAssembly it leaves
//! out what only the data lint reads (the sources of point releases, of support phases and of
//! kernel builds: the page never shows them; the dates of point releases that no kernel build
//! names, which nothing in the page reaches) and the sources nothing else cites, and writes the
//! JSON without white space, so the bundle carries what the widget shows. Native builds (the
//! data lint, the tests, the tools) get the files as they are.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let mut files: Vec<String> = [
        "capabilities.json",
        "glossary.json",
        "kconfigs.json",
        "sources.json",
    ]
    .map(String::from)
    .to_vec();
    let distros = std::fs::read_dir("data/distros").expect("data/distros is readable");
    files.extend(distros.filter_map(|entry| {
        let name = entry.ok()?.file_name().into_string().ok()?;
        name.ends_with(".json").then(|| format!("distros/{name}"))
    }));
    let read = |file: &str| {
        std::fs::read_to_string(Path::new("data").join(file))
            .unwrap_or_else(|e| panic!("data/{file}: {e}"))
    };
    std::fs::create_dir_all(Path::new(&out).join("data/distros")).expect("OUT_DIR is writable");
    if !wasm {
        for file in &files {
            std::fs::write(Path::new(&out).join("data").join(file), read(file)).expect("written");
        }
        return;
    }
    // Invalid JSON is the data lint's to report, with its place: it is copied as it is.
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
    for (file, document) in documents {
        let text = match document {
            Ok(mut document) => {
                if file == "sources.json" {
                    if let Some(sources) = document["sources"].as_array_mut() {
                        sources.retain(|s| s["id"].as_str().is_some_and(|id| cited.contains(id)));
                    }
                }
                document.to_string()
            }
            Err(text) => text,
        };
        std::fs::write(Path::new(&out).join("data").join(&file), text).expect("written");
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
