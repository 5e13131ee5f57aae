//! One component per file; each only maps its props to HTML.

pub mod app;
pub mod capability_row;
pub mod compare_view;
pub mod custom_data_notice;
pub mod data_error;
pub mod export_bar;
pub mod filter_bar;
pub mod glossary;
pub mod language_switch;
pub mod legend;
pub mod marked;
pub mod matrix_table;
pub mod minimum_view;
pub mod release_option;
pub mod release_picker;
pub mod system_check;
pub mod unknown_ids_notice;
pub mod verdict_cell;
pub mod verdict_details;
pub mod view_tabs;
pub mod widget;

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::state::State;

/// What a component is handed to change the state: the widget's reducer, which compares by
/// identity, so handing it down never costs a render.
pub type Dispatch = UseReducerDispatcher<State>;

/// The interface language, provided by the widget to every component below it.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
