//! A polite notice for release ids in the link that match no release.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnknownIdsNoticeProps {
    pub ids: Vec<String>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn UnknownIdsNotice(props: &UnknownIdsNoticeProps) -> Html {
    if props.ids.is_empty() {
        return html! {};
    }
    let quoted: Vec<String> = props
        .ids
        .iter()
        .map(|id| format!("\u{201c}{id}\u{201d}"))
        .collect();
    let message = if props.ids.len() == 1 {
        format!("The link names a release this matrix does not know: {}. It was left out; the other releases are shown.", quoted[0])
    } else {
        format!("The link names releases this matrix does not know: {}. They were left out; the other releases are shown.", quoted.join(", "))
    };
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="pvm-notice" role="status" data-notice="unknown-releases">
            <p>{ message }</p>
            <button type="button" class="pvm-link-button" onclick={on_dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
