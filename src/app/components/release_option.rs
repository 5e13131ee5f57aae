//! One release in the picker: a checkbox with its name, codename, kernel and support dates. Its
//! own component, so that ticking one re-renders one, not all seventy-odd.

use yew::prelude::*;

use super::{use_lang, Dispatch};
use crate::app::custom::SharedMatrix;
use crate::app::i18n::fill;
use crate::app::state::Action;
use crate::app::text::{support_phrase, support_title};
use crate::matrix::Date;

/// Which list of releases the picker edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The matrix view's columns.
    Matrix,
    /// The compare view's releases.
    Compare,
}

impl Purpose {
    /// The action that adds the release `id` or removes it.
    pub fn toggle(self, id: String) -> Action {
        match self {
            Purpose::Matrix => Action::Toggle(id),
            Purpose::Compare => Action::ToggleCompare(id),
        }
    }

    pub fn clear(self) -> Action {
        match self {
            Purpose::Matrix => Action::Clear,
            Purpose::Compare => Action::ClearCompare,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReleaseOptionProps {
    pub matrix: SharedMatrix,
    /// The release's id.
    pub id: AttrValue,
    pub checked: bool,
    pub today: Date,
    /// What "end of support" means for the release's distribution.
    pub support_meaning: AttrValue,
    pub purpose: Purpose,
    pub dispatch: Dispatch,
}

#[component]
pub fn ReleaseOption(props: &ReleaseOptionProps) -> Html {
    let lang = use_lang();
    let Some(release) = props.matrix.release(&props.id) else {
        return html! {};
    };
    let support = release.support(props.today);
    let onchange = {
        let (dispatch, purpose, id) = (props.dispatch.clone(), props.purpose, release.id.clone());
        Callback::from(move |_: Event| dispatch.dispatch(purpose.toggle(id.as_str().to_owned())))
    };
    html! {
        <li>
            <label class="pvm-option">
                <input type="checkbox" checked={props.checked} {onchange}
                    data-release-option={release.id.as_str().to_owned()} />
                <span class="pvm-option-name">{ &release.name }</span>
                if let Some(codename) = &release.codename {
                    <span class="pvm-option-codename">{ codename }</span>
                }
                <span class="pvm-option-kernel">{ format!("Linux {}", release.kernel) }</span>
                <span class="pvm-option-dates" title={support_title(support, &props.support_meaning)}>
                    { fill(lang.texts().released, &[
                        &lang.year_month(release.released),
                        &support_phrase(lang, support),
                    ]) }
                </span>
            </label>
        </li>
    }
}
