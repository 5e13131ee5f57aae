//! The synthetic matrix ten times the real one loads as custom data without a problem.

#[path = "common/synthetic.rs"]
mod synthetic;

use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::load::{load_custom, DataFile};
use pv_matrix::matrix::{builtin, evaluate};

#[test]
fn ten_times_the_matrix_loads_as_custom_data() {
    let base = builtin().unwrap();
    let text = synthetic::document();
    let result = load_custom(
        &builtin_files(),
        builtin().unwrap(),
        DataFile {
            path: "synthetic",
            text: &text,
        },
    )
    .unwrap();
    assert_eq!(result.problems, []);
    assert_eq!(result.releases, synthetic::RELEASES);
    let m = &result.matrix;
    assert_eq!(
        m.releases().count(),
        base.releases().count() + synthetic::RELEASES
    );
    assert_eq!(
        m.capabilities.len(),
        base.capabilities.len() + synthetic::CAPABILITIES
    );
    assert!(m.releases().count() >= 600 && m.capabilities.len() >= 60);
    // Every cell evaluates.
    let cells = m
        .releases()
        .flat_map(|r| m.capabilities.iter().map(move |c| evaluate(r, c)))
        .count();
    assert_eq!(cells, m.releases().count() * m.capabilities.len());
}
