//! Prints the synthetic custom-data document (ten times the built-in matrix) for the browser
//! benchmark: `cargo run --example synthetic_data > target/synthetic.json`.

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

fn main() {
    print!("{}", synthetic::document());
}
