//! A text from the data (a description, a note) with its glossary links: each `[[term]]` is a
//! button that opens the term's entry in the glossary dialog, where the widget provides one.

use yew::prelude::*;

use super::Dispatch;
use crate::app::state::Action;
use crate::matrix::glossary::{spans, term_id, Span};

#[derive(Properties, PartialEq)]
pub struct MarkedProps {
    pub text: AttrValue,
}

#[component]
pub fn Marked(props: &MarkedProps) -> Html {
    // Outside a widget (a component test of its own) the links read as their words.
    let dispatch = use_context::<Dispatch>();
    html! {
        { for spans(&props.text).map(|span| match (span, &dispatch) {
            (Span::Text(text), _) | (Span::Link { label: text, .. }, None) => html! { text },
            (Span::Link { target, label }, Some(dispatch)) => {
                let id = term_id(target);
                let onclick = {
                    let (dispatch, id) = (dispatch.clone(), id.clone());
                    Callback::from(move |_: MouseEvent| {
                        dispatch.dispatch(Action::ShowGlossary(Some(id.clone())))
                    })
                };
                html! {
                    <button type="button" class="pvm-term" data-term={id} aria-haspopup="dialog"
                        {onclick}>{ label }</button>
                }
            }
        }) }
    }
}
