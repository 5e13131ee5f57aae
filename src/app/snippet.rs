//! The embed snippet of a view: the `<pv-matrix>` element with the view's attributes and, inside
//! it, the view as the widget renders it for those attributes, on one line (Markdown passes a
//! line of HTML through untouched). static/embed.js shows that markup at once and puts the live
//! widget in its place (docs/embedding.md).
//!
//! Two callers, one snippet: `examples/snippet.rs` (`scripts/snippet`) renders the markup on the
//! server, the page's "Embed this view" in the browser ([`render`]); both read the attributes
//! with [`Attributes::parse`] and write the snippet with [`snippet`].

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use yew::{AppHandle, Callback};

use super::url::percent_decode;
use super::{App, AppProps, Layout, Mode};
use crate::matrix::Date;

/// Attributes that go into the widget's query, as `static/embed.js` reads them.
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

/// A `<pv-matrix>` element's attributes, read from a query string such as
/// `releases=rhel-6,debian-6.0&capabilities=xen-dom0` (the page's URL parameters, plus
/// `interface`, `theme`, `page`, `loading` and `compact`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attributes {
    /// As they go on the element, each after a space: ` releases="rhel-6"`.
    text: String,
    /// The widget's query, e.g. `?releases=rhel-6`.
    query: String,
    layout: Layout,
    page_url: Option<String>,
}

/// Why attributes cannot make a snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SnippetError {
    /// A name that is no attribute of `<pv-matrix>`.
    NotAnAttribute(String),
    /// `page` is not an absolute `http:` or `https:` address.
    PageNotAbsolute,
    /// `custom-data`: the host's data is not there to render ahead.
    CustomData,
}

impl fmt::Display for SnippetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnippetError::NotAnAttribute(name) => {
                write!(f, "{name}: not an attribute of <pv-matrix>")
            }
            SnippetError::PageNotAbsolute => {
                f.write_str("page: an absolute http: or https: address")
            }
            SnippetError::CustomData => {
                f.write_str("custom-data: the host's data cannot be rendered here")
            }
        }
    }
}

impl std::error::Error for SnippetError {}

impl Attributes {
    /// Reads the attributes from a query string, in its order (a leading `?` is allowed).
    ///
    /// # Errors
    ///
    /// A name that is not an attribute, a `page` that is not an absolute address, and
    /// `custom-data` (the host's data cannot be rendered ahead).
    pub fn parse(query: &str) -> Result<Self, SnippetError> {
        let mut attributes = Attributes {
            text: String::new(),
            query: String::from("?"),
            layout: Layout::Compact,
            page_url: None,
        };
        for pair in query.trim_start_matches('?').split('&') {
            if pair.is_empty() {
                continue;
            }
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (percent_decode(key), percent_decode(raw));
            match key.as_str() {
                "compact" | "theme" | "loading" => {}
                "interface" if value == "full" => attributes.layout = Layout::Full,
                "interface" => {}
                "page" if value.starts_with("https://") || value.starts_with("http://") => {
                    let end = value.find(['?', '#']).unwrap_or(value.len());
                    attributes.page_url = Some(value[..end].to_owned());
                }
                "page" => return Err(SnippetError::PageNotAbsolute),
                "custom-data" => return Err(SnippetError::CustomData),
                name if QUERY_ATTRIBUTES.contains(&name) => {
                    if attributes.query.len() > 1 {
                        attributes.query.push('&');
                    }
                    attributes.query.push_str(name);
                    attributes.query.push('=');
                    attributes.query.push_str(raw);
                }
                other => return Err(SnippetError::NotAnAttribute(other.to_owned())),
            }
            attributes.text.push(' ');
            attributes.text.push_str(&key);
            if pair.contains('=') {
                attributes.text.push_str("=\"");
                escape_into(&mut attributes.text, &value);
                attributes.text.push('"');
            }
        }
        Ok(attributes)
    }

    /// What the element's widget renders with, on `today`: embedded, so that rendering it
    /// touches no URL. The link to the full page is there only where `page` names it: otherwise
    /// only `static/embed.js` knows where that page is, and the live widget adds the link.
    pub fn props(&self, today: Option<Date>) -> AppProps {
        AppProps {
            query: self.query.clone().into(),
            today,
            mode: Mode::Embedded,
            layout: self.layout,
            page_url: self.page_url.clone().map(Into::into),
            ..AppProps::default()
        }
    }
}

/// The snippet: the element with `attributes` and `markup`, the widget's rendering of them,
/// inside it, on one line.
pub fn snippet(attributes: &Attributes, markup: &str) -> String {
    // A newline in text or an attribute value means the same as `&#10;`.
    let markup = markup.replace('\r', "&#13;").replace('\n', "&#10;");
    format!(
        "<pv-matrix{}><div class=\"pvm-snippet\">{markup}</div></pv-matrix>",
        attributes.text
    )
}

/// Writes `text` into `out` escaped for a double-quoted attribute value, on one line.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

