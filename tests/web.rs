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
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
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

    click(&root, "input[data-release-option=\"debian-6.0\"]");
    settle().await;
    assert_eq!(
        status(&root, "debian-6.0", "xen-dom0").as_deref(),
        Some("yes")
    );

    click(&root, "button[data-remove=\"rhel-6\"]");
    settle().await;
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
    settle().await;
    let details = root
        .query_selector("[data-details=\"rhel-5/xen-pvhvm\"]")
        .unwrap()
        .expect("details open");
    let text = details.text_content().unwrap_or_default();
    assert!(
        text.contains("Backported into RHEL 5's 2.6.18 kernel since 5.3."),
        "{text}"
    );
    let link = details.query_selector("a").unwrap().expect("a source link");
    assert!(link.get_attribute("href").unwrap().starts_with("https://"));

    click(&root, cell);
    settle().await;
    assert!(root.query_selector("[data-details]").unwrap().is_none());
}
