//! Replays every input the fuzz harness saved (`tests/fuzz-regressions/<target>/*.txt`, raw
//! text) through the same checks as `scripts/fuzz`, so a crash found once stays fixed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fuzz_checks.rs"]
mod fuzz_checks;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

#[test]
fn every_saved_fuzz_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut failures = Vec::new();
    for target in &fuzz_checks::TARGETS {
        let dir = root.join(target.name);
        let mut inputs: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .collect();
        inputs.sort();
        assert!(!inputs.is_empty(), "no saved inputs in {}", dir.display());
        for path in inputs {
            let text = fs::read_to_string(&path).unwrap();
            let outcome = catch_unwind(AssertUnwindSafe(|| (target.check)(&text)));
            match outcome {
                Ok(Ok(())) => {}
                Ok(Err(broken)) => failures.push(format!("{}: {broken}", path.display())),
                Err(_) => failures.push(format!("{}: panicked", path.display())),
            }
        }
    }
    for dir in fs::read_dir(&root).unwrap() {
        let name = dir.unwrap().file_name();
        assert!(
            fuzz_checks::TARGETS.iter().any(|t| *t.name == *name),
            "{name:?} is no fuzz target"
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
