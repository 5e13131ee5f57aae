//! The page's few browser calls: location, history, clipboard, downloads, today's date.
//!
//! Only effects, callbacks and `mount` call these, never a render, so components still render
//! natively (server-side rendering in tests) where no browser exists.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use super::i18n::Lang;
use super::state::CellId;
use crate::matrix::Date;

/// Today's date in the browser's time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    text.parse().ok()
}

/// The first of the reader's preferred languages that the interface speaks
/// (`navigator.languages`, then `navigator.language`); `None` when it speaks none of them.
/// See [`Lang::first_spoken`] for the rule.
pub fn language() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    let preferred = navigator.languages();
    let tags = preferred.iter().filter_map(|tag| tag.as_string());
    Lang::first_spoken(tags.chain(navigator.language()))
}

/// The current query string, e.g. `?releases=rhel-6`; empty when there is none.
pub fn location_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its query and fragment, for "copy link" (the view's query goes
/// after it).
pub fn page_address() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

/// How a new query string enters the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A new entry, for back and forward (a changed selection).
    Push,
    /// The current entry rewritten (each keystroke in the kernel input).
    Replace,
}

/// Writes a new query string into the location, keeping path and fragment.
pub fn write_query(query: &str, entry: HistoryEntry) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let null = wasm_bindgen::JsValue::NULL;
    // A failure here (e.g. a sandboxed iframe) only means the link does not follow.
    let _ = match entry {
        HistoryEntry::Push => history.push_state_with_url(&null, "", Some(&url)),
        HistoryEntry::Replace => history.replace_state_with_url(&null, "", Some(&url)),
    };
}

/// Calls `on_change` with the new query string whenever the user goes back or forward.
pub fn on_history_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        on_change(location_query())
    }))
}

/// Puts text on the clipboard, then calls `done` with whether the browser did (its answer comes
/// later). It may refuse: no permission, a frame without `clipboard-write`, or a page that is
/// not a secure context (no `navigator.clipboard` at all, which must not panic).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    let Some(clipboard) = clipboard.filter(|c| !JsValue::is_undefined(c)) else {
        return done(false);
    };
    // One callback for both outcomes: `writeText` fulfils with `undefined`, and refuses with
    // an error.
    let mut done = Some(done);
    let answer =
        wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            if let Some(done) = done.take() {
                done(value.is_undefined());
            }
        });
    let _ = clipboard.write_text(text).then2(&answer, &answer);
    // Called once, by the promise; JavaScript's garbage collector frees it after that.
    let _ = answer.into_js_value();
}

/// Offers text as a file download, made in the browser (nothing is fetched).
pub fn download(filename: &str, mime: &str, content: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let window = web_sys::window()?;
    let document = window.document()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // The browser may read the file after `click` has returned (some only once the reader has
    // chosen where to save it): revoking the URL at once can cut the download short.
    let revoke = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let later = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.as_ref().unchecked_ref(),
        KEEP_DOWNLOAD_URL_MS,
    );
    // Called once, by the timer; JavaScript's garbage collector frees it after that.
    let _ = revoke.into_js_value();
    later.ok().map(drop)
}

/// How long a download's object URL stays readable after the click, in milliseconds.
pub const KEEP_DOWNLOAD_URL_MS: i32 = 60_000;

/// Tells an embedding page what its `<pv-matrix>` element shows now: a `pv-matrix-change` event
/// that bubbles out of the element, with the state as its `detail`.
pub fn dispatch_change(host: &web_sys::HtmlElement, params: &super::url::QueryParams) {
    fn list(items: &[String]) -> wasm_bindgen::JsValue {
        items
            .iter()
            .map(|item| wasm_bindgen::JsValue::from_str(item))
            .collect::<js_sys::Array>()
            .into()
    }
    let optional_list =
        |items: &Option<Vec<String>>| items.as_deref().map_or(wasm_bindgen::JsValue::NULL, list);
    let detail = js_sys::Object::new();
    let members = [
        ("query", params.to_query().into()),
        ("releases", optional_list(&params.releases)),
        ("compare", optional_list(&params.compare)),
        ("need", optional_list(&params.need)),
        (
            "kernel",
            params
                .kernel
                .as_deref()
                .map_or(wasm_bindgen::JsValue::NULL, Into::into),
        ),
        ("capabilities", list(&params.capabilities)),
        ("hypervisors", list(&params.hypervisors)),
        ("status", list(&params.statuses)),
    ];
    for (name, value) in members {
        let _ = js_sys::Reflect::set(&detail, &name.into(), &value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("pv-matrix-change", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The element the project's own page mounts into: `[data-pv-matrix-page]`.
pub fn mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector("[data-pv-matrix-page]")
        .ok()
        .flatten()
}

/// Gives `element` the keyboard focus when nothing in its document or shadow root has it (the
/// focused control was just removed, e.g. the Close button of a verdict's details).
pub fn focus_if_lost(element: &web_sys::HtmlElement) {
    let root = element.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|document| document.active_element())
            .filter(|active| active.tag_name() != "BODY"),
    };
    if active.is_none() {
        let _ = element.focus();
    }
}

/// Puts the project's own page in `lang`: the document's `lang`, its title and the
/// introduction above the widget (`.page-header p`).
pub fn localise_page(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let texts = lang.texts();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(texts.page_title);
    if let Ok(Some(intro)) = document.query_selector(".page-header p") {
        intro.set_text_content(Some(texts.page_intro));
    }
}

/// The glossary term of the term link a click was on (`data-term` on it or an ancestor).
pub fn term_of(event: &web_sys::MouseEvent) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-term]")
        .ok()??
        .get_attribute("data-term")
}

