//! The shipped interview, for tests and benchmarks: the JSON `suhbat parse` made of its text
//! (a test checks it is up to date). Pages carry their own interview; the viewer embeds none.

use crate::domain::model::Interview;

/// Where the shipped interview lives, relative to the crate root.
pub const INTERVIEW_DIR: &str = "assets/interviews/turksoy-2025-12-13";

/// Its JSON (`suhbat parse` of the text and its metadata).
pub const INTERVIEW_JSON: &str =
    include_str!("../assets/interviews/turksoy-2025-12-13/interview.json");

/// The shipped interview. Its JSON is generated and checked by the test suite, so reading it
/// cannot fail in a build that passed its tests.
pub fn builtin_interview() -> Interview {
    Interview::from_json(INTERVIEW_JSON).expect("the shipped interview JSON is checked by tests")
}
