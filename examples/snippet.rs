//! Prints the embed snippet for a view: the `<pv-matrix>` element with the view's attributes and,
//! inside it as light-DOM children, the view as the widget renders it for those attributes
//! (server-side rendered by its own components, as `examples/prerender.rs` does for the page).
//! The element shows that markup at once and puts the live widget in its place once the
//! WebAssembly has loaded (`static/embed.js`, docs/embedding.md).
//!
//! `scripts/snippet 'releases=rhel-6,debian-6.0&capabilities=xen-dom0'` calls it. The argument
//! is the element's attributes as a query string (the page's URL parameters, plus `interface`,
//! `theme` and `page`). The snippet is one line, so that Markdown passes it through untouched.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "common/today.rs"]
mod today;

/// Attributes that go into the widget's query, as `static/embed.js` reads them.
#[cfg(not(target_arch = "wasm32"))]
const QUERY_ATTRIBUTES: [&str; 8] = [
    "releases",
    "capabilities",
    "hypervisors",
    "status",
    "kernel",
    "compare",
    "need",
    "lang",
];

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let query = std::env::args()
        .nth(1)
        .ok_or("usage: snippet 'releases=rhel-6,debian-6.0&capabilities=xen-dom0'")?;
    println!("{}", snippet(&query, today::today()).await?);
    Ok(())
}

/// The snippet for the attributes in `query`, rendered on `today`.
#[cfg(not(target_arch = "wasm32"))]
async fn snippet(query: &str, today: pv_matrix::matrix::Date) -> Result<String, String> {
    use pv_matrix::app::url::percent_decode;
    use pv_matrix::app::{App, AppProps, Layout, Mode};
    use yew::LocalServerRenderer;

    let mut attributes = String::new();
    let mut widget_query = Vec::new();
    let (mut layout, mut page_url) = (Layout::Compact, None);
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(key);
        let value = percent_decode(raw);
        match key.as_str() {
            k if QUERY_ATTRIBUTES.contains(&k) => widget_query.push(format!("{k}={raw}")),
            "compact" | "theme" | "loading" => {}
            "interface" => {
                if value == "full" {
                    layout = Layout::Full;
                }
            }
            "page" => {
                let end = value.find(['?', '#']).unwrap_or(value.len());
                if !(value.starts_with("https://") || value.starts_with("http://")) {
                    return Err("page: an absolute http: or https: address".into());
                }
                page_url = Some(value[..end].to_owned());
            }
            "custom-data" => {
                return Err("custom-data: the host's data cannot be rendered here".into());
            }
            other => return Err(format!("{other}: not an attribute of <pv-matrix>")),
        }
        attributes.push(' ');
        attributes.push_str(&key);
        if pair.contains('=') {
            attributes.push_str(&format!("=\"{}\"", escape(&value)));
        }
    }
    let props = AppProps {
        query: format!("?{}", widget_query.join("&")).into(),
        today: Some(today),
        mode: Mode::Embedded,
        layout,
        page_url: page_url.map(Into::into),
        ..AppProps::default()
    };
    let body = LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    // One line: a newline in text or an attribute value means the same as `&#10;`.
    let body = body.replace('\r', "&#13;").replace('\n', "&#10;");
    Ok(format!(
        "<pv-matrix{attributes}><div class=\"pvm-snippet\">{body}</div></pv-matrix>"
    ))
}

/// Escapes text for a double-quoted attribute value.
#[cfg(not(target_arch = "wasm32"))]
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}
