//! `suhbat parse`: JSON on stdout for good files, one `FILE:LINE: what is wrong` line and exit
//! status 1 for bad ones, never a panic.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("suhbat-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_parse(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_suhbat"))
        .arg("parse")
        .arg(file)
        .output()
        .unwrap()
}

fn parse(name: &str, content: &[u8]) -> (PathBuf, Output) {
    let file = scratch_dir(name).join("interview.txt");
    std::fs::write(&file, content).unwrap();
    let output = run_parse(&file);
    (file, output)
}

fn assert_fails_with(name: &str, content: &[u8], line: usize, message: &str) {
    let (file, output) = parse(name, content);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    let expected_start = format!("{}:{line}: ", file.display());
    assert!(stderr.starts_with(&expected_start), "{stderr}");
    assert!(stderr.contains(message), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_good_file_prints_interview_json() {
    let (_, output) = parse("good", b" date 2025-01-02 Lead\n- Q?\n- A.\n");
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["date"], "2025-01-02");
    assert_eq!(json["turns"][1]["id"], "a1");
    assert_eq!(json["turns"][1]["speaker"], "interviewee");
    assert_eq!(json["turns"][1]["paragraphs"]["kk"][0], "A.");
}

#[test]
fn bad_files_get_one_line_naming_file_and_line() {
    assert_fails_with("latin1", b"- Q\n- caf\xe9\n", 2, "not UTF-8");
    assert_fails_with("empty", b"", 1, "empty");
    assert_fails_with(
        "no-turns",
        "Lead only\nstill lead\n".as_bytes(),
        2,
        "no turns",
    );
    assert_fails_with("bad-date", b" date 2025-13-01 Lead\n- Q\n", 1, "bad date");
    assert_fails_with(
        "binary",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        3,
        "not a text file",
    );
    assert_fails_with("empty-turn", b"- Q\n-\n", 2, "empty turn");
}

#[test]
fn bad_metadata_beside_the_file_is_named_with_its_line() {
    let dir = scratch_dir("bad-meta");
    std::fs::write(dir.join("meta.json"), "{\n \"title\": 5\n}").unwrap();
    std::fs::write(dir.join("kk.txt"), "- Q\n- A").unwrap();
    let output = run_parse(&dir.join("kk.txt"));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.starts_with(&format!("{}:2: ", dir.join("meta.json").display())),
        "{stderr}"
    );
}

#[test]
fn a_missing_file_is_reported_not_panicked_on() {
    let output = Command::new(env!("CARGO_BIN_EXE_suhbat"))
        .args(["parse", "/nonexistent/interview.txt"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.starts_with("/nonexistent/interview.txt: cannot read"),
        "{stderr}"
    );
}

#[test]
fn wrong_usage_prints_the_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_suhbat"))
        .arg("frobnicate")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage:"));
}

