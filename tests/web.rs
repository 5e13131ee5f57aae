//! Component tests in a real browser (headless Chromium through wasm-bindgen-test): the widget
//! mounts, shows verdicts for the releases in its query, and reacts to clicks.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use pv_matrix::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the widget in a fresh element and waits for Yew to render.
async fn mount(query: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            query: query.to_owned().into(),
            today: None,
            ..AppProps::default()
        },
    )
    .render();
    until(|| has(&root, ".pvm[data-live]")).await;
    root
}

/// Waits until `done` holds (Yew renders asynchronously; on a busy machine a fixed pause is not
/// enough), for at most five seconds; the assertions that follow say what was expected.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
}

fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

fn status(root: &Element, release: &str, capability: &str) -> Option<String> {
    root.query_selector(&format!(
        "td[data-release=\"{release}\"][data-capability=\"{capability}\"]"
    ))
    .unwrap()
    .and_then(|cell| cell.get_attribute("data-status"))
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn shows_the_releases_of_its_query() {
    let root = mount("?releases=rhel-6,sles-11-sp1").await;
    assert_eq!(status(&root, "rhel-6", "xen-dom0").as_deref(), Some("no"));
    assert_eq!(
        status(&root, "sles-11-sp1", "xen-dom0").as_deref(),
        Some("yes")
    );
    assert_eq!(status(&root, "rhel-6", "xen-pvhvm").as_deref(), Some("yes"));
    assert_eq!(
        status(&root, "sles-11-sp1", "xen-pvhvm").as_deref(),
        Some("no")
    );
}

#[wasm_bindgen_test]
async fn picking_and_removing_releases_changes_the_columns() {
    let root = mount("?releases=rhel-6").await;
    assert_eq!(status(&root, "debian-6.0", "xen-dom0"), None);

    // The list opens when the picker takes the focus.
    assert!(!has(&root, "input[data-release-option]"));
    root.query_selector(".pvm-picker input[type=search]")
        .unwrap()
        .expect("the search box")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    until(|| has(&root, "input[data-release-option=\"debian-6.0\"]")).await;
    click(&root, "input[data-release-option=\"debian-6.0\"]");
    until(|| status(&root, "debian-6.0", "xen-dom0").is_some()).await;
    assert_eq!(
        status(&root, "debian-6.0", "xen-dom0").as_deref(),
        Some("yes")
    );

    click(&root, "button[data-remove=\"rhel-6\"]");
    until(|| status(&root, "rhel-6", "xen-dom0").is_none()).await;
    assert_eq!(status(&root, "rhel-6", "xen-dom0"), None);
    assert_eq!(
        status(&root, "debian-6.0", "xen-dom0").as_deref(),
        Some("yes")
    );
}

#[wasm_bindgen_test]
async fn a_verdict_opens_to_its_reason_and_closes_again() {
    let root = mount("?releases=rhel-5").await;
    let cell = "td[data-release=\"rhel-5\"][data-capability=\"xen-pvhvm\"] button";
    click(&root, cell);
    until(|| has(&root, "[data-details]")).await;
    let details = root
        .query_selector("[data-details=\"rhel-5/xen-pvhvm\"]")
        .unwrap()
        .expect("details open");
    let text = details.text_content().unwrap_or_default();
    assert!(
        text.contains("Backported into RHEL 5's 2.6.18 kernel since 5.3."),
        "{text}"
    );
    // Mounted here without the complete data bundle, the notes and sources say they are not
    // available (e2e/words.test.mjs covers their fetch).
    let words = details.query_selector("[data-words=\"failed\"]").unwrap();
    let words = words.expect("the words' absence said").text_content();
    assert!(words.unwrap_or_default().contains("not available here"));
    assert!(details.query_selector("a").unwrap().is_none());

    click(&root, cell);
    until(|| !has(&root, "[data-details]")).await;
    assert!(root.query_selector("[data-details]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_panic_hook_turns_every_widget_into_an_error_with_a_reload_link() {
    use pv_matrix::app::crash;
    let first = mount("?releases=rhel-6").await;
    let second = mount("?releases=debian-6.0").await;
    let bystander = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("p")
        .unwrap();
    bystander.set_text_content(Some("host content"));
    // The page's own mount point while it still shows prerendered markup.
    first.set_attribute("data-prerendered", "").unwrap();
    crash::register(&first);
    crash::register(&second);
    crash::show_crash();
    assert!(
        !first.has_attribute("data-prerendered"),
        "the loading styles would hide the message"
    );
    for root in [&first, &second] {
        let alert = root.query_selector("[role=alert][data-crashed]").unwrap();
        assert!(alert.is_some(), "{}", root.inner_html());
        let link = root.query_selector("a[href]").unwrap().unwrap();
        let here = web_sys::window().unwrap().location().href().unwrap();
        assert_eq!(link.get_attribute("href").unwrap(), here);
        assert!(root.query_selector("td[data-status]").unwrap().is_none());
    }
    assert_eq!(bystander.text_content().unwrap(), "host content");
    crash::unregister(&first);
    crash::unregister(&second);
    // Gone from the page again, so that the other tests find only their own widgets.
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn custom_data_shows_its_problems_and_the_valid_part() {
    use pv_matrix::app::custom::CustomInput;
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let text = r#"{"statements": [
        {"release": "rhel-99", "capability": "xen-dom0", "status": "yes", "kind": "backport", "sources": ["xen-wiki-dom0-kernels"]},
        {"release": "rhel-7", "capability": "xen-dom0", "status": "yes", "kind": "backport", "sources": ["xen-wiki-dom0-kernels"]}
    ]}"#;
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            query: "?releases=rhel-7".into(),
            // Custom data comes from an embedding page, and the page's own URL stays untouched.
            mode: pv_matrix::app::Mode::Embedded,
            custom_data: Some(CustomInput {
                label: "#acme".into(),
                text: Ok(text.into()),
            }),
            ..AppProps::default()
        },
    )
    .render();
    until(|| has(&root, ".pvm[data-live]")).await;
    let notice = root
        .query_selector("[data-notice=custom-data]")
        .unwrap()
        .unwrap();
    let said = notice.text_content().unwrap();
    assert!(
        said.contains("statements[0].release: unknown release \"rhel-99\""),
        "{said}"
    );
    assert!(said.contains("1 statement added"), "{said}");
    assert_eq!(status(&root, "rhel-7", "xen-dom0").as_deref(), Some("yes"));
}

