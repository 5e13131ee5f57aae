//! Switches between the views: matrix, check a system, compare, minimum release.

use yew::prelude::*;

use crate::app::state::View;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    pub on_select: Callback<View>,
}

/// The tab's label and its `data-view` hook.
fn label(view: View) -> (&'static str, &'static str) {
    match view {
        View::Matrix => ("Matrix", "matrix"),
        View::System => ("Check a system", "system"),
        View::Compare => ("Compare", "compare"),
        View::Minimum => ("Minimum release", "minimum"),
    }
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    html! {
        <nav class="pvm-tabs" aria-label="Views">
            { for View::ALL.iter().map(|view| {
                let (text, hook) = label(*view);
                let current = *view == props.view;
                let onclick = props.on_select.reform({
                    let view = *view;
                    move |_: MouseEvent| view
                });
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
