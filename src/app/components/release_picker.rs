//! Picks releases: a search box and the releases grouped by distribution, as checkboxes.

use yew::prelude::*;

use super::release_option::ReleaseOption;
use super::use_lang;
use crate::app::i18n::fill;
use crate::app::Shared;
use crate::matrix::{Date, Matrix};

#[derive(Properties, PartialEq)]
pub struct ReleasePickerProps {
    pub matrix: Shared<Matrix>,
    /// Ids of the selected releases.
    pub selected: Vec<AttrValue>,
    pub on_toggle: Callback<String>,
    pub today: Date,
}

#[component]
pub fn ReleasePicker(props: &ReleasePickerProps) -> Html {
    let search = use_state(String::new);
    let supported_only = use_state(|| false);
    let t = use_lang().texts();
    let on_input = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            search.set(input.value());
        })
    };
    let on_supported_only = {
        let supported_only = supported_only.clone();
        Callback::from(move |_: Event| supported_only.set(!*supported_only))
    };

    let matrix: &'static Matrix = props.matrix.0;
    let groups: Vec<Html> = matrix
        .distros
        .iter()
        .filter_map(|distro| {
            let options: Vec<Html> = distro
                .releases
                .iter()
                .filter(|r| r.matches_search(&search))
                .filter(|r| !*supported_only || !r.support(props.today).has_ended())
                .map(|release| {
                    html! {
                        <ReleaseOption
                            key={release.id.clone()}
                            release={Shared(release)}
                            checked={props.selected.iter().any(|id| **id == release.id)}
                            today={props.today}
                            support_meaning={AttrValue::from(distro.end_of_support_meaning.clone())}
                            on_toggle={props.on_toggle.clone()}
                        />
                    }
                })
                .collect();
            (!options.is_empty()).then(|| {
                html! {
                    <fieldset class="pvm-group">
                        <legend>{ &distro.name }</legend>
                        <ul>{ for options }</ul>
                    </fieldset>
                }
            })
        })
        .collect();

    html! {
        <section class="pvm-picker" aria-label={t.pick_releases}>
            <label class="pvm-search">
                <span>{ t.find_release }</span>
                <input type="search" value={(*search).clone()} oninput={on_input}
                    placeholder={t.find_placeholder} autocomplete="off" />
            </label>
            <label class="pvm-check">
                <input type="checkbox" checked={*supported_only} onchange={on_supported_only}
                    data-filter="supported-only" />
                { t.supported_only }
            </label>
            <div class="pvm-picker-list">
                if groups.is_empty() && *supported_only {
                    <p class="pvm-empty">{ fill(t.no_supported_match, &[&search]) }</p>
                } else if groups.is_empty() {
                    <p class="pvm-empty">{ fill(t.no_match, &[&search]) }</p>
                } else {
                    { for groups }
                }
            </div>
        </section>
    }
}
