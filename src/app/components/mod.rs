//! One component per file; each only maps its props to HTML.

pub mod app;
pub mod capability_row;
pub mod data_error;
pub mod legend;
pub mod matrix_table;
pub mod release_picker;
pub mod selection_bar;
pub mod unknown_ids_notice;
pub mod verdict_cell;
pub mod verdict_details;
pub mod widget;
