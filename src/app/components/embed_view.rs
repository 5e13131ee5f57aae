//! "Embed this view": the `<pv-matrix>` snippet of the current view, with the view prerendered
//! inside it, to paste into a documentation page (the page's counterpart of `scripts/snippet`).

use yew::prelude::*;

use super::{copy_on_click, use_lang};
use crate::app::snippet::{self, Attributes};

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    /// The query of a link to the view, which is the element's attributes. The parent keys the
    /// component by it, so a changed view starts closed rather than show another view's snippet.
    pub query: AttrValue,
}

#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let t = use_lang().texts();
    // The snippet, once rendered; the panel is open while there is one.
    let text = use_state(String::new);
    // What the browser answered to "Copy snippet", as for "Copy link".
    let answer = use_state(|| None::<bool>);
    let open = !text.is_empty();
    let on_toggle = {
        let (text, answer, query) = (text.clone(), answer.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| {
            answer.set(None);
            text.set(String::new());
            if let (false, Ok(attributes)) = (open, Attributes::parse(&query)) {
                // Rendered only when asked for: it costs a render of the view.
                let text = text.clone();
                snippet::render(attributes, move |snippet| text.set(snippet));
            }
        })
    };
    let on_copy = {
        let text = (*text).clone();
        copy_on_click(&answer, move || text.clone())
    };
    html! {
        <>
        <button type="button" class="pvm-toggle" data-export="embed" aria-expanded={open.to_string()}
            onclick={on_toggle}>{ t.embed_view }</button>
        if open {
            <div class="pvm-embed" data-embed-panel="">
                <textarea readonly=true aria-label={t.embed_snippet} value={(*text).clone()}
                    data-embed-snippet="" />
                <button type="button" class="pvm-toggle" data-export="copy-snippet" onclick={on_copy}>
                    { if *answer == Some(true) { t.snippet_copied } else { t.copy_snippet } }
                </button>
                if *answer == Some(false) {
                    <span role="alert" data-copy-refused="snippet">{ t.snippet_copy_refused }</span>
                }
                <p>{ t.embed_help }</p>
            </div>
        }
        </>
    }
}
