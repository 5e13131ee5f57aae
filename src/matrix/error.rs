//! Errors of the core: problems found in data files.

use std::fmt;

/// One problem in a data file, located by file and path within the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataProblem {
    /// The file, e.g. `data/distros/rhel.json`.
    pub file: String,
    /// Where in the document, e.g. `releases[3].kernel`; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl fmt::Display for DataProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.message)
        }
    }
}

/// Every problem found while loading data, collected rather than stopping at the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub problems: Vec<DataProblem>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the data:", self.problems.len())?;
        for problem in &self.problems {
            writeln!(f, "- {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}