/// Renders the widget for `attributes` in the browser, into an element outside the page, and
/// calls `done` with the snippet once Yew has rendered it; that app is gone then. The page
/// cannot render on a server, and this is the same components' markup.
pub fn render(attributes: Attributes, done: impl FnOnce(String) + 'static) {
    let Ok(host) = gloo::utils::document().create_element("div") else {
        return;
    };
    let mut props = attributes.props(super::browser::today());
    // The app, once made; the first view it reports takes it.
    let app = Rc::new(RefCell::new(None::<AppHandle<App>>));
    let pending = RefCell::new(Some((attributes, done, host.clone())));
    props.on_view = Some({
        let app = Rc::clone(&app);
        // The widget reports its first view from an effect, and Yew runs effects once the whole
        // tree has been rendered: the markup is complete then, and as the server renders it
        // (effects have not changed it yet). Not after a turn of the event loop: Yew's scheduler
        // may have yielded to the browser in the middle of a long run, and that turn would come
        // before the render.
        Callback::from(move |_| {
            let Some((attributes, done, host)) = pending.borrow_mut().take() else {
                return;
            };
            if let Some(root) = host.first_element_child() {
                // The mark of the live widget (`use_live_marker`): a prerendered copy is not live.
                let _ = root.remove_attribute("data-live");
            }
            write_control_state(&host);
            let markup = host.inner_html();
            let app = Rc::clone(&app);
            // Destroyed outside the scheduler's run that is calling this.
            yew::platform::spawn_local(async move {
                if let Some(app) = app.borrow_mut().take() {
                    app.destroy();
                }
                // Yew keeps its root's event listeners and what they hold: leave them nothing.
                host.set_text_content(None);
                done(snippet(&attributes, &markup));
            });
        })
    });
    *app.borrow_mut() = Some(yew::Renderer::<App>::with_root_and_props(host, props).render());
}

/// Writes what the form controls under `root` hold into the markup, as the server renders it:
/// Yew sets an input's value, a checkbox's check and a textarea's text as properties, which
/// `innerHTML` leaves out (the compare view's search, the minimum view's checkboxes, the
/// system check's input).
fn write_control_state(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(controls) = root.query_selector_all("input, textarea") else {
        return;
    };
    // By tag and type rather than `dyn_ref`: no more imports than the widget has already.
    for control in (0..controls.length()).filter_map(|i| controls.item(i)) {
        let control: web_sys::Element = control.unchecked_into();
        if control.tag_name() == "TEXTAREA" {
            let area: &web_sys::HtmlTextAreaElement = control.unchecked_ref();
            area.set_text_content(Some(&area.value()));
            continue;
        }
        let input: &web_sys::HtmlInputElement = control.unchecked_ref();
        let _ = if control.get_attribute("type").as_deref() != Some("checkbox") {
            control.set_attribute("value", &input.value())
        } else if input.checked() {
            control.set_attribute("checked", "")
        } else {
            Ok(())
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_keep_their_order_and_go_into_the_query() {
        let attributes =
            Attributes::parse("?releases=rhel-6,debian-6.0&compact&capabilities=xen-dom0").unwrap();
        assert_eq!(
            snippet(&attributes, "<p>x</p>"),
            "<pv-matrix releases=\"rhel-6,debian-6.0\" compact capabilities=\"xen-dom0\">\
             <div class=\"pvm-snippet\"><p>x</p></div></pv-matrix>"
        );
        let props = attributes.props(None);
        assert_eq!(
            &*props.query,
            "?releases=rhel-6,debian-6.0&capabilities=xen-dom0"
        );
        assert_eq!(props.layout, Layout::Compact);
        assert_eq!(props.mode, Mode::Embedded);
    }

    #[test]
    fn values_are_escaped_and_the_snippet_stays_on_one_line() {
        let attributes = Attributes::parse("kernel=a%22b%3Cc%0Ad&lang=de").unwrap();
        let text = snippet(&attributes, "<p>one\ntwo\r</p>");
        assert_eq!(
            text,
            "<pv-matrix kernel=\"a&quot;b&lt;c&#10;d\" lang=\"de\"><div class=\"pvm-snippet\">\
             <p>one&#10;two&#13;</p></div></pv-matrix>"
        );
        assert_eq!(
            &*attributes.props(None).query,
            "?kernel=a%22b%3Cc%0Ad&lang=de"
        );
    }

    #[test]
    fn interface_page_and_what_cannot_be_rendered() {
        let full = Attributes::parse("interface=full&page=https://x.example/pv/?a=1#b").unwrap();
        let props = full.props(None);
        assert_eq!(props.layout, Layout::Full);
        assert_eq!(props.page_url.as_deref(), Some("https://x.example/pv/"));
        let cases = [
            ("page=/pv/", SnippetError::PageNotAbsolute),
            ("custom-data=%23acme", SnippetError::CustomData),
            ("onclick=x", SnippetError::NotAnAttribute("onclick".into())),
        ];
        for (query, error) in cases {
            assert_eq!(Attributes::parse(query), Err(error), "{query}");
        }
    }
}
