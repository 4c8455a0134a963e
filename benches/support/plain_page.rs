//! The comparison page of the browser benchmarks.

/// A built page without its scripts and preloads: a plain static HTML page of the same
/// interview with the same stylesheet, for comparisons.
pub fn plain_page(built_page: &str) -> String {
    let script_start = built_page.find("<script type=\"module\">").unwrap();
    let script_end = built_page.find("</script>").unwrap() + "</script>".len();
    let plain = format!(
        "{}{}",
        &built_page[..script_start],
        &built_page[script_end..]
    );
    // Nor the data the app starts from.
    let mut plain = plain;
    while let Some(start) = plain.find("<script type=\"application/json\"") {
        let end = start + plain[start..].find("</script>").unwrap() + "</script>".len();
        plain.replace_range(start..end, "");
    }
    // The plain page has no app to protect, and mark.js is injected inline.
    let mut plain = suhbat::build::csp::without_policy(&plain);
    while let Some(start) = plain
        .find("<link rel=\"modulepreload\"")
        .or_else(|| plain.find("<link rel=\"preload\""))
    {
        let end = start + plain[start..].find('>').unwrap() + 1;
        plain.replace_range(start..end, "");
    }
    plain
}
