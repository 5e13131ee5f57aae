//! Mounts the widget on the page.

fn main() {
    pv_matrix::app::mount();
}
