//! The layers hold: `domain/` names no browser crate and no other layer, `web/` no component
//! or build step, and no file imports, through any chain, a file that imports it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Every `.rs` file under `src/`, by its path relative to `src/`.
fn sources() -> BTreeMap<String, String> {
    fn walk(dir: &Path, files: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path
                    .strip_prefix(SRC)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(relative, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(Path::new(SRC), &mut files);
    files
}

/// The code of a file without its unit tests, which may reach wider than the file itself.
fn without_tests(text: &str) -> &str {
    text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text)
}

/// The code of a file without its comments, which may name what the code does not use.
fn code_of(text: &str) -> String {
    let lines = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default());
    lines.collect::<Vec<_>>().join("\n")
}

/// The names a layer's files must not mention, as words.
fn mentions(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !word(before) && !word(after)
    })
}

#[test]
fn each_layer_names_only_the_layers_below_it() {
    let forbidden: [(&str, &[&str]); 3] = [
        (
            "domain/",
            &[
                "yew",
                "web_sys",
                "js_sys",
                "gloo",
                "gloo_utils",
                "gloo_events",
                "gloo_timers",
                "gloo_render",
                "gloo_file",
                "wasm_bindgen",
                "web-sys",
                "js-sys",
                "wasm-bindgen",
                "crate::web",
                "crate::ui",
                "crate::build",
                "crate::cli",
            ],
        ),
        ("web/", &["yew", "crate::ui", "crate::build", "crate::cli"]),
        ("ui/", &["crate::build", "crate::cli"]),
    ];
    let mut found = Vec::new();
    for (file, text) in sources() {
        for (layer, names) in forbidden {
            if !file.starts_with(layer) {
                continue;
            }
            // Comments count too: a layer that talks of a crate is a step from using it.
            for name in names.iter().filter(|name| mentions(&text, name)) {
                found.push(format!("src/{file} names `{name}`"));
            }
        }
    }
    assert!(found.is_empty(), "layers crossed:\n{}", found.join("\n"));
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let path: String = path.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = path.find('{') else {
        return vec![path];
    };
    let (prefix, inner) = (&path[..open], &path[open + 1..path.len() - 1]);
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    let items = items.into_iter().filter(|item| !item.is_empty());
    items
        .flat_map(|item| expand(&format!("{prefix}{item}")))
        .collect()
}

/// The module path (`["domain", "search"]`) of a file (`domain/search/mod.rs`).
fn module_of(file: &str) -> Vec<String> {
    let trimmed = file.trim_end_matches(".rs").trim_end_matches("/mod");
    match trimmed {
        "lib" => Vec::new(),
        _ => trimmed.split('/').map(str::to_owned).collect(),
    }
}

/// The file a module path's longest existing prefix lives in.
fn file_of(module: &[String], files: &BTreeMap<String, String>) -> Option<String> {
    (1..=module.len()).rev().find_map(|len| {
        let path = module[..len].join("/");
        [format!("{path}.rs"), format!("{path}/mod.rs")]
            .into_iter()
            .find(|candidate| files.contains_key(candidate))
    })
}

/// The files `file` imports (by `use` or by a `crate::…` path in its code).
fn imports(file: &str, text: &str, files: &BTreeMap<String, String>) -> BTreeSet<String> {
    let here = module_of(file);
    let code = code_of(without_tests(text));
    let code = code.as_str();
    let mut paths: Vec<String> = Vec::new();
    for statement in code.split(';') {
        let statement = statement.trim();
        let Some(start) = statement.find("use ") else {
            continue;
        };
        if statement[..start].trim().is_empty() || statement[..start].trim() == "pub" {
            paths.extend(expand(&statement[start + 4..]));
        }
    }
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        paths.push(rest[..end].to_owned());
    }
    let mut found = BTreeSet::new();
    for path in paths {
        let mut segments: Vec<String> = path.split("::").map(str::to_owned).collect();
        let module: Vec<String> = match segments.first().map(String::as_str) {
            Some("crate") => segments.split_off(1),
            Some("super") => {
                let parent = if file.ends_with("mod.rs") || file == "lib.rs" {
                    here.len().saturating_sub(1)
                } else {
                    here.len() - 1
                };
                let mut module = here[..parent].to_vec();
                module.extend(segments.into_iter().skip(1));
                module
            }
            Some(_) => {
                // A child module of a `mod.rs` (`use index::SearchIndex`), or an outside crate.
                let mut module = here.clone();
                if !(file.ends_with("mod.rs") || file == "lib.rs") {
                    continue;
                }
                module.extend(segments.into_iter().filter(|s| s != "self"));
                if file_of(&module, files).filter(|f| f != file).is_none() {
                    continue;
                }
                module
            }
            None => continue,
        };
        if let Some(target) = file_of(&module, files).filter(|target| target != file) {
            found.insert(target);
        }
    }
    found
}

fn graph_of(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let imports_of = |(file, text): (&String, &String)| (file.clone(), imports(file, text, files));
    files.iter().map(imports_of).collect()
}

/// Every circle of imports, found by a depth-first search: a file met again while it is still
/// on the path closes one.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    fn visit(
        file: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        circles: &mut Vec<String>,
    ) {
        if let Some(start) = path.iter().position(|f| f == file) {
            circles.push(format!("{} → {file}", path[start..].join(" → ")));
            return;
        }
        if !done.insert(file.to_owned()) {
            return;
        }
        path.push(file.to_owned());
        for next in &graph[file] {
            visit(next, graph, path, done, circles);
        }
        path.pop();
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for file in graph.keys() {
        visit(file, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

#[test]
fn no_file_imports_a_file_that_imports_it() {
    let graph = graph_of(&sources());
    assert!(
        graph["ui/app.rs"].contains("ui/file_bar.rs"),
        "the check reads `use super::…`"
    );
    assert!(
        graph["domain/view/settings.rs"].contains("domain/search/mod.rs"),
        "and `use crate::…`"
    );
    let found = circles(&graph);
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

#[test]
fn the_check_sees_a_circle_and_where_there_is_none() {
    let files = |entries: &[(&str, &str)]| -> BTreeMap<String, String> {
        let entries = entries.iter().map(|(f, t)| (f.to_string(), t.to_string()));
        entries.collect()
    };
    let circle = files(&[
        ("ui/a.rs", "use super::b::B;\n"),
        ("ui/b.rs", "use crate::ui::{c::C, a::A};\n"),
        ("ui/c.rs", "// use crate::ui::a::A;\n"),
        ("ui/mod.rs", "mod a;\nmod b;\nmod c;\n"),
    ]);
    assert_eq!(circles(&graph_of(&circle)), ["ui/a.rs → ui/b.rs → ui/a.rs"]);
    let line = files(&[
        ("ui/a.rs", "use super::b::B;\n"),
        (
            "ui/b.rs",
            "#[cfg(test)]\nmod tests {\n    use crate::ui::a::A;\n}\n",
        ),
        ("ui/mod.rs", "mod a;\nmod b;\n"),
    ]);
    assert!(circles(&graph_of(&line)).is_empty());
}
