//! Chooses the interview the viewer embeds: the shipped one, or the JSON file named by
//! `SUHBAT_INTERVIEW_JSON` (to build the viewer for another interview, or a benchmark's).

use std::path::PathBuf;

const SHIPPED: &str = "assets/interviews/turksoy-2025-12-13/interview.json";

fn main() {
    println!("cargo:rerun-if-env-changed=SUHBAT_INTERVIEW_JSON");
    let source = std::env::var("SUHBAT_INTERVIEW_JSON").unwrap_or_else(|_| SHIPPED.to_owned());
    println!("cargo:rerun-if-changed={source}");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(error) = std::fs::copy(&source, out.join("interview.json")) {
        // `cargo::error` (two colons) fails the build with this message; the older one-colon
        // form would be read as metadata for a linked library, and the message lost.
        println!("cargo::error=cannot read the interview JSON {source}: {error}");
    }
}
