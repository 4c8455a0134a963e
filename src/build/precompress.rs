//! Precompressed copies of the built site (`page.html.br`, `page.html.gz` beside `page.html`),
//! for hosts that serve them to browsers that accept them (and `suhbat serve`, so that what is
//! measured locally is what a reader gets). Made once at build time, at the highest levels,
//! which a host compressing on the fly cannot afford.

use std::io::Write;
use std::path::Path;

/// The kinds of files worth compressing: text and WASM. Images and fonts are compressed already.
const COMPRESSIBLE: [&str; 6] = ["html", "js", "css", "wasm", "svg", "json"];

/// Below this a file gains too little to be worth two more files.
const SMALLEST: u64 = 1024;

/// An encoding a browser may accept, with the extension of its copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Brotli, `.br`.
    Brotli,
    /// Gzip, `.gz`.
    Gzip,
}

impl Encoding {
    /// Best first: what the server offers when a browser accepts both.
    pub const PREFERRED: [Encoding; 2] = [Encoding::Brotli, Encoding::Gzip];

    /// The `Content-Encoding` and `Accept-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }

    /// The extension of the copy in this encoding.
    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }

    fn compress(self, bytes: &[u8], shared: bool) -> Vec<u8> {
        match self {
            Encoding::Brotli => {
                // Brotli's top level is slow: the WASM, scripts and styles, which every reader
                // fetches, get it; the pages and data of a large archive, one step below.
                let quality = if shared { 11 } else { 9 };
                let mut out = Vec::new();
                let mut writer = brotli::CompressorWriter::new(&mut out, 1 << 16, quality, 22);
                writer.write_all(bytes).expect("writing to memory");
                drop(writer);
                out
            }
            Encoding::Gzip => {
                let mut writer =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                writer.write_all(bytes).expect("writing to memory");
                writer.finish().expect("writing to memory")
            }
        }
    }
}

/// Writes the compressed copies of `path`, if it is worth compressing; returns how many.
pub fn precompress_file(path: &Path) -> Result<usize, String> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if !COMPRESSIBLE.contains(&extension) || size < SMALLEST {
        return Ok(0);
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let shared = matches!(extension, "wasm" | "js" | "css" | "svg");
    let mut written = 0;
    for encoding in Encoding::PREFERRED {
        let compressed = encoding.compress(&bytes, shared);
        if compressed.len() < bytes.len() {
            let copy = path.with_file_name(format!(
                "{}.{}",
                path.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                encoding.extension()
            ));
            std::fs::write(&copy, compressed).map_err(|e| format!("{}: {e}", copy.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

/// Writes the compressed copies of every compressible file under `dir` (not of copies).
pub fn precompress(dir: &Path) -> Result<usize, String> {
    let mut written = 0;
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot read: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            written += precompress(&path)?;
            continue;
        }
        written += precompress_file(&path)?;
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn copies_decompress_to_the_original_and_small_or_other_files_are_left() {
        let dir = std::env::temp_dir().join(format!("suhbat-precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("slug")).unwrap();
        let page = "<p>Тоқаев</p>\n".repeat(500);
        std::fs::write(dir.join("slug/index.html"), &page).unwrap();
        std::fs::write(dir.join("small.css"), "p{}").unwrap();
        std::fs::write(dir.join("photo.png"), vec![7; 4096]).unwrap();
        assert_eq!(precompress(&dir).unwrap(), 2);
        let mut gunzipped = String::new();
        flate2::read::GzDecoder::new(&std::fs::read(dir.join("slug/index.html.gz")).unwrap()[..])
            .read_to_string(&mut gunzipped)
            .unwrap();
        assert_eq!(gunzipped, page);
        let mut unbrotlied = String::new();
        brotli::Decompressor::new(
            &std::fs::read(dir.join("slug/index.html.br")).unwrap()[..],
            4096,
        )
        .read_to_string(&mut unbrotlied)
        .unwrap();
        assert_eq!(unbrotlied, page);
        assert!(!dir.join("small.css.gz").exists() && !dir.join("photo.png.gz").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
