//! "What do these words mean?": the glossary of the matrix in a modal dialog, each term with
//! its definition, how it relates to the others and its sources, then the original article's
//! claims set against the kernel history. Opened by the page's button and by every term link
//! (`data-term`, the index's too: the widget's click handler); it takes its entries from the
//! matrix, wherever the matrix got them.

use yew::prelude::*;

use super::marked::marked;
use super::verdict_details::source_list;
use super::{use_lang, use_words, words_awaited, Dispatch};
use crate::app::browser;
use crate::app::custom::SharedMatrix;
use crate::app::state::Action;
use crate::matrix::Source;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub matrix: SharedMatrix,
    /// The entry a term link named; `None` opens at the top.
    pub term: Option<String>,
    pub dispatch: Dispatch,
}

#[component]
pub fn Glossary(props: &GlossaryProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    let dialog = use_node_ref();
    // The glossary's words come with the data's other words (the WebAssembly compiles in the
    // terms' ids alone): asked for when it opens.
    let words = use_words();
    {
        let request = words.request.clone();
        use_effect_with((), move |()| request.emit(()));
    }
    let here = props.matrix.words;
    {
        let dialog = dialog.clone();
        use_effect_with((props.term.clone(), here), move |(term, _)| {
            if let Some(element) = dialog.cast::<web_sys::HtmlDialogElement>() {
                browser::show_modal(&element);
                if let Some(term) = term {
                    browser::focus_term(&element, term);
                }
            }
        });
    }
    // Escape and the Close button close the dialog natively; the state follows.
    let onclose = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(Action::CloseGlossary))
    };
    let glossary = &props.matrix.glossary;
    html! {
        <dialog ref={dialog} class="pvm-glossary" aria-label={t.glossary_open} {onclose} data-glossary="">
            <div class="pvm-glossary-head">
                <h2>{ t.glossary_open }</h2>
                <form method="dialog"><button class="pvm-link-button" data-glossary-close="">{ t.close }</button></form>
            </div>
            <p class="pvm-glossary-intro">{ t.glossary_intro }</p>
            if !here {
                { words_awaited(&words.state, t.glossary_loading, t.glossary_unavailable, t.glossary_failed) }
            } else {
            <nav aria-label={t.glossary_terms}>
                <ul class="pvm-glossary-index">
                    { for glossary.terms.iter().map(|term| html! {
                        <li><button type="button" class="pvm-term" data-term={term.id.clone()}>
                            { short_name(&lang.term_text(term).name) }
                        </button></li>
                    }) }
                </ul>
            </nav>
            { for glossary.terms.iter().map(|term| {
                let text = lang.term_text(term);
                let current = props.term.as_deref() == Some(term.id.as_str());
                html! {
                    <section class={if current { "pvm-term-entry pvm-current" } else { "pvm-term-entry" }}
                        data-term-entry={term.id.clone()}>
                        <h3 tabindex="-1">{ &text.name }</h3>
                        <p>{ marked(&text.definition) }</p>
                        <p class="pvm-term-relation">{ marked(&text.relation) }</p>
                        { sources(t.sources, &term.sources) }
                    </section>
                }
            }) }
            if !glossary.claims.is_empty() {
                <section class="pvm-claims">
                    <h3>{ t.glossary_claims }</h3>
                    <p>{ t.glossary_claims_intro }</p>
                    <ul>
                        { for glossary.claims.iter().map(|claim| {
                            let text = lang.claim_text(claim);
                            html! {
                                <li data-claim={claim.id.clone()}>
                                    <p><strong>{ format!("{}: ", t.glossary_claim) }</strong>{ &text.claim }</p>
                                    <p><strong>{ format!("{}: ", t.glossary_finding) }</strong>{ marked(&text.finding) }</p>
                                    { sources(t.sources, &claim.sources) }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            }
        </dialog>
    }
}

/// The index's label: the name without the explanation in brackets it ends with ("PV" of "PV
/// (paravirtualization)"; "PV drivers for unmodified (HVM) guests" stays whole).
fn short_name(name: &str) -> &str {
    match name.find(" (") {
        Some(end) if name.ends_with(')') => &name[..end],
        _ => name,
    }
}

/// "Sources:" and the sources in a row.
fn sources(label: &str, sources: &[Source]) -> Html {
    html! {
        <div class="pvm-term-sources">
            <span>{ format!("{label}:") }</span>
            { source_list(sources) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn the_index_names_a_term_without_the_explanation_it_ends_with() {
        for (name, short) in [
            ("PV (paravirtualization)", "PV"),
            ("dom0 (Domäne 0)", "dom0"),
            (
                "PV drivers for unmodified (HVM) guests",
                "PV drivers for unmodified (HVM) guests",
            ),
            (
                "Forward-ported (“xenified”) kernel",
                "Forward-ported (“xenified”) kernel",
            ),
            ("virtio", "virtio"),
        ] {
            assert_eq!(short_name(name), short, "{name}");
        }
    }
}
