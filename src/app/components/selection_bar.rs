//! The selected releases as removable chips, and a way to clear them all.

use yew::prelude::*;

use super::use_lang;
use crate::app::i18n::fill;
use crate::app::Shared;
use crate::matrix::Matrix;

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    pub matrix: Shared<Matrix>,
    pub selected: Vec<AttrValue>,
    pub on_toggle: Callback<String>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn SelectionBar(props: &SelectionBarProps) -> Html {
    let t = use_lang().texts();
    let chips = props.selected.iter().filter_map(|id| {
        let release = props.matrix.release(id)?;
        let on_remove = {
            let id = release.id.clone();
            props.on_toggle.reform(move |_: MouseEvent| id.clone())
        };
        Some(html! {
            <li key={release.id.clone()} class="pvm-chip">
                <span>{ &release.name }</span>
                <button type="button" onclick={on_remove} data-remove={release.id.clone()}
                    aria-label={fill(t.remove, &[&release.name])}>{ "×" }</button>
            </li>
        })
    });
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());

    html! {
        <section class="pvm-selection" aria-label={t.selected_label}>
            <h2 class="pvm-label">{ fill(t.selected_count, &[&props.selected.len().to_string()]) }</h2>
            if props.selected.is_empty() {
                <p class="pvm-empty">{ t.none_selected }</p>
            } else {
                <ul class="pvm-chips">{ for chips }</ul>
                <button type="button" class="pvm-link-button" onclick={on_clear}>{ t.clear_all }</button>
            }
        </section>
    }
}
