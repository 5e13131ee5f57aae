//! Downloads the current view as CSV, JSON or Markdown, and copies the link.

use std::rc::Rc;

use yew::prelude::*;

use super::use_lang;
use crate::app::browser;
use crate::app::export::{table, ExportTable};
use crate::app::view_model::ViewModel;
use crate::app::Mode;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// What the view shows; its table is made only when a download is asked for, so that
    /// rendering never pays for formatting every reason.
    pub model: Rc<ViewModel>,
    pub mode: Mode,
    /// The file name without extension, e.g. `pv-matrix-2026-11-26`.
    pub name: AttrValue,
}

#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let copied = use_state(|| false);
    let t = use_lang().texts();
    let download =
        |extension: &'static str, mime: &'static str, render: fn(&ExportTable) -> String| {
            let model = Rc::clone(&props.model);
            let name = props.name.clone();
            Callback::from(move |_: MouseEvent| {
                let text = render(&table(&model));
                browser::download(&format!("{name}.{extension}"), mime, &text);
            })
        };
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let done = browser::location_href().is_some_and(|href| browser::copy_text(&href));
            copied.set(done);
        })
    };
    html! {
        <div class="pvm-export" role="group" aria-label={t.export_view}>
            <span class="pvm-filter-label" aria-hidden="true">{ t.export_view }</span>
            <button type="button" class="pvm-toggle" data-export="csv"
                onclick={download("csv", "text/csv", ExportTable::to_csv)}>{ "CSV" }</button>
            <button type="button" class="pvm-toggle" data-export="json"
                onclick={download("json", "application/json", ExportTable::to_json)}>{ "JSON" }</button>
            <button type="button" class="pvm-toggle" data-export="markdown"
                onclick={download("md", "text/markdown", ExportTable::to_markdown)}>{ "Markdown" }</button>
            <button type="button" class="pvm-toggle" data-export="link" onclick={on_copy}>
                { if *copied { t.link_copied } else { t.copy_link } }
            </button>
        </div>
    }
}
