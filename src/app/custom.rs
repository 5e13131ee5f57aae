//! The matrix a widget shows: the built-in data, with the custom data a host page hands to
//! its `<pv-matrix>` element merged in by the loader.

use std::rc::Rc;

use yew::AttrValue;

use crate::matrix::embedded::builtin_files;
use crate::matrix::load::{load_custom, DataFile};
use crate::matrix::{builtin, DataError, DataProblem, Matrix};

/// What the element was given: where the data came from (`#acme-data` or a URL) and its text,
/// or why the text could not be read (no such element, the fetch failed).
#[derive(Clone, Debug, PartialEq)]
pub struct CustomInput {
    pub label: AttrValue,
    pub text: Result<AttrValue, AttrValue>,
}

/// What became of the custom data, for the notice above the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomReport {
    pub label: String,
    /// What was applied, or why the text could not be read.
    pub outcome: Result<Applied, String>,
}

/// Custom data that was read: how much of it was applied, and every problem in the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub releases: usize,
    pub statements: usize,
    pub problems: Vec<DataProblem>,
}

/// The matrix to show and, when custom data was given, what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub matrix: Rc<Matrix>,
    pub custom: Option<CustomReport>,
}

/// Loads the built-in data, with `custom` merged in when there is some.
///
/// # Errors
///
/// Only when the built-in data does not load (the data lint in `cargo test` prevents it).
pub fn load_matrix(custom: Option<&CustomInput>) -> Result<Loaded, DataError> {
    // The built-in matrix is loaded once per page; each widget owns a copy.
    let builtin = || builtin().cloned().map_err(Clone::clone);
    let Some(input) = custom else {
        return Ok(Loaded {
            matrix: Rc::new(builtin()?),
            custom: None,
        });
    };
    let (matrix, outcome) = match &input.text {
        Ok(text) => {
            let file = DataFile {
                path: &input.label,
                text,
            };
            let customised = load_custom(&builtin_files(), file)?;
            let applied = Applied {
                releases: customised.releases,
                statements: customised.statements,
                problems: customised.problems,
            };
            (customised.matrix, Ok(applied))
        }
        Err(why) => (builtin()?, Err(why.to_string())),
    };
    Ok(Loaded {
        matrix: Rc::new(matrix),
        custom: Some(CustomReport {
            label: input.label.to_string(),
            outcome,
        }),
    })
}