// h-browser: "copy link" waits for the clipboard's answer; downloads stay readable after the click.

/// Replaces `navigator.clipboard` with a stub whose `writeText` records the text and returns a
/// promise that the test settles (`settle(true)` resolves it, `settle(false)` rejects it);
/// `None` takes the clipboard away, as on a page that is not a secure context.
fn stub_clipboard(present: bool) -> js_sys::Object {
    let install = js_sys::Function::new_with_args(
        "present",
        "const stub = { texts: [], settle: null };
         const clipboard = present ? { writeText(text) {
             stub.texts.push(text);
             return new Promise((resolve, reject) => {
                 stub.settle = (ok) => (ok ? resolve() : reject(new DOMException('refused', 'NotAllowedError')));
             });
         } } : undefined;
         Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
         return stub;",
    );
    install
        .call1(&wasm_bindgen::JsValue::NULL, &present.into())
        .unwrap()
        .into()
}

fn settle(stub: &js_sys::Object, ok: bool) {
    let settle: js_sys::Function = js_sys::Reflect::get(stub, &"settle".into()).unwrap().into();
    settle
        .call1(&wasm_bindgen::JsValue::NULL, &ok.into())
        .unwrap();
}

fn copied_texts(stub: &js_sys::Object) -> Vec<String> {
    let texts: js_sys::Array = js_sys::Reflect::get(stub, &"texts".into()).unwrap().into();
    texts.iter().filter_map(|t| t.as_string()).collect()
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// What the widget would show for `query`.
fn view_model(query: &str) -> pv_matrix::app::view_model::ViewModel {
    use pv_matrix::app::custom::load_matrix;
    use pv_matrix::app::i18n::Lang;
    use pv_matrix::app::state::State;
    use pv_matrix::app::url::QueryParams;
    let matrix = load_matrix(None).unwrap().matrix;
    let state = State::from_query(matrix, &QueryParams::parse(query));
    pv_matrix::app::view_model::ViewModel::of(&state, "2026-11-26".parse().unwrap(), Lang::En)
}

/// Mounts the export bar alone, with `link` to copy.
async fn mount_export_bar(link: Option<&str>) -> Element {
    mount_export_bar_with(link, None).await
}

/// Mounts the export bar alone, with `link` to copy and `embed`, the query of the view to embed.
async fn mount_export_bar_with(link: Option<&str>, embed: Option<&str>) -> Element {
    use pv_matrix::app::components::export_bar::{ExportBar, ExportBarProps};
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<ExportBar>::with_root_and_props(
        root.clone(),
        ExportBarProps {
            model: std::rc::Rc::new(view_model("?releases=rhel-6")),
            name: "pv-matrix-test".into(),
            link: link.map(|link| link.to_owned().into()),
            embed: embed.map(|query| query.to_owned().into()),
        },
    )
    .render();
    until(|| has(&root, "[data-export]")).await;
    root
}

const LINK: &str = "https://docs.example.org/pv-matrix/index.html?releases=rhel-6";

#[wasm_bindgen_test]
async fn copy_link_says_copied_only_when_the_clipboard_took_it() {
    let stub = stub_clipboard(true);
    let root = mount_export_bar(Some(LINK)).await;
    click(&root, "[data-export=link]");
    // A task later: Yew has run the click's effects and rendered (it works in microtasks).
    yew::platform::time::sleep(Duration::ZERO).await;
    assert_eq!(
        copied_texts(&stub),
        [LINK],
        "asked the clipboard once, for the link"
    );
    assert_ne!(
        text_of(&root, "[data-export=link]"),
        "Link copied",
        "the clipboard has not answered yet"
    );
    settle(&stub, true);
    until(|| text_of(&root, "[data-export=link]") == "Link copied").await;
    assert_eq!(text_of(&root, "[data-export=link]"), "Link copied");
    assert!(!has(&root, "[data-copy-refused]"));
    assert!(!has(&root, "[data-link-field]"));
    root.remove();
}

#[wasm_bindgen_test]
async fn copy_link_refused_says_so_and_offers_the_link_to_copy_by_hand() {
    let stub = stub_clipboard(true);
    let root = mount_export_bar(Some(LINK)).await;
    click(&root, "[data-export=link]");
    yew::platform::time::sleep(Duration::ZERO).await;
    settle(&stub, false);
    until(|| has(&root, "[data-link-field]")).await;
    assert_eq!(
        text_of(&root, "[data-copy-refused]"),
        "Could not copy: select the link and copy it"
    );
    assert_eq!(text_of(&root, "[data-export=link]"), "Copy link");
    let field: web_sys::HtmlInputElement = root
        .query_selector("[data-link-field]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(field.value(), LINK);
    root.remove();
}

#[wasm_bindgen_test]
async fn copy_link_without_a_clipboard_api_says_so_and_stays_up() {
    // Not a secure context (plain http:): `navigator.clipboard` does not exist.
    stub_clipboard(false);
    let root = mount_export_bar(Some(LINK)).await;
    click(&root, "[data-export=link]");
    until(|| has(&root, "[data-link-field]")).await;
    assert_eq!(
        text_of(&root, "[data-copy-refused]"),
        "Could not copy: select the link and copy it"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn no_link_no_copy_button() {
    let root = mount_export_bar(None).await;
    assert!(has(&root, "[data-export=csv]"));
    assert!(!has(&root, "[data-export=link]"));
    root.remove();
}

// Issue 16: "Embed this view" renders the view's snippet in the browser.

/// Opens "Embed this view" and returns the snippet once its panel shows it.
async fn open_embed(root: &Element) -> String {
    click(root, "[data-export=embed]");
    until(|| has(root, "[data-embed-snippet]")).await;
    root.query_selector("[data-embed-snippet]")
        .unwrap()
        .expect("the snippet's field")
        .unchecked_into::<web_sys::HtmlTextAreaElement>()
        .value()
}

#[wasm_bindgen_test]
async fn embed_this_view_renders_the_compact_widget_into_the_snippet() {
    let root = mount_export_bar_with(Some(LINK), Some("?need=xen-dom0&lang=de")).await;
    let compact_widgets = || {
        let document = web_sys::window().unwrap().document().unwrap();
        document
            .query_selector_all(".pvm-compact")
            .unwrap()
            .length()
    };
    let before = compact_widgets();
    assert_eq!(
        root.query_selector("[data-export=embed]")
            .unwrap()
            .unwrap()
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("false")
    );
    let snippet = open_embed(&root).await;
    assert!(
        snippet.starts_with(
            "<pv-matrix need=\"xen-dom0\" lang=\"de\"><div class=\"pvm-snippet\">\
             <div lang=\"de\" class=\"pvm pvm-compact\">"
        ),
        "{snippet}"
    );
    assert!(snippet.ends_with("</div></div></pv-matrix>"), "{snippet}");
    // What the controls hold is in the markup, as the server writes it; the live mark is not.
    assert!(
        snippet.contains("data-need-option=\"xen-dom0\" checked=\"\""),
        "{snippet}"
    );
    assert!(!snippet.contains(" data-live="), "{snippet}");
    assert!(!snippet.contains('\n'));
    // The widget it was rendered with was never in the page.
    assert_eq!(compact_widgets(), before);
    root.remove();
}

#[wasm_bindgen_test]
async fn copy_snippet_refused_says_so_and_the_snippet_stays_to_copy_by_hand() {
    let stub = stub_clipboard(true);
    let root = mount_export_bar_with(Some(LINK), Some("?releases=rhel-6")).await;
    let snippet = open_embed(&root).await;
    click(&root, "[data-export=copy-snippet]");
    yew::platform::time::sleep(Duration::ZERO).await;
    assert_eq!(copied_texts(&stub), std::slice::from_ref(&snippet));
    settle(&stub, false);
    until(|| has(&root, "[data-copy-refused=snippet]")).await;
    assert_eq!(
        text_of(&root, "[data-copy-refused=snippet]"),
        "Could not copy: select the snippet and copy it"
    );
    assert_eq!(text_of(&root, "[data-export=copy-snippet]"), "Copy snippet");
    let field: web_sys::HtmlTextAreaElement = root
        .query_selector("[data-embed-snippet]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(field.value(), snippet);

    click(&root, "[data-export=copy-snippet]");
    yew::platform::time::sleep(Duration::ZERO).await;
    settle(&stub, true);
    until(|| text_of(&root, "[data-export=copy-snippet]") == "Snippet copied").await;
    assert_eq!(
        text_of(&root, "[data-export=copy-snippet]"),
        "Snippet copied"
    );
    assert!(!has(&root, "[data-copy-refused=snippet]"));
    root.remove();
}

#[wasm_bindgen_test]
async fn no_embed_query_no_embed_button() {
    let root = mount_export_bar(Some(LINK)).await;
    assert!(has(&root, "[data-export=link]"));
    assert!(!has(&root, "[data-export=embed]"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_download_stays_readable_after_the_click() {
    // Some browsers read the file only after `click()` has returned: the object URL must still
    // be good then. The stub stands in for such a browser; it keeps the address and reads it
    // later, as the browser would.
    let clicks = js_sys::Function::new_no_args(
        "const clicks = [];
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
             if (this.download) clicks.push(this.href); else click.call(this);
         };
         return clicks;",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    let content = "release,capability\r\n".to_owned() + &"rhel-6,xen-dom0\r\n".repeat(5000);
    pv_matrix::app::browser::download("test.csv", "text/csv", &content);
    let clicks: js_sys::Array = clicks.into();
    let href = clicks.get(0).as_string().expect("the download was clicked");
    assert!(href.starts_with("blob:"), "{href}");
    let window = web_sys::window().unwrap();
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&href)).await;
    let response: web_sys::Response = response
        .expect("the object URL is still readable after the click")
        .into();
    let text = wasm_bindgen_futures::JsFuture::from(response.text().unwrap())
        .await
        .unwrap();
    assert_eq!(text.as_string().unwrap(), content);
}

/// Issue 18: a term link in a verdict's details opens the glossary as a modal dialog; mounted
/// here without the complete data bundle (the glossary's texts are words), it says the glossary
/// is not available (e2e/glossary.test.mjs covers the entries); closing it closes the dialog.
#[wasm_bindgen_test]
async fn a_term_link_opens_the_glossary() {
    let root = mount("?releases=rhel-5").await;
    click(
        &root,
        "td[data-release=\"rhel-5\"][data-capability=\"xen-dom0\"] button",
    );
    until(|| has(&root, "[data-details] [data-term=\"dom0\"]")).await;
    click(&root, "[data-details] [data-term=\"dom0\"]");
    until(|| has(&root, "dialog[data-glossary] [data-words]")).await;
    let dialog = root
        .query_selector("dialog[data-glossary]")
        .unwrap()
        .expect("the glossary is open")
        .unchecked_into::<web_sys::HtmlDialogElement>();
    assert!(dialog.open());
    assert!(dialog.matches(":modal").unwrap());
    let said = root
        .query_selector("dialog [data-words=\"failed\"]")
        .unwrap()
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(said.contains("glossary is not available here"), "{said}");
    dialog.close();
    until(|| !has(&root, "dialog[data-glossary]")).await;
    assert!(!has(&root, "dialog[data-glossary]"));
}
