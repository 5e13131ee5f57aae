//! Linux kernel version numbers, as the data and `uname -r` write them.
//!
//! `semver` does the numeric ordering, but kernel numbers are not semver: `3.0` has two parts,
//! the 2.6 series has four (`2.6.32.27`), and vendors append builds (`2.6.32-754.el6`). The
//! parser normalises the numbers and keeps the vendor suffix apart instead of dropping it.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use super::json::Quoted;

/// The longest vendor suffix accepted; real ones are well under 64 characters.
const MAX_SUFFIX_LEN: usize = 128;

/// A kernel version: two to four numbers and an optional vendor suffix.
///
/// Ordering compares the numbers first; a version with a vendor suffix sorts after the same
/// numbers without one, and suffixes compare piece by piece (numbers as numbers). Evaluation
/// against mainline only ever looks at [`KernelVersion::base`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct KernelVersion {
    numbers: semver::Version,
    /// The fourth number of 2.6-era stable releases (`2.6.32.27`), 0 when absent.
    sublevel: u64,
    /// How many numbers were written, so `3.0` prints as `3.0` and not `3.0.0`.
    written: u8,
    suffix: Option<String>,
}

impl KernelVersion {
    /// The same version without its vendor suffix.
    pub fn base(&self) -> KernelVersion {
        KernelVersion {
            suffix: None,
            ..self.clone()
        }
    }

    /// The vendor suffix after the numbers (`754.el6` in `2.6.32-754.el6`), without its
    /// leading separator.
    pub fn suffix(&self) -> Option<&str> {
        self.suffix.as_deref().map(|s| &s[1..])
    }

    /// Whether both are of one release series: `4.18` for 3.0 and later, `2.6.32` before (the
    /// 2.6 line numbered its releases in the third place).
    pub fn same_series(&self, other: &KernelVersion) -> bool {
        let (a, b) = (&self.numbers, &other.numbers);
        (a.major, a.minor) == (b.major, b.minor) && (a.major >= 3 || a.patch == b.patch)
    }

    /// Compares only the numbers, ignoring any vendor suffix.
    pub fn cmp_base(&self, other: &KernelVersion) -> Ordering {
        (&self.numbers, self.sublevel).cmp(&(&other.numbers, other.sublevel))
    }
}

impl fmt::Display for KernelVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = &self.numbers;
        write!(f, "{}.{}", v.major, v.minor)?;
        if self.written >= 3 {
            write!(f, ".{}", v.patch)?;
        }
        if self.written >= 4 {
            write!(f, ".{}", self.sublevel)?;
        }
        if let Some(suffix) = &self.suffix {
            f.write_str(suffix)?;
        }
        Ok(())
    }
}

impl Ord for KernelVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cmp_base(other)
            .then_with(|| match (&self.suffix, &other.suffix) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(a), Some(b)) => compare_suffixes(a, b),
            })
            // Keep `Ord` consistent with `Eq`: `3.0` and `3.0.0` are equal numbers.
            .then_with(|| self.written.cmp(&other.written))
    }
}

