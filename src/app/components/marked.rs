//! A text from the data (a description, a note) with its glossary links: each `[[term]]`
//! becomes a button with `data-term`, which the widget's one click handler turns into opening
//! the glossary at that term's entry (no callback per link: a page shows hundreds).

use yew::prelude::*;

use crate::matrix::glossary::{spans, term_id, Span};

/// The text, its term links as buttons.
pub fn marked(text: &str) -> Html {
    html! {
        { for spans(text).map(|span| match span {
            Span::Text(text) => html! { text },
            Span::Link { target, label } => html! {
                <button type="button" class="pvm-term" data-term={term_id(target)}
                    aria-haspopup="dialog">{ label }</button>
            },
        }) }
    }
}
