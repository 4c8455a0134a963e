//! The viewer's Yew components. They render the interview and dispatch nothing but browser
//! effects; the same components run at build time (pre-rendered HTML) and in the browser.

mod app;
mod interview_header;
mod lead;
mod turn_view;

pub use app::{App, AppProps};
