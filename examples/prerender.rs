//! Server-side renders the widget's default view with its own components, for two uses:
//!
//! - `cargo run --example prerender -- index` puts it into the page Trunk is building
//!   (`$TRUNK_STAGING_DIR/index.html`, a `post_build` hook in `Trunk.toml`), so the matrix is
//!   on screen before the WebAssembly has loaded, which then renders the reader's view in its
//!   place (`src/app/prerender.rs`); and beside it the complete data bundle the page fetches
//!   when a reader first needs the data's words.
//! - `cargo run --example prerender -- static` writes `dist-static/index.html`: the same markup
//!   and styles with no scripts, which the benchmark loads beside the widget (after
//!   `trunk build --release`, whose style.css it copies).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::{env, fs, path::PathBuf};

    use pv_matrix::app::{App, AppProps, PRERENDERED};
    use yew::LocalServerRenderer;

    let today = today();
    let props = AppProps {
        today: Some(today),
        ..AppProps::default()
    };
    // Without the comments that mark each component for hydration (a quarter of the page): the
    // widget renders afresh instead (`src/app/prerender.rs`).
    let body = LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;

    match env::args().nth(1).as_deref() {
        Some("index") => {
            let dir = PathBuf::from(env::var("TRUNK_STAGING_DIR")?);
            let path = dir.join("index.html");
            let page = fs::read_to_string(&path)?;
            // The page has one <main>, the mount point; its loading note gives way to the view.
            let start = page.find("<main").ok_or("index.html has no <main>")?;
            let open_end = start + page[start..].find('>').ok_or("unclosed <main>")?;
            let end = page.find("</main>").ok_or("index.html has no </main>")?;
            let page = format!(
                "{} {}>{}{}",
                &page[..open_end],
                PRERENDERED,
                body,
                &page[end..]
            );
            // Trunk's loader is the page's one module script. Async, it starts compiling the
            // WebAssembly while the long page is still being parsed (`mount` waits for it).
            const LOADER: &str = "<script type=module>";
            if !page.contains(LOADER) {
                // Still correct, only slower: the module then waits for the whole page.
                eprintln!("prerender: no {LOADER} in index.html; the loader stays deferred");
            }
            let page = page.replacen(LOADER, "<script type=module async>", 1);
            fs::write(&path, page)?;
            // The data's words, which the WebAssembly leaves out, beside the page: fetched when
            // a reader first needs them (`src/matrix/embedded.rs`).
            use pv_matrix::matrix::embedded::{complete_bundle, BUNDLE_FILE};
            fs::write(dir.join(BUNDLE_FILE), complete_bundle())?;
        }
        Some("static") => {
            let page = format!(
                "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
                 <title>pv-matrix (static)</title>\n<link rel=\"icon\" href=\"/favicon.svg\" />\n\
                 <link rel=\"stylesheet\" href=\"/style.css\" />\n</head>\n<body>\n<div class=\"page\">\n\
                 <main id=\"pv-matrix\">{body}</main>\n</div>\n</body>\n</html>\n"
            );
            fs::create_dir_all("dist-static")?;
            fs::write("dist-static/index.html", page)?;
            fs::copy("dist/style.css", "dist-static/style.css")?;
            fs::copy("dist/favicon.svg", "dist-static/favicon.svg")?;
            println!("wrote dist-static/index.html");
        }
        _ => return Err("usage: prerender index|static".into()),
    }
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "common/today.rs"]
mod today;
#[cfg(not(target_arch = "wasm32"))]
use today::today;