impl PartialOrd for KernelVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Compares vendor suffixes piece by piece, numbers numerically (`el6` < `el10`, `91` < `100`).
fn compare_suffixes(a: &str, b: &str) -> Ordering {
    let mut left = suffix_pieces(a);
    let mut right = suffix_pieces(b);
    loop {
        match (left.next(), right.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (x.parse::<u128>(), y.parse::<u128>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    (Ok(_), Err(_)) => Ordering::Greater,
                    (Err(_), Ok(_)) => Ordering::Less,
                    (Err(_), Err(_)) => x.cmp(y),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

/// Splits `-754.35.1.el6` into `754`, `35`, `1`, `el`, `6`.
fn suffix_pieces(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        let first = rest.chars().next()?;
        let digits = first.is_ascii_digit();
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric() || c.is_ascii_digit() != digits)
            .unwrap_or(rest.len());
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}

impl FromStr for KernelVersion {
    type Err = ParseKernelVersionError;

    /// Parses `2.6.32`, `3.0`, `2.6.32.27`, `v6.1` and vendor strings such as
    /// `2.6.32-754.35.1.el6.x86_64` or `5.15.0-91-generic`.
    ///
    /// # Errors
    ///
    /// Returns an error naming what is wrong when the text does not start with at least
    /// `major.minor`, has more than four numbers, a number too large, or a suffix that does not
    /// start with `-`, `+`, `_` or `~` or contains spaces or control characters.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let error = |kind| ParseKernelVersionError {
            input: input.to_owned(),
            kind,
        };
        let text = input.trim();
        if text.is_empty() {
            return Err(error(ParseKernelVersionErrorKind::Empty));
        }
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        let numbers_end = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        let numbers = &text[..numbers_end];
        // A trailing dot belongs to the suffix (`2.6.32.el6`), not to the numbers.
        let numbers = numbers.trim_end_matches('.');
        let suffix = &text[numbers.len()..];
        if numbers.is_empty() {
            return Err(error(ParseKernelVersionErrorKind::NoNumbers));
        }
        let mut parts = Vec::with_capacity(4);
        for part in numbers.split('.') {
            if part.is_empty() {
                return Err(error(ParseKernelVersionErrorKind::EmptyNumber));
            }
            let n = part
                .parse::<u64>()
                .map_err(|_| error(ParseKernelVersionErrorKind::NumberTooLarge))?;
            parts.push(n);
        }
        match parts.len() {
            0 | 1 => return Err(error(ParseKernelVersionErrorKind::TooFewNumbers)),
            2..=4 => {}
            _ => return Err(error(ParseKernelVersionErrorKind::TooManyNumbers)),
        }
        let suffix = match suffix {
            "" => None,
            s => Some(validate_suffix(s).map_err(error)?.to_owned()),
        };
        let at = |i: usize| parts.get(i).copied().unwrap_or(0);
        Ok(KernelVersion {
            numbers: semver::Version::new(at(0), at(1), at(2)),
            sublevel: at(3),
            written: parts.len() as u8,
            suffix,
        })
    }
}

fn validate_suffix(suffix: &str) -> Result<&str, ParseKernelVersionErrorKind> {
    let mut chars = suffix.chars();
    let first = chars.next().unwrap_or('-');
    if !matches!(first, '-' | '+' | '_' | '~') {
        return Err(ParseKernelVersionErrorKind::UnexpectedCharacter(first));
    }
    if suffix.len() > MAX_SUFFIX_LEN {
        return Err(ParseKernelVersionErrorKind::SuffixTooLong);
    }
    if let Some(bad) = suffix.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(ParseKernelVersionErrorKind::UnexpectedCharacter(bad));
    }
    Ok(suffix)
}

/// Why a text is not a kernel version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseKernelVersionError {
    input: String,
    kind: ParseKernelVersionErrorKind,
}

impl ParseKernelVersionError {
    /// What went wrong.
    pub fn kind(&self) -> &ParseKernelVersionErrorKind {
        &self.kind
    }

    /// The text that failed to parse.
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// The ways a kernel version can fail to parse.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseKernelVersionErrorKind {
    /// Nothing but white space.
    Empty,
    /// It does not start with a number.
    NoNumbers,
    /// Two dots in a row, as in `2..6`.
    EmptyNumber,
    /// Only one number; kernels are at least `major.minor`.
    TooFewNumbers,
    /// More than four numbers.
    TooManyNumbers,
    /// A number does not fit in 64 bits.
    NumberTooLarge,
    /// A character that cannot follow the numbers or appear in a suffix.
    UnexpectedCharacter(char),
    /// A vendor suffix longer than any real one.
    SuffixTooLong,
}

