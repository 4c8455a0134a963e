//! The Content-Security-Policy the built pages carry, in a `<meta>` tag so that it holds on any
//! static host (and from disk), which cannot be asked for headers.
//!
//! No `unsafe-inline`, no `unsafe-eval`: the one inline script Trunk writes (and, in the
//! single-file build, the inline styles) are allowed by their SHA-256 hashes; WASM needs
//! `wasm-unsafe-eval`. Nothing may be fetched from anywhere but the page's own folder, so no
//! request leaves the page.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Where the policy goes: right after the charset, before anything it governs.
pub const CHARSET: &str = "<meta charset=\"utf-8\">";
const POLICY_META: &str = "<meta http-equiv=\"Content-Security-Policy\"";

/// The policy of `dist/`: scripts, styles and the WASM from the page's own folder.
pub fn hosted_policy(page: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self' {} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",
        inline_hashes(page, "script").join(" ")
    )
}

/// The policy of the single-file build: everything is inside the page, nothing is fetched.
pub fn single_file_policy(page: &str) -> String {
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         base-uri 'none'; form-action 'none'",
        inline_hashes(page, "script").join(" "),
        inline_hashes(page, "style").join(" ")
    )
}

/// `page` with `policy` in a `<meta http-equiv>` after its charset (or none, if it has none:
/// then it is not one of ours).
pub fn with_policy(page: &str, policy: &str) -> Option<String> {
    let at = page.find(CHARSET)? + CHARSET.len();
    Some(format!(
        "{}\n    {POLICY_META} content=\"{policy}\">{}",
        &page[..at],
        &page[at..]
    ))
}

/// `page` without its policy: to make another page from it (the single file, a benchmark's
/// plain page) that needs another.
pub fn without_policy(page: &str) -> String {
    let Some(start) = page.find(POLICY_META) else {
        return page.to_owned();
    };
    let end = page[start..]
        .find('>')
        .map_or(page.len(), |e| start + e + 1);
    format!("{}{}", page[..start].trim_end(), &page[end..])
}

/// `'sha256-…'` sources for the content of every inline `<tag>` element in `page` (those with
/// a `src` are not inline).
fn inline_hashes(page: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut hashes = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let (Some(tag_end), Some(end)) = (after.find('>'), after.find(&close)) else {
            break;
        };
        let attributes = &after[..tag_end];
        let is_element = attributes.is_empty() || attributes.starts_with([' ', '\t', '\n']);
        // Data blocks (`type="application/json"`) are never run, so need no permission.
        let is_data = attributes.contains("application/json");
        if is_element && !is_data && !attributes.contains(" src=") && tag_end < end {
            let content = &after[tag_end + 1..end];
            let digest = Sha256::digest(content.as_bytes());
            let hash = base64::engine::general_purpose::STANDARD.encode(digest);
            hashes.push(format!("'sha256-{hash}'"));
        }
        rest = &after[end.max(tag_end)..];
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_allowed_by_hash_and_nothing_inline_by_default() {
        let page = "<head><meta charset=\"utf-8\"><script type=\"module\">go()</script>\
                    <script src=\"./x.js\"></script>\
                    <script type=\"application/json\" id=\"d\">{}</script></head>";
        let policy = hosted_policy(page);
        // echo -n 'go()' | openssl dgst -sha256 -binary | base64
        assert!(
            policy.contains("script-src 'self' 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw=' 'wasm-unsafe-eval'"),
            "{policy}"
        );
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        let page = with_policy(page, &policy).unwrap();
        assert!(page.starts_with(
            "<head><meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\""
        ));
    }

    #[test]
    fn the_single_file_allows_its_own_styles_and_no_source_at_all() {
        let page = "<style>a{}</style><noscript><style>b{}</style></noscript><script>x</script>";
        let policy = single_file_policy(page);
        assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
        assert!(!policy.contains("'self'"), "{policy}");
    }
}
