//! Prints the embed snippet for a view: the `<pv-matrix>` element with the view's attributes and,
//! inside it as light-DOM children, the view as the widget renders it for those attributes
//! (server-side rendered by its own components, as `examples/prerender.rs` does for the page).
//! The element shows that markup at once and puts the live widget in its place once the
//! WebAssembly has loaded (`static/embed.js`, docs/embedding.md). The page's "Embed this view"
//! writes the same snippet from the browser's rendering (`pv_matrix::app::snippet`).
//!
//! `scripts/snippet 'releases=rhel-6,debian-6.0&capabilities=xen-dom0'` calls it. The argument
//! is the element's attributes as a query string (the page's URL parameters, plus `interface`,
//! `theme` and `page`). The snippet is one line, so that Markdown passes it through untouched.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "common/today.rs"]
mod today;

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use pv_matrix::app::snippet::{snippet, Attributes};
    use pv_matrix::app::App;

    let query = std::env::args()
        .nth(1)
        .ok_or("usage: snippet 'releases=rhel-6,debian-6.0&capabilities=xen-dom0'")?;
    // Its words, not its variant's name: `main` prints an error's `Debug`.
    let attributes = Attributes::parse(&query).map_err(|error| error.to_string())?;
    let markup =
        yew::LocalServerRenderer::<App>::with_props(attributes.props(Some(today::today())))
            .hydratable(false)
            .render()
            .await;
    println!("{}", snippet(&attributes, &markup));
    Ok(())
}