#[test]
fn a_file_not_named_by_its_language_is_read_alone() {
    let dir = scratch_dir("alone");
    std::fs::write(dir.join("notes.txt"), "- Сұрақ?\n- Жауап.").unwrap();
    std::fs::write(dir.join("bom.txt"), "- Not a translation?\n- No.").unwrap();
    let output = run_parse(&dir.join("notes.txt"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        json["turns"][0]["paragraphs"].get("bom").is_none(),
        "{json}"
    );
}

#[test]
fn translations_beside_the_original_join_the_json() {
    let dir = scratch_dir("translations");
    std::fs::write(dir.join("kk.txt"), "- Сұрақ?\n- Жауап.\nЕкінші.").unwrap();
    std::fs::write(dir.join("en.txt"), "- Question?\n- Answer.\nSecond.").unwrap();
    std::fs::write(dir.join("notes.txt"), "not a translation").unwrap();
    let output = run_parse(&dir.join("kk.txt"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["original"], "kk");
    assert_eq!(json["turns"][1]["paragraphs"]["en"][1], "Second.");
    assert!(json["turns"][0]["paragraphs"].get("notes").is_none());
}

#[test]
fn a_misaligned_translation_is_named_with_its_file_turn_and_line() {
    let dir = scratch_dir("misaligned");
    std::fs::write(dir.join("kk.txt"), "- Сұрақ?\n- Жауап.\nЕкінші.").unwrap();
    std::fs::write(dir.join("ru.txt"), "- Вопрос?\n- Ответ.").unwrap();
    let output = run_parse(&dir.join("kk.txt"));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let expected = format!(
        "{}:2: translation `ru`: turn a1 has 1 paragraph, the original has 2 paragraphs\n",
        dir.join("ru.txt").display()
    );
    assert_eq!(stderr, expected);
}

/// `suhbat site DIST` over the archive in `interviews`, its home's app in `app`.
fn run_site(interviews: &Path, dist: &Path, app: Option<&Path>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_suhbat"));
    command
        .arg("site")
        .arg(dist)
        .env("SUHBAT_INTERVIEWS", interviews)
        .env_remove("SUHBAT_INTERVIEW_JSON")
        .env_remove("SUHBAT_ARCHIVE_APP");
    if let Some(app) = app {
        command.env("SUHBAT_ARCHIVE_APP", app);
    }
    command.output().unwrap()
}

/// What Trunk writes for an app whose bindings are `js`, in small.
fn trunk_page(js: &str) -> String {
    format!(
        "<html><head><meta charset=\"utf-8\"><title></title>\
         <script type=\"module\">\nimport init, * as bindings from './{js}.js';\n\
         const wasm = await init({{ module_or_path: './{js}_bg.wasm' }});\n</script></head>\
         <body><div id=\"app\"></div></body></html>"
    )
}

#[test]
fn a_bad_interview_in_an_archive_stops_the_build_naming_its_file_and_line() {
    let root = scratch_dir("archive-bad");
    let archive = root.join("interviews");
    for (path, text) in [
        ("good/kk.txt", "- Сұрақ?\n- Жауап."),
        ("bad/kk.txt", "- Сұрақ?\n- Жауап.\n-\n"),
    ] {
        let path = archive.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let (dist, app) = (root.join("dist"), root.join("archive-app"));
    for (dir, js) in [(&dist, "v"), (&app, "a")] {
        std::fs::create_dir_all(dir).unwrap();
        for (name, text) in [
            ("index.html".to_owned(), trunk_page(js)),
            ("noscript.css".to_owned(), "p {}".to_owned()),
            (
                format!("{js}.js"),
                "export default async function __wbg_init() {}".into(),
            ),
            (format!("{js}_bg.wasm"), "\0asm".into()),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let output = run_site(&archive, &dist, Some(&app));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let expected = format!("{}:3: ", archive.join("bad/kk.txt").display());
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert!(
        !dist.join("good").exists(),
        "nothing is built from a broken archive"
    );

    std::fs::write(archive.join("bad/kk.txt"), "- Сұрақ?\n- Жауап.").unwrap();
    std::fs::write(archive.join("bad/en.txt"), "- Question?").unwrap();
    let stderr = String::from_utf8(run_site(&archive, &dist, Some(&app)).stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("{}:", archive.join("bad/en.txt").display())),
        "{stderr}"
    );

    std::fs::remove_file(archive.join("bad/en.txt")).unwrap();
    let stderr = String::from_utf8(run_site(&archive, &dist, None).stderr).unwrap();
    assert!(stderr.contains("SUHBAT_ARCHIVE_APP"), "{stderr}");
    let output = run_site(&archive, &dist, Some(&app));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for page in [
        "index.html",
        "good/index.html",
        "bad/index.html",
        "suhbat.html",
        "a_bg.wasm",
    ] {
        assert!(dist.join(page).is_file(), "{page}");
    }
    let read = |page: &str| std::fs::read_to_string(dist.join(page)).unwrap();
    assert!(
        read("index.html").contains("fetch('./a_bg.wasm')"),
        "the home loads its own app"
    );
    assert!(
        read("good/index.html").contains("fetch('../v_bg.wasm')"),
        "a page the viewer"
    );
}
