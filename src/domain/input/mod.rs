//! Interview text and files → `Interview`: decoding bytes, the text format, `meta.json`,
//! translations aligned with the original, and the files a reader opens in the page.

pub mod decode;
pub mod files;
pub mod metadata;
pub mod parser;
pub mod translations;
