//! Picks releases: a search box and the releases grouped by distribution, as checkboxes.

use yew::prelude::*;

use crate::app::text::support_phrase;
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

    let groups: Vec<Html> = props
        .matrix
        .distros
        .iter()
        .filter_map(|distro| {
            let options: Vec<Html> = distro
                .releases
                .iter()
                .filter(|r| r.matches_search(&search))
                .filter(|r| !*supported_only || !r.support(props.today).has_ended())
                .map(|release| {
                    let checked = props.selected.iter().any(|id| **id == release.id);
                    let on_change = {
                        let id = release.id.clone();
                        props.on_toggle.reform(move |_: Event| id.clone())
                    };
                    html! {
                        <li>
                            <label class="pvm-option">
                                <input type="checkbox" {checked} onchange={on_change}
                                    data-release-option={release.id.clone()} />
                                <span class="pvm-option-name">{ &release.name }</span>
                                if let Some(codename) = &release.codename {
                                    <span class="pvm-option-codename">{ codename }</span>
                                }
                                <span class="pvm-option-kernel">{ format!("Linux {}", release.kernel) }</span>
                                <span class="pvm-option-dates" title={distro.end_of_support_meaning.clone()}>
                                    { format!("released {}, {}", release.released.year_month(), support_phrase(release.support(props.today))) }
                                </span>
                            </label>
                        </li>
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
        <section class="pvm-picker" aria-label="Pick releases">
            <label class="pvm-search">
                <span>{ "Find a release" }</span>
                <input type="search" value={(*search).clone()} oninput={on_input}
                    placeholder="name, version or codename, e.g. squeeze" autocomplete="off" />
            </label>
            <label class="pvm-check">
                <input type="checkbox" checked={*supported_only} onchange={on_supported_only}
                    data-filter="supported-only" />
                { "Only releases still supported" }
            </label>
            <div class="pvm-picker-list">
                if groups.is_empty() && *supported_only {
                    <p class="pvm-empty">{ format!("No supported release matches \u{201c}{}\u{201d}.", *search) }</p>
                } else if groups.is_empty() {
                    <p class="pvm-empty">{ format!("No release matches \u{201c}{}\u{201d}.", *search) }</p>
                } else {
                    { for groups }
                }
            </div>
        </section>
    }
}