/// Opens a `<dialog>` as a modal dialog: the rest of the page is inert, Escape closes it, and
/// on closing the browser gives the focus back to where it was (the term link or button).
pub fn show_modal(dialog: &web_sys::HtmlDialogElement) {
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
}

/// Focuses the heading of the glossary entry `[data-term-entry=<id>]` inside `dialog` and
/// scrolls the entry to the top.
pub fn focus_term(dialog: &web_sys::Element, id: &str) {
    let Ok(Some(entry)) = dialog.query_selector(&format!("[data-term-entry=\"{id}\"]")) else {
        return;
    };
    if let Some(heading) = entry
        .query_selector("h3")
        .ok()
        .flatten()
        .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
    entry.scroll_into_view();
}

/// Moves the keyboard focus from a verdict's button to the next verdict `columns` to the side
/// and `rows` up or down in the same table (arrow keys). Returns whether it moved.
pub fn focus_neighbour_verdict(from: &web_sys::Element, columns: i32, rows: i32) -> bool {
    let neighbour = || -> Option<web_sys::HtmlElement> {
        let cell = from.closest("td").ok()??;
        let row = cell.parent_element()?;
        let table = row.closest("table").ok()??;
        let rows_of_table = table.query_selector_all("tr[data-capability-row]").ok()?;
        let cells_of = |row: &web_sys::Element| row.query_selector_all("td > button").ok();
        let position = |list: &web_sys::NodeList, item: &web_sys::Node| {
            (0..list.length()).find(|i| list.item(*i).as_ref() == Some(item))
        };
        let buttons = cells_of(&row)?;
        let column = position(&buttons, from)?;
        let row_index = position(&rows_of_table, &row)?;
        let target_row = rows_of_table
            .item(row_index.checked_add_signed(rows)?)?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        cells_of(&target_row)?
            .item(column.checked_add_signed(columns)?)?
            .dyn_into()
            .ok()
    };
    neighbour().is_some_and(|button| button.focus().is_ok())
}

/// The verdict whose button an event happened on: its cell's `data-release` and
/// `data-capability`. `None` for anything else in the table (a details panel, a heading).
pub fn verdict_of(target: Option<web_sys::EventTarget>) -> Option<CellId> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let button = element.closest("td[data-capability] > button").ok()??;
    let cell = button.parent_element()?;
    Some(CellId {
        release: cell.get_attribute("data-release")?,
        capability: cell.get_attribute("data-capability")?.into(),
    })
}

/// Gives the keyboard focus back to a verdict's button in `frame`, if nothing has it.
pub fn focus_verdict_if_lost(frame: &web_sys::Element, cell: &CellId) {
    let selector = format!(
        "td[data-release=\"{}\"][data-capability=\"{}\"] > button",
        cell.release, cell.capability
    );
    if let Ok(Some(button)) = frame.query_selector(&selector) {
        if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
            focus_if_lost(&button);
        }
    }
}

/// Marks a table's frame with `data-overflows` while the table is wider than the frame, so the
/// page can say that it scrolls sideways.
pub fn mark_overflow(frame: &web_sys::HtmlElement) {
    let _ = if frame.scroll_width() > frame.client_width() {
        frame.set_attribute("data-overflows", "")
    } else {
        frame.remove_attribute("data-overflows")
    };
}

/// Scrolls a table's frame sideways, only as far as needed, to show the head of the column
/// `th[data-release=<id>]` (a release just added is at the end, often out of view).
pub fn reveal_column(frame: &web_sys::HtmlElement, id: &str) {
    let head = frame
        .query_selector(&format!("thead th[data-release=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|head| head.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(head) = head else {
        return;
    };
    let (left, width) = (head.offset_left(), head.offset_width());
    let (shown, view) = (frame.scroll_left(), frame.client_width());
    if left + width > shown + view {
        frame.set_scroll_left(left + width - view);
    } else if left < shown {
        frame.set_scroll_left(left);
    }
}

/// Calls `on_resize` whenever the window's size changes, while the listener is kept.
pub fn on_resize(on_resize: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "resize", move |_| on_resize()))
}

/// Fetches a text file; the error names the address and what went wrong (not found, offline,
/// refused by the page's content security policy).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |why: JsValue| {
        let why = why
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| format!("{why:?}"), |e| String::from(e.message()));
        format!("{url}: {why}")
    };
    let window = web_sys::window().ok_or_else(|| format!("{url}: no window"))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}