impl fmt::Display for ParseKernelVersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ParseKernelVersionErrorKind as K;
        write!(f, "{} is not a kernel version: ", Quoted(&self.input))?;
        match &self.kind {
            K::Empty => f.write_str("it is empty"),
            K::NoNumbers => f.write_str("it should start with numbers such as 2.6.32 or 6.1"),
            K::EmptyNumber => f.write_str("two dots in a row"),
            K::TooFewNumbers => f.write_str("it needs at least major.minor, such as 3.0"),
            K::TooManyNumbers => f.write_str("kernel versions have at most four numbers"),
            K::NumberTooLarge => f.write_str("a number is too large"),
            K::UnexpectedCharacter(c) => write!(f, "unexpected '{c}'"),
            K::SuffixTooLong => write!(f, "the suffix is over {MAX_SUFFIX_LEN} characters"),
        }
    }
}

impl std::error::Error for ParseKernelVersionError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> KernelVersion {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints_as_written() {
        for (input, printed, suffix) in [
            ("2.6.32", "2.6.32", None),
            ("3.0", "3.0", None),
            ("4.13.4", "4.13.4", None),
            ("2.6.32.27", "2.6.32.27", None),
            ("v6.1", "6.1", None),
            (" 6.1.0 ", "6.1.0", None),
            ("2.6.32-754.el6", "2.6.32-754.el6", Some("754.el6")),
            (
                "2.6.32-754.35.1.el6.x86_64",
                "2.6.32-754.35.1.el6.x86_64",
                Some("754.35.1.el6.x86_64"),
            ),
            ("4.19.0-26-amd64", "4.19.0-26-amd64", Some("26-amd64")),
            ("5.15.0-91-generic", "5.15.0-91-generic", Some("91-generic")),
            ("3.0.101-63-xen", "3.0.101-63-xen", Some("63-xen")),
            ("2.6.18-419.el5xen", "2.6.18-419.el5xen", Some("419.el5xen")),
            ("6.9-rc1", "6.9-rc1", Some("rc1")),
            ("6.6.0+", "6.6.0+", Some("")),
        ] {
            let parsed = v(input);
            assert_eq!(parsed.to_string(), printed, "{input}");
            assert_eq!(parsed.suffix(), suffix, "{input}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_version() {
        use ParseKernelVersionErrorKind as K;
        for (input, kind) in [
            ("", K::Empty),
            ("   ", K::Empty),
            ("linux", K::NoNumbers),
            ("-5.4", K::NoNumbers),
            ("6", K::TooFewNumbers),
            ("2..6", K::EmptyNumber),
            ("1.2.3.4.5", K::TooManyNumbers),
            ("99999999999999999999.1", K::NumberTooLarge),
            ("5.4 generic", K::UnexpectedCharacter(' ')),
            ("5.4x", K::UnexpectedCharacter('x')),
            ("5.4-a\tb", K::UnexpectedCharacter('\t')),
        ] {
            let err = input.parse::<KernelVersion>().unwrap_err();
            assert_eq!(err.kind(), &kind, "{input:?}");
            assert!(err.to_string().contains("is not a kernel version"));
        }
        let long = format!("5.4-{}", "a".repeat(200));
        assert_eq!(
            long.parse::<KernelVersion>().unwrap_err().kind(),
            &K::SuffixTooLong
        );
    }

    #[test]
    fn orders_numbers_numerically() {
        let ordered = [
            "2.6.9",
            "2.6.18",
            "2.6.32",
            "2.6.32.27",
            "2.6.39",
            "3.0",
            "3.0.101",
            "3.10",
            "4.4",
            "4.19",
            "5.4",
            "5.15",
            "6.1",
            "6.12",
            "7.0",
        ];
        for pair in ordered.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
        }
    }

    #[test]
    fn vendor_suffix_orders_after_its_base_and_by_build() {
        assert!(v("2.6.32") < v("2.6.32-71.el6"));
        assert!(v("2.6.32-71.el6") < v("2.6.32-754.el6"));
        assert!(v("5.15.0-91-generic") < v("5.15.0-100-generic"));
        assert!(v("2.6.32-754.el6") < v("2.6.33"));
        assert_eq!(v("2.6.32-754.el6").base(), v("2.6.32"));
        assert_eq!(v("3.0").cmp_base(&v("3.0.0")), Ordering::Equal);
    }
}
