//! The root component: loads the embedded data, then shows the widget or what is wrong.

use yew::prelude::*;

use super::data_error::DataErrorView;
use super::widget::Widget;
use crate::app::Shared;
use crate::matrix::{builtin, Date};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The query string the page was opened with, e.g. `?releases=rhel-6`.
    #[prop_or_default]
    pub query: AttrValue,
    /// Today, for "supported until"; the data's own date when not given.
    #[prop_or_default]
    pub today: Option<Date>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match builtin() {
        Ok(matrix) => html! {
            <Widget
                matrix={Shared(matrix)}
                query={props.query.clone()}
                today={props.today.unwrap_or(matrix.data_as_of)}
            />
        },
        Err(error) => html! { <DataErrorView error={Shared(error)} /> },
    }
}
