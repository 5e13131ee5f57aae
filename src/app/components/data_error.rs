//! Shown instead of the matrix when the data does not validate (the data lint prevents it).

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::matrix::DataError;

#[derive(Properties, PartialEq)]
pub struct DataErrorViewProps {
    pub error: DataError,
    pub lang: Lang,
}

#[component]
pub fn DataErrorView(props: &DataErrorViewProps) -> Html {
    html! {
        <div class="pvm-error" role="alert" lang={props.lang.code()}>
            <p>{ props.lang.texts().data_error }</p>
            <ul lang="en">
                { for props.error.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
            </ul>
        </div>
    }
}
