//! Switches between the views: matrix, check a system, compare, minimum release.

use yew::prelude::*;

use super::{use_lang, Dispatch};
use crate::app::i18n::Texts;
use crate::app::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    pub dispatch: Dispatch,
}

/// The tab's label and its `data-view` hook.
fn label(t: &Texts, view: View) -> (&'static str, &'static str) {
    match view {
        View::Matrix => (t.view_matrix, "matrix"),
        View::System => (t.view_system, "system"),
        View::Compare => (t.view_compare, "compare"),
        View::Minimum => (t.view_minimum, "minimum"),
    }
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let t = use_lang().texts();
    html! {
        <nav class="pvm-tabs" aria-label={t.views}>
            { for View::ALL.iter().map(|view| {
                let (text, hook) = label(t, *view);
                let current = *view == props.view;
                let onclick = {
                    let (dispatch, view) = (props.dispatch.clone(), *view);
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetView(view)))
                };
                html! {
                    <button type="button" class={classes!("pvm-tab", current.then_some("pvm-current"))}
                        aria-pressed={current.to_string()} data-view={hook} {onclick}>
                        { text }
                    </button>
                }
            }) }
        </nav>
    }
}
