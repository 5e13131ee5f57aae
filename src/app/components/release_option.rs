//! One release in the picker: a checkbox with its name, codename, kernel and support dates. Its
//! own component, so that ticking one re-renders one, not all seventy-odd.

use yew::prelude::*;

use super::use_lang;
use crate::app::i18n::fill;
use crate::app::text::support_phrase;
use crate::app::Shared;
use crate::matrix::{Date, Release};

#[derive(Properties, PartialEq)]
pub struct ReleaseOptionProps {
    pub release: Shared<Release>,
    pub checked: bool,
    pub today: Date,
    /// What "end of support" means for the release's distribution.
    pub support_meaning: AttrValue,
    pub on_toggle: Callback<String>,
}

#[component]
pub fn ReleaseOption(props: &ReleaseOptionProps) -> Html {
    let lang = use_lang();
    let release = props.release.0;
    let onchange = {
        let id = release.id.clone();
        props.on_toggle.reform(move |_: Event| id.clone())
    };
    html! {
        <li>
            <label class="pvm-option">
                <input type="checkbox" checked={props.checked} {onchange}
                    data-release-option={release.id.clone()} />
                <span class="pvm-option-name">{ &release.name }</span>
                if let Some(codename) = &release.codename {
                    <span class="pvm-option-codename">{ codename }</span>
                }
                <span class="pvm-option-kernel">{ format!("Linux {}", release.kernel) }</span>
                <span class="pvm-option-dates" title={props.support_meaning.clone()}>
                    { fill(lang.texts().released, &[
                        &lang.year_month(release.released),
                        &support_phrase(lang, release.support(props.today)),
                    ]) }
                </span>
            </label>
        </li>
    }
}
