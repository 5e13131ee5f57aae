//! A polite notice for ids in the link that match nothing.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnknownIdsNoticeProps {
    /// What was not found, e.g. `release “rhel-99”`.
    pub items: Vec<String>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn UnknownIdsNotice(props: &UnknownIdsNoticeProps) -> Html {
    if props.items.is_empty() {
        return html! {};
    }
    let message = format!(
        "The link names something this matrix does not know: {}. It was left out; the rest is shown.",
        props.items.join(", ")
    );
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="pvm-notice" role="status" data-notice="unknown-ids">
            <p>{ message }</p>
            <button type="button" class="pvm-link-button" onclick={on_dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
