//! A polite notice for ids in the link that match nothing.

use yew::prelude::*;

use super::{use_lang, Dispatch};
use crate::app::i18n::{fill, Lang};
use crate::app::state::{Action, IdKind};

#[derive(Properties, PartialEq)]
pub struct UnknownIdsNoticeProps {
    /// What was not found: its kind and the id as the link wrote it.
    pub items: Vec<(IdKind, String)>,
    pub dispatch: Dispatch,
}

#[component]
pub fn UnknownIdsNotice(props: &UnknownIdsNoticeProps) -> Html {
    let lang = use_lang();
    let t = lang.texts();
    if props.items.is_empty() {
        return html! {};
    }
    let (open, close) = match lang {
        Lang::En => ("\u{201c}", "\u{201d}"),
        Lang::De => ("\u{201e}", "\u{201c}"),
    };
    let items: Vec<String> = props
        .items
        .iter()
        .map(|(kind, id)| {
            let kind = match kind {
                IdKind::Release => t.id_release,
                IdKind::Capability => t.id_capability,
                IdKind::Hypervisor => t.id_hypervisor,
                IdKind::Status => t.id_status,
                IdKind::Language => t.id_language,
            };
            format!("{kind} {open}{id}{close}")
        })
        .collect();
    let message = fill(t.unknown_ids, &[&items.join(", ")]);
    let on_dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DismissUnknown))
    };
    html! {
        <div class="pvm-notice" role="status" data-notice="unknown-ids">
            <p>{ message }</p>
            <button type="button" class="pvm-link-button" onclick={on_dismiss}>{ t.dismiss }</button>
        </div>
    }
}
