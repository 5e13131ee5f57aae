//! Downloads the current view as CSV, JSON or Markdown, copies a link to it, and on the page
//! offers the snippet that embeds it.

use std::rc::Rc;

use yew::prelude::*;

use super::embed_view::EmbedView;
use super::{copy_on_click, use_lang, use_words, WordsState};
use crate::app::browser;
use crate::app::export::{table, ExportTable};
use crate::app::view_model::ViewModel;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// What the view shows; its table is made only when a download is asked for, so that
    /// rendering never pays for formatting every reason.
    pub model: Rc<ViewModel>,
    /// The file name without extension, e.g. `pv-matrix-2026-11-26`.
    pub name: AttrValue,
    /// The link that opens the pv-matrix page with the current view, for "Copy link"; `None`
    /// when no link can carry the view (a pasted kernel config), and then no button is offered.
    /// Embedded, this is the pv-matrix page (not the host page) with the view's query.
    #[prop_or_default]
    pub link: Option<AttrValue>,
    /// The query of that link, for "Embed this view"; `None` where it is not offered: embedded
    /// (the reader is in someone's page already) and where no link carries the view.
    #[prop_or_default]
    pub embed: Option<AttrValue>,
}

/// An export to make from a view model.
type Export = Rc<dyn Fn(&ViewModel)>;

#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    // What the browser answered to "Copy link" and "Copy Markdown": `None` until it answers
    // (the clipboard answers later), then whether it took the text.
    let link_answer = use_state(|| None::<bool>);
    let markdown_answer = use_state(|| None::<bool>);
    let t = use_lang().texts();
    // The exports carry the notes and sources, the data's words: asked for when a reader comes
    // near the buttons, and an export clicked before they came is made when they come.
    let words = use_words();
    let pending = use_mut_ref(|| None::<Export>);
    use_effect_with(Rc::clone(&props.model), {
        let pending = pending.clone();
        move |model: &Rc<ViewModel>| {
            if model.words {
                if let Some(export) = pending.borrow_mut().take() {
                    export(model);
                }
            }
        }
    });
    let on_click = |export: Export| {
        let (model, pending) = (Rc::clone(&props.model), pending.clone());
        let (waiting, request) = (words.state == WordsState::Loading, words.request.clone());
        Callback::from(move |_: MouseEvent| {
            if model.words || !waiting {
                export(&model);
            } else {
                *pending.borrow_mut() = Some(Rc::clone(&export));
                request.emit(());
            }
        })
    };
    let download =
        |extension: &'static str, mime: &'static str, render: fn(&ExportTable) -> String| {
            let name = props.name.clone();
            on_click(Rc::new(move |model: &ViewModel| {
                browser::download(&format!("{name}.{extension}"), mime, &render(&table(model)));
            }))
        };
    // Markdown to paste into a wiki; refused, a word to download it instead.
    let on_copy_markdown = {
        let answer = markdown_answer.clone();
        on_click(Rc::new(move |model: &ViewModel| {
            answer.set(None);
            let answer = answer.clone();
            let markdown = table(model).to_markdown();
            browser::copy_text(&markdown, move |done| answer.set(Some(done)));
        }))
    };
    // Refused, the link is shown to copy by hand.
    let copy = props.link.clone().map(|link| {
        let on_copy = {
            let link = link.clone();
            copy_on_click(&link_answer, move || link.to_string())
        };
        html! {
            <>
            <button type="button" class="pvm-toggle" data-export="link" onclick={on_copy}>
                { if *link_answer == Some(true) { t.link_copied } else { t.copy_link } }
            </button>
            if *link_answer == Some(false) {
                <span role="alert" data-copy-refused="">{ t.link_copy_refused }</span>
                <input type="text" class="pvm-link-field" readonly=true value={link}
                    aria-label={t.link_to_view} data-link-field="" />
            }
            </>
        }
    });
    html! {
        <div class="pvm-export" role="group" aria-label={t.export_view}
            onpointerenter={words.request.reform(|_| ())} onfocusin={words.request.reform(|_| ())}>
            <span class="pvm-filter-label" aria-hidden="true">{ t.export_view }</span>
            <button type="button" class="pvm-toggle" data-export="csv"
                onclick={download("csv", "text/csv", ExportTable::to_csv)}>{ "CSV" }</button>
            <button type="button" class="pvm-toggle" data-export="json"
                onclick={download("json", "application/json", ExportTable::to_json)}>{ "JSON" }</button>
            <button type="button" class="pvm-toggle" data-export="markdown"
                onclick={download("md", "text/markdown", ExportTable::to_markdown)}>{ "Markdown" }</button>
            <button type="button" class="pvm-toggle" data-export="copy-markdown" onclick={on_copy_markdown}>
                { if *markdown_answer == Some(true) { t.markdown_copied } else { t.copy_markdown } }
            </button>
            if *markdown_answer == Some(false) {
                <span role="alert" data-copy-refused="markdown">{ t.markdown_copy_refused }</span>
            }
            { for copy }
            if let Some(query) = &props.embed {
                <EmbedView key={query.as_str()} query={query.clone()} />
            }
        </div>
    }
}
