//! The `suhbat` command; see `suhbat::cli`. The crate's binaries are also built for wasm32
//! (where only the viewer is meant to run), so there this one is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    suhbat::cli::run(&args)
}
