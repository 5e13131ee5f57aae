//! Shown instead of the matrix when the data does not validate (the data lint prevents it).

use yew::prelude::*;

use crate::app::Shared;
use crate::matrix::DataError;

#[derive(Properties, PartialEq)]
pub struct DataErrorViewProps {
    pub error: Shared<DataError>,
}

#[component]
pub fn DataErrorView(props: &DataErrorViewProps) -> Html {
    html! {
        <div class="pvm-error" role="alert">
            <p>{ "The support matrix could not be loaded because its data has problems:" }</p>
            <ul>
                { for props.error.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
            </ul>
        </div>
    }
}
