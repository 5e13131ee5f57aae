//! Native evaluation throughput: every release against every capability, and the same for the
//! synthetic matrix ten times larger (tests/common/synthetic.rs, loaded as custom data). Plain harness (`harness = false`): prints a table.
//!
//! Usage: `cargo bench --bench eval`

use std::hint::black_box;
use std::time::{Duration, Instant};

use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::load::{load_custom, DataFile};
use pv_matrix::matrix::{builtin, evaluate, Matrix, Release};

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

/// Evaluations per second over every (release, capability) pair, measured for at least `time`.
fn throughput(releases: &[&Release], matrix: &Matrix, time: Duration) -> (usize, f64) {
    let pairs = releases.len() * matrix.capabilities.len();
    let start = Instant::now();
    let mut rounds = 0u64;
    while start.elapsed() < time {
        for release in releases {
            for capability in &matrix.capabilities {
                black_box(evaluate(black_box(release), black_box(capability)).status);
            }
        }
        rounds += 1;
    }
    let evaluations = rounds as f64 * pairs as f64;
    (pairs, evaluations / start.elapsed().as_secs_f64())
}

fn main() {
    let matrix = builtin().expect("built-in data loads");
    let time = Duration::from_secs(2);
    let releases: Vec<&Release> = matrix.releases().collect();
    let text = synthetic::document();
    let large = load_custom(
        &builtin_files(),
        builtin().unwrap(),
        DataFile {
            path: "synthetic",
            text: &text,
        },
    )
    .expect("the built-in data loads")
    .matrix;
    let large_refs: Vec<&Release> = large.releases().collect();
    println!(
        "\nNative evaluation throughput (release build, {}s each)",
        time.as_secs()
    );
    println!("{:<32}{:>10}{:>18}", "matrix", "cells", "evaluations/s");
    for (name, set, of) in [
        ("built-in", &releases, matrix),
        ("synthetic, ~10x (custom data)", &large_refs, &large),
    ] {
        let (cells, rate) = throughput(set, of, time);
        println!("{name:<32}{cells:>10}{rate:>18.0}");
    }
}
