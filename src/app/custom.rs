//! Custom data a host page hands to its `<pv-matrix>` element, loaded once per distinct text.

use std::cell::RefCell;

use yew::AttrValue;

use crate::matrix::load::{load_custom, Customised, DataFile};
use crate::matrix::Matrix;

/// What the element was given: where the data came from (`#acme-data` or a URL) and its text,
/// or why the text could not be read (no such element, the fetch failed).
#[derive(Clone, Debug, PartialEq)]
pub struct CustomInput {
    pub label: AttrValue,
    pub text: Result<AttrValue, AttrValue>,
}

/// The outcome shown to the reader: the merged matrix and the problems, or why there is none.
#[derive(Debug)]
pub struct CustomData {
    pub label: String,
    pub outcome: Result<Customised, String>,
}

impl CustomData {
    /// The matrix to show: the merged one, or the built-in one when the data could not be read.
    pub fn matrix<'a>(&'a self, builtin: &'a Matrix) -> &'a Matrix {
        self.outcome.as_ref().map_or(builtin, |c| &c.matrix)
    }
}

thread_local! {
    /// Loaded data by input. Components hold `&'static` references into the matrix, so each
    /// distinct input is loaded once and kept for the life of the page.
    static LOADED: RefCell<Vec<(CustomInput, &'static CustomData)>> = const { RefCell::new(Vec::new()) };
}

/// Loads `input` on top of `builtin`, or returns what an earlier call loaded for the same input.
pub fn load(builtin: &Matrix, input: &CustomInput) -> &'static CustomData {
    if let Some(found) = LOADED.with_borrow(|loaded| {
        loaded
            .iter()
            .find(|(i, _)| i == input)
            .map(|(_, data)| *data)
    }) {
        return found;
    }
    let outcome = match &input.text {
        Ok(text) => Ok(load_custom(
            builtin,
            DataFile {
                path: &input.label,
                text,
            },
        )),
        Err(why) => Err(why.to_string()),
    };
    let data: &'static CustomData = Box::leak(Box::new(CustomData {
        label: input.label.to_string(),
        outcome,
    }));
    LOADED.with_borrow_mut(|loaded| loaded.push((input.clone(), data)));
    data
}
