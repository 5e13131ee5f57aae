//! How long loading and validating the embedded data takes (native, release build).
//!
//! Usage: `cargo bench --bench load`

use std::hint::black_box;
use std::time::Instant;

use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::load::{load, load_custom, DataFile};

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

fn main() {
    let files = builtin_files();
    let runs = 200;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(load(black_box(&files)).expect("built-in data loads"));
    }
    let each = start.elapsed() / runs;
    let start = Instant::now();
    for _ in 0..runs {
        for file in std::iter::once(&files.capabilities)
            .chain(std::iter::once(&files.sources))
            .chain(&files.distros)
        {
            black_box(pv_matrix::matrix::json::parse(black_box(file.text)).unwrap());
        }
    }
    let parse = start.elapsed() / runs;

    let base = load(&files).expect("built-in data loads");
    let text = synthetic::document();
    let custom = DataFile {
        path: "synthetic",
        text: &text,
    };
    let custom_runs = 20;
    let start = Instant::now();
    for _ in 0..custom_runs {
        black_box(
            load_custom(black_box(&files), black_box(&base), black_box(custom)).expect("loads"),
        );
    }
    let synthetic = start.elapsed() / custom_runs;
    println!("\nLoading and validating the embedded data (native, release build)");
    println!("{:<32}{:>14}", "what", "time per load");
    println!(
        "{:<32}{:>11.2} ms",
        "parse + validate all files",
        each.as_secs_f64() * 1000.0
    );
    println!(
        "{:<32}{:>11.2} ms",
        "JSON parse alone (untyped)",
        parse.as_secs_f64() * 1000.0
    );
    println!(
        "{:<32}{:>11.2} ms",
        format!("custom data, 10x ({} KB)", text.len() / 1000),
        synthetic.as_secs_f64() * 1000.0
    );
}
