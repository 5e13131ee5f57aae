//! The last resort: a panic hook that turns every widget on the page into a visible error state
//! with a reload link, instead of a dead widget that still looks alive.
//!
//! With `panic = "abort"` the WebAssembly instance is gone after a panic, so the hook writes
//! plain DOM itself, and the reload is an ordinary link (no script is needed to follow it). Only
//! the widgets' own roots are touched; the rest of the host page stays as it is.

use std::cell::RefCell;

use super::i18n::Lang;

thread_local! {
    /// The roots of the widgets alive on this page.
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once; later calls replace it with the same).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash();
    }));
}

/// Remembers a widget root, so that a panic can show the error there.
pub fn register(root: &web_sys::Element) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.push(root.clone());
        }
    });
}

/// Forgets a widget root (its element left the page).
pub fn unregister(root: &web_sys::Element) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.retain(|r| r != root);
        }
    });
}

/// Replaces the content of every registered root with the error state.
pub fn show_crash() {
    ROOTS.with(|roots| {
        // The panic may have happened while the list was borrowed; then there is nothing safe to do.
        if let Ok(roots) = roots.try_borrow() {
            for root in roots.iter() {
                let _ = replace_with_error(root);
            }
        }
    });
}

/// Whether `root` shows the error state.
pub fn has_crashed(root: &web_sys::Element) -> bool {
    root.query_selector("[data-crashed]")
        .ok()
        .flatten()
        .is_some()
}

fn replace_with_error(root: &web_sys::Element) -> Option<()> {
    // The widget's root says its language; the crash message follows it.
    let lang = root
        .query_selector(".pvm[lang]")
        .ok()
        .flatten()
        .and_then(|pvm| pvm.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let t = lang.texts();
    let document = root.owner_document()?;
    let here = web_sys::window()?.location().href().ok()?;
    let element = |tag: &str, class: &str, text: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        e.set_text_content(Some(text));
        Some(e)
    };
    let wrapper = element("div", "pvm", "")?;
    wrapper.set_attribute("lang", lang.code()).ok()?;
    let alert = element("div", "pvm-error", "")?;
    alert.set_attribute("role", "alert").ok()?;
    alert.set_attribute("data-crashed", "").ok()?;
    let message = element("p", "", &format!("{} ", t.crash_message))?;
    let reload = element("a", "", t.crash_reload)?;
    reload.set_attribute("href", &here).ok()?;
    message.append_child(&reload).ok()?;
    alert.append_child(&message).ok()?;
    wrapper.append_child(&alert).ok()?;
    root.set_text_content(None);
    // Not prerendered markup any more: the page's loading styles must not hide the message.
    let _ = root.remove_attribute(super::PRERENDERED);
    root.append_child(&wrapper).ok()?;
    Some(())
}
