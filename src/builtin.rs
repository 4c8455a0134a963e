//! The interview the page ships with, embedded at compile time from the JSON the CLI generates
//! (`build.rs` picks it: the shipped one, or `$SUHBAT_INTERVIEW_JSON`).

use crate::domain::model::Interview;

/// Where the shipped interview lives, relative to the crate root.
pub const INTERVIEW_DIR: &str = "assets/interviews/turksoy-2025-12-13";

/// The embedded JSON (`suhbat parse` of the text and its metadata).
pub const INTERVIEW_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/interview.json"));

/// The shipped interview. Its JSON is generated and checked by the test suite, so reading it
/// cannot fail in a build that passed its tests.
pub fn builtin_interview() -> Interview {
    Interview::from_json(INTERVIEW_JSON).expect("the embedded interview JSON is checked by tests")
}
