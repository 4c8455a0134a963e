//! suhbat: an interview viewer that runs in the browser with no server.
//!
//! Four layers, each in its own folder, each depending only on those before it:
//!
//! - `domain`: pure Rust, no browser. The interview and how it is read from files (`input`),
//!   the languages offered (`language`), finding what a reader types (`search`), and the rules
//!   of what the screen shows (`view`). Natively tested; the test command fails if it names a
//!   browser crate.
//! - `web`: the only code that touches the page (gloo, and web-sys where gloo has nothing).
//! - `ui`: Yew components and hooks that compose `domain` and `web`: they render state,
//!   dispatch actions, and call the page only from effects and callbacks, so the same
//!   components render at build time (the pre-rendered page) and in the browser (hydration).
//! - `build` (native only): the build's steps after Trunk (pre-render, Content-Security-Policy,
//!   single file) and the static server; `cli` is the `suhbat` command over them.
//!
//! `builtin` embeds the shipped interview.

pub mod builtin;
pub mod domain;
pub mod ui;
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
