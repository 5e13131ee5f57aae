//! Native evaluation throughput: every release against every capability, and the same for a
//! synthetic matrix ten times larger. Plain harness (`harness = false`): prints a table.
//!
//! Usage: `cargo bench --bench eval`

use std::hint::black_box;
use std::time::{Duration, Instant};

use pv_matrix::matrix::{builtin, evaluate, Matrix, Release};

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

/// The built-in matrix with every release copied ten times under new ids.
fn ten_times(matrix: &Matrix) -> Vec<Release> {
    (0..10)
        .flat_map(|copy| {
            matrix.releases().map(move |r| Release {
                id: format!("{}-copy{copy}", r.id),
                ..r.clone()
            })
        })
        .collect()
}

fn main() {
    let matrix = builtin().expect("built-in data loads");
    let time = Duration::from_secs(2);
    let releases: Vec<&Release> = matrix.releases().collect();
    let large = ten_times(matrix);
    let large_refs: Vec<&Release> = large.iter().collect();
    println!(
        "\nNative evaluation throughput (release build, {}s each)",
        time.as_secs()
    );
    println!("{:<32}{:>10}{:>18}", "matrix", "cells", "evaluations/s");
    for (name, set) in [
        ("built-in", &releases),
        ("synthetic, 10x the releases", &large_refs),
    ] {
        let (cells, rate) = throughput(set, matrix, time);
        println!("{name:<32}{cells:>10}{rate:>18.0}");
    }
}
