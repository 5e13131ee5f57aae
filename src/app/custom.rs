//! The matrix a widget shows: the built-in data, with the custom data a host page hands to
//! its `<pv-matrix>` element merged in by the loader.

use std::rc::Rc;

use yew::AttrValue;

use crate::matrix::embedded::{builtin_files, complete_files, BundleError, DATA_VERSION};
use crate::matrix::load::{load, load_custom, DataFile, DataFiles};
use crate::matrix::{DataError, DataProblem, Matrix};

/// What the element was given: where the data came from (`#acme-data` or a URL) and its text,
/// or why the text could not be read (no such element, the fetch failed).
#[derive(Clone, Debug, PartialEq)]
pub struct CustomInput {
    pub label: AttrValue,
    pub text: Result<AttrValue, AttrValue>,
}

/// The matrix a widget shows, shared by its state, view model and components. It never changes
/// once loaded, so two handles are equal when they hold the same matrix: comparing contents
/// would walk the whole data set on every render (and cost the wasm a deep comparison).
#[derive(Clone, Debug)]
pub struct SharedMatrix(Rc<Matrix>);

impl SharedMatrix {
    pub fn new(matrix: Matrix) -> Self {
        SharedMatrix(Rc::new(matrix))
    }
}

impl PartialEq for SharedMatrix {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedMatrix {}

impl std::ops::Deref for SharedMatrix {
    type Target = Matrix;

    fn deref(&self) -> &Matrix {
        &self.0
    }
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
    pub matrix: SharedMatrix,
    pub custom: Option<CustomReport>,
}

/// Loads the built-in data, with `custom` merged in when there is some.
///
/// # Errors
///
/// Only when the built-in data does not load (the data lint in `cargo test` prevents it).
pub fn load_matrix(custom: Option<&CustomInput>) -> Result<Loaded, DataError> {
    with_custom(&builtin_files(), builtin()?, custom)
}

/// The same as [`load_matrix`] with the words: from the complete bundle's text, which must be
/// this build's.
///
/// # Errors
///
/// Says why the bundle cannot be used.
pub fn load_complete(custom: Option<&CustomInput>, bundle: &Rc<str>) -> Result<Loaded, String> {
    let files = complete_files(bundle).map_err(|e| match e {
        BundleError::NotABundle => "not a pv-matrix data bundle".to_owned(),
        BundleError::OtherVersion(v) => {
            format!("the data of another build ({v}; this page's is {DATA_VERSION})")
        }
        BundleError::Missing(path) => format!("{path} is missing from it"),
    })?;
    let builtin = COMPLETE.with(|cache| {
        cache
            .get_or_init(|| load(&files).map(SharedMatrix::new))
            .clone()
    });
    let builtin = builtin.map_err(|e| e.to_string())?;
    with_custom(&files, builtin, custom).map_err(|e| e.to_string())
}

/// `builtin`, loaded from `files`, with `custom` merged in when there is some.
fn with_custom(
    files: &DataFiles<'_>,
    builtin: SharedMatrix,
    custom: Option<&CustomInput>,
) -> Result<Loaded, DataError> {
    let Some(input) = custom else {
        return Ok(Loaded {
            matrix: builtin,
            custom: None,
        });
    };
    let (matrix, outcome) = match &input.text {
        Ok(text) => {
            let file = DataFile {
                path: &input.label,
                text,
            };
            let customised = load_custom(files, &builtin, file)?;
            let applied = Applied {
                releases: customised.releases,
                statements: customised.statements,
                problems: customised.problems,
            };
            (SharedMatrix::new(customised.matrix), Ok(applied))
        }
        Err(why) => (builtin, Err(why.to_string())),
    };
    Ok(Loaded {
        matrix,
        custom: Some(CustomReport {
            label: input.label.to_string(),
            outcome,
        }),
    })
}

thread_local! {
    /// The built-in matrix, loaded once per page and shared by its widgets.
    static BUILTIN: Result<SharedMatrix, DataError> = load(&builtin_files()).map(SharedMatrix::new);
}

thread_local! {
    /// The built-in matrix with its words, loaded once per page from the one bundle a page
    /// fetches.
    static COMPLETE: std::cell::OnceCell<Result<SharedMatrix, DataError>> = const { std::cell::OnceCell::new() };
}

fn builtin() -> Result<SharedMatrix, DataError> {
    BUILTIN.with(Clone::clone)
}
