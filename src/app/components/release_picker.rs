//! Picks releases without pushing the matrix down: one line with an "add release" search and
//! the selected releases as removable chips; the releases, grouped by distribution as
//! checkboxes, open in a panel over the page while the picker has the focus.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::release_option::{Purpose, ReleaseOption};
use super::{use_lang, Dispatch};
use crate::app::custom::SharedMatrix;
use crate::app::i18n::fill;
use crate::app::state::Action;
use crate::matrix::{Date, Distro, Release, ReleaseId, Support};

#[derive(Properties, PartialEq)]
pub struct ReleasePickerProps {
    pub matrix: SharedMatrix,
    /// The selected releases, in order.
    pub selected: Vec<ReleaseId>,
    pub purpose: Purpose,
    pub dispatch: Dispatch,
    pub today: Date,
}

/// Which releases the picker lists: all, those with any support left (standard or a later,
/// often paid, phase), or those in standard support.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    All,
    AnySupport,
    Standard,
}

impl Shown {
    fn admits(self, support: Support<'_>) -> bool {
        match self {
            Shown::All => true,
            Shown::AnySupport => !support.has_ended(),
            Shown::Standard => support.is_standard(),
        }
    }

    /// The releases of `distro` the picker lists on `today` for `search`.
    fn releases<'d>(
        self,
        distro: &'d Distro,
        search: &'d str,
        today: Date,
    ) -> impl Iterator<Item = &'d Release> {
        distro
            .releases
            .iter()
            .filter(move |r| r.matches_search(search) && self.admits(r.support(today)))
    }
}

#[component]
pub fn ReleasePicker(props: &ReleasePickerProps) -> Html {
    let search = use_state(String::new);
    let shown = use_state(|| Shown::All);
    let open = use_state(|| false);
    let section = use_node_ref();
    let t = use_lang().texts();
    let on_input = {
        let (search, open) = (search.clone(), open.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            search.set(input.value());
            open.set(true);
        })
    };
    let on_shown = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            shown.set(match select.value().as_str() {
                "any" => Shown::AnySupport,
                "standard" => Shown::Standard,
                _ => Shown::All,
            });
        })
    };
    // Open while the focus is in the picker; closed when it leaves, or by Escape.
    let on_focus_in = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let on_focus_out = {
        let (open, section) = (open.clone(), section.clone());
        Callback::from(move |e: FocusEvent| {
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = section
                .cast::<web_sys::Node>()
                .is_some_and(|s| to.is_some_and(|to| s.contains(Some(&to))));
            if !inside {
                open.set(false);
            }
        })
    };
    let on_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        })
    };
    let dispatch = |action: Action| {
        let dispatch = props.dispatch.clone();
        move |_: MouseEvent| dispatch.dispatch(action.clone())
    };

    let matrix = &props.matrix;
    let chips = props.selected.iter().filter_map(|id| {
        let release = matrix.release(id)?;
        let on_remove = dispatch(props.purpose.toggle(release.id.as_str().to_owned()));
        Some(html! {
            <li key={release.id.as_str().to_owned()} class="pvm-chip">
                <span>{ &release.name }</span>
                <button type="button" onclick={on_remove} data-remove={release.id.as_str().to_owned()}
                    aria-label={fill(t.remove, &[&release.name])}>{ "×" }</button>
            </li>
        })
    });
    // Rendered only when open: most readers never browse all the releases. A component per
    // distribution, so that ticking a release re-renders its own group, not every option.
    let groups: Vec<Html> = if *open {
        let search = AttrValue::from((*search).clone());
        matrix
            .distros
            .iter()
            .enumerate()
            .filter(|(_, distro)| {
                shown
                    .releases(distro, &search, props.today)
                    .next()
                    .is_some()
            })
            .map(|(index, distro)| {
                let selected: Vec<ReleaseId> = props
                    .selected
                    .iter()
                    .filter(|id| distro.releases.iter().any(|r| r.id == **id))
                    .cloned()
                    .collect();
                html! {
                    <DistroOptions key={distro.id.clone()} matrix={matrix.clone()} {index}
                        search={search.clone()} shown={*shown} {selected} today={props.today}
                        purpose={props.purpose} dispatch={props.dispatch.clone()} />
                }
            })
            .collect()
    } else {
        Vec::new()
    };

    html! {
        <section ref={section} class={classes!("pvm-picker", open.then_some("pvm-open"))}
            aria-label={t.pick_releases} onfocusin={on_focus_in} onfocusout={on_focus_out} onkeydown={on_key}>
            <div class="pvm-picker-bar">
                <label class="pvm-search">
                    <span>{ t.find_release }</span>
                    <input type="search" value={(*search).clone()} oninput={on_input}
                        placeholder={t.find_placeholder} autocomplete="off" />
                </label>
                <div class="pvm-selection" role="group" aria-label={t.selected_label}>
                    <h2 class="pvm-selected-count">{ fill(t.selected_count, &[&props.selected.len().to_string()]) }</h2>
                    if props.selected.is_empty() {
                        <p class="pvm-empty">{ t.none_selected }</p>
                    } else {
                        <ul class="pvm-chips">{ for chips }</ul>
                        <button type="button" class="pvm-link-button" onclick={dispatch(props.purpose.clear())}>{ t.clear_all }</button>
                    }
                </div>
            </div>
            if *open {
                // Focusable, so that a click on its background keeps the picker open.
                <div class="pvm-picker-panel" tabindex="-1">
                    <label class="pvm-shown">
                        { t.show_releases }
                        <select onchange={on_shown} data-filter="support">
                            <option value="all" selected={*shown == Shown::All}>{ t.show_all }</option>
                            <option value="any" selected={*shown == Shown::AnySupport}>{ t.show_any_support }</option>
                            <option value="standard" selected={*shown == Shown::Standard}>{ t.show_standard }</option>
                        </select>
                    </label>
                    <div class="pvm-picker-list">
                        if groups.is_empty() && *shown != Shown::All {
                            <p class="pvm-empty">{ fill(t.no_supported_match, &[&search]) }</p>
                        } else if groups.is_empty() {
                            <p class="pvm-empty">{ fill(t.no_match, &[&search]) }</p>
                        } else {
                            { for groups }
                        }
                    </div>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DistroOptionsProps {
    matrix: SharedMatrix,
    /// The distribution's place in the matrix.
    index: usize,
    search: AttrValue,
    shown: Shown,
    /// The selected releases of this distribution.
    selected: Vec<ReleaseId>,
    today: Date,
    purpose: Purpose,
    dispatch: Dispatch,
}

/// One distribution's releases in the open picker, those the search and the support filter let
/// through.
#[component]
fn DistroOptions(props: &DistroOptionsProps) -> Html {
    let distro = &props.matrix.distros[props.index];
    let options = props
        .shown
        .releases(distro, &props.search, props.today)
        .map(|release| {
            html! {
                <ReleaseOption
                    key={release.id.as_str().to_owned()}
                    matrix={props.matrix.clone()}
                    id={AttrValue::from(release.id.as_str().to_owned())}
                    checked={props.selected.contains(&release.id)}
                    today={props.today}
                    support_meaning={AttrValue::from(distro.end_of_support_meaning.clone())}
                    purpose={props.purpose}
                    dispatch={props.dispatch.clone()}
                />
            }
        });
    html! {
        <fieldset class="pvm-group">
            <legend>{ &distro.name }</legend>
            <ul>{ for options }</ul>
        </fieldset>
    }
}
