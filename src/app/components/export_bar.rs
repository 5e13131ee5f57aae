//! Downloads the current view as CSV, JSON or Markdown, and copies a link to it.

use yew::prelude::*;

use super::use_lang;
use crate::app::browser;
use crate::app::export::ExportTable;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// Makes the table of the current view; called only when a download is asked for, so that
    /// rendering never pays for formatting every reason twice.
    pub table: Callback<(), ExportTable>,
    /// The file name without extension, e.g. `pv-matrix-2026-11-26`.
    pub name: AttrValue,
    /// The link that opens the pv-matrix page with the current view, for "Copy link"; `None`
    /// when no link can carry the view (a pasted kernel config), and then no button is offered.
    /// Embedded, this is the pv-matrix page (not the host page) with the view's query.
    #[prop_or_default]
    pub link: Option<AttrValue>,
}

#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    // What the browser answered to "Copy link": put on the clipboard, or refused (then the link
    // is shown to copy by hand). Neither while no answer has come.
    let copied = use_state(|| false);
    let refused = use_state(|| false);
    let t = use_lang().texts();
    let download =
        |extension: &'static str, mime: &'static str, render: fn(&ExportTable) -> String| {
            let table = props.table.clone();
            let name = props.name.clone();
            Callback::from(move |_: MouseEvent| {
                let text = render(&table.emit(()));
                browser::download(&format!("{name}.{extension}"), mime, &text);
            })
        };
    let copy = props.link.clone().map(|link| {
        let on_copy = {
            let (copied, refused, link) = (copied.clone(), refused.clone(), link.clone());
            Callback::from(move |_: MouseEvent| {
                copied.set(false);
                refused.set(false);
                let (copied, refused) = (copied.clone(), refused.clone());
                // "Copied" only once the browser has said so: the clipboard answers later.
                browser::copy_text(&link, move |done| {
                    copied.set(done);
                    refused.set(!done);
                });
            })
        };
        html! {
            <>
            <button type="button" class="pvm-toggle" data-export="link" onclick={on_copy}>
                { if *copied { t.link_copied } else { t.copy_link } }
            </button>
            if *refused {
                <span role="alert" data-copy-refused="">{ t.link_copy_refused }</span>
                <input type="text" class="pvm-link-field" readonly=true value={link}
                    aria-label={t.link_to_view} data-link-field="" />
            }
            </>
        }
    });
    html! {
        <div class="pvm-export" role="group" aria-label={t.export_view}>
            <span class="pvm-filter-label" aria-hidden="true">{ t.export_view }</span>
            <button type="button" class="pvm-toggle" data-export="csv"
                onclick={download("csv", "text/csv", ExportTable::to_csv)}>{ "CSV" }</button>
            <button type="button" class="pvm-toggle" data-export="json"
                onclick={download("json", "application/json", ExportTable::to_json)}>{ "JSON" }</button>
            <button type="button" class="pvm-toggle" data-export="markdown"
                onclick={download("md", "text/markdown", ExportTable::to_markdown)}>{ "Markdown" }</button>
            { for copy }
        </div>
    }
}
