//! Writes `dist-static/index.html`: the default view rendered by the widget's own components
//! (server-side rendering) as a static page with the same markup and styles and no scripts. The
//! benchmark loads it beside the widget to compare their time to first matrix.
//!
//! Usage: `cargo run --example static_page` (after `trunk build --release`, whose style.css it
//! copies).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::fs;

    use pv_matrix::app::{App, AppProps};
    use yew::LocalServerRenderer;

    let body = LocalServerRenderer::<App>::with_props(AppProps::default())
        .render()
        .await;
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
    Ok(())
}
