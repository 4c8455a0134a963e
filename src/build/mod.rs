//! The build's steps after Trunk, and the static server (native only).

pub mod app_loading;
pub mod csp;
pub mod folders;
pub mod generate;
pub mod precompress;
pub mod prerender;
pub mod serve;
pub mod single_file;
pub mod site;
