//! The end-to-end rig: the release `dist/` served on 127.0.0.1 by suhbat's own static server,
//! under a nested subpath as a static host would, and Debian's Chromium driven through
//! ChromeDriver with fantoccini.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use suhbat::build::serve::{ServeOptions, StaticServer};

/// Where the site is mounted: not the root, so that relative URLs are proven.
const MOUNT: &str = "/hosted/under/suhbat/";
const WINDOW_SIZE: &str = "--window-size=1280,900";
const READY: &str = "html[data-ready]";
/// How many ticks the match map draws (each is one `M` of its path).
pub const MATCH_MAP_TICKS: &str = "const path = document.querySelector('.match-map path');
    return path ? path.getAttribute('d').split('M').length - 1 : 0";

/// The built site: `$SUHBAT_DIST`, else `dist/` (made by `./scripts/test` or `./scripts/dist`).
pub fn dist_dir() -> PathBuf {
    built("SUHBAT_DIST", "dist")
}

/// A built site: the folder `variable` names, else `default` in the crate.
fn built(variable: &str, default: &str) -> PathBuf {
    let dist = std::env::var_os(variable)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(default));
    assert!(
        dist.join("index.html").is_file(),
        "no built site at {}: run ./scripts/test (or ./scripts/dist) first",
        dist.display()
    );
    dist
}

/// The test archive built (`tests/archive`): `$SUHBAT_ARCHIVE_DIST`, else
/// `target/archive-dist/` (made by `./scripts/test`).
pub fn archive_dist_dir() -> PathBuf {
    built("SUHBAT_ARCHIVE_DIST", "target/archive-dist")
}

/// The test archive's URL, served like the site (once per test process).
pub fn archive_url() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| serve(&archive_dist_dir(), Duration::ZERO))
}

/// How the site's WebAssembly reaches the browser.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Wasm {
    Prompt,
    /// Held back 1.5 s, so the page can be inspected before it hydrates.
    Slow,
}

/// The site's URL; each server starts on first use and lives as long as the test process.
pub fn site_url(wasm: Wasm) -> &'static str {
    static PROMPT: OnceLock<String> = OnceLock::new();
    static SLOW: OnceLock<String> = OnceLock::new();
    let (cell, wasm_delay) = match wasm {
        Wasm::Prompt => (&PROMPT, Duration::ZERO),
        Wasm::Slow => (&SLOW, Duration::from_millis(1500)),
    };
    cell.get_or_init(|| serve(&dist_dir(), wasm_delay))
}

/// Serves `dir` on 127.0.0.1 under the nested mount path; returns its URL.
pub fn serve(dir: &std::path::Path, wasm_delay: Duration) -> String {
    start_server(dir, wasm_delay, false).url()
}

/// Serves `dir` like `serve`, keeping a record of what it sends: for tests that count what the
/// browser fetched, in every engine.
#[allow(dead_code, reason = "the tests use it, the benchmarks do not")]
pub fn serve_recording(dir: &std::path::Path) -> StaticServer {
    start_server(dir, Duration::ZERO, true)
}

fn start_server(dir: &std::path::Path, wasm_delay: Duration, record: bool) -> StaticServer {
    let options = ServeOptions {
        mount: MOUNT.into(),
        wasm_delay,
        record,
    };
    StaticServer::start(dir, SocketAddr::from(([127, 0, 0, 1], 0)), options)
        .expect("the static server starts on 127.0.0.1")
}

fn chromium_capabilities(javascript: JavaScript, profile: &Path, page_load: &str) -> Value {
    let mut args = chromium_flags();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push(WINDOW_SIZE.into());
    let mut options = json!({ "args": args });
    if let Ok(binary) = std::env::var("CHROMIUM") {
        options["binary"] = json!(binary);
    } else if Path::new("/usr/bin/chromium").exists() {
        options["binary"] = json!("/usr/bin/chromium");
    }
    if javascript == JavaScript::Off {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    json!({
        "browserName": "chrome",
        "pageLoadStrategy": page_load,
        "goog:chromeOptions": options,
        // The performance log carries the network's events, a worker's requests included.
        "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
    })
}

fn firefox_capabilities(javascript: JavaScript, page_load: &str) -> Value {
    let mut options = json!({
        "args": ["-headless"],
        "prefs": { "javascript.enabled": javascript == JavaScript::On },
    });
    if let Ok(binary) = std::env::var("FIREFOX") {
        options["binary"] = json!(binary);
    } else if Path::new("/usr/bin/firefox-esr").exists() {
        options["binary"] = json!("/usr/bin/firefox-esr");
    }
    json!({
        "browserName": "firefox",
        "pageLoadStrategy": page_load,
        "moz:firefoxOptions": options,
    })
}

/// WebKitGTK's MiniBrowser, driven by WebKitWebDriver (it needs a display: `./scripts/test`
/// runs it under Xvfb).
fn webkit_capabilities(javascript: JavaScript, page_load: &str) -> Value {
    let binary = std::env::var("MINIBROWSER")
        .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into());
    let mut args = vec!["--automation".to_owned()];
    if javascript == JavaScript::Off {
        args.push("--enable-javascript=false".into());
    }
    json!({
        "browserName": "MiniBrowser",
        "pageLoadStrategy": page_load,
        "webkitgtk:browserOptions": { "binary": binary, "args": args },
    })
}

/// The Chromium flags that headless Chromium needs on these machines, kept in `webdriver.json`
/// (which wasm-bindgen-test-runner reads too).
fn chromium_flags() -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("webdriver.json");
    let config: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    serde_json::from_value(config["goog:chromeOptions"]["args"].clone()).unwrap()
}

pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    pub engine: Engine,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum JavaScript {
    #[default]
    On,
    Off,
}

/// When WebDriver's navigation returns.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum PageLoad {
    /// After the load event.
    #[default]
    Normal,
    /// At once, so a test can look at the page while it is still loading.
    Immediate,
}

/// The browser engine the tests drive: `$SUHBAT_BROWSER`, `chromium` (the default),
/// `firefox` or `webkit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn under_test() -> Engine {
        match std::env::var("SUHBAT_BROWSER").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            _ => Engine::Chromium,
        }
    }
}

impl Browser {
    pub async fn open(javascript: JavaScript, page_load: PageLoad) -> Browser {
        let engine = Engine::under_test();
        let port = free_port();
        let (driver, hint) = match engine {
            Engine::Chromium => (
                std::env::var("CHROMEDRIVER").unwrap_or("chromedriver".into()),
                "chromedriver runs (./scripts/test installs Debian's chromium-driver)",
            ),
            Engine::Firefox => (
                std::env::var("GECKODRIVER").unwrap_or("geckodriver".into()),
                "geckodriver runs (./scripts/test installs it from crates.io)",
            ),
            Engine::WebKit => (
                std::env::var("WEBKITDRIVER").unwrap_or("WebKitWebDriver".into()),
                "WebKitWebDriver runs (./scripts/test installs Debian's webkit2gtk-driver)",
            ),
        };
        let driver = Command::new(driver)
            .arg(format!("--port={port}"))
            // The browser's languages: MiniBrowser takes the locale's (Chromium and Firefox
            // prefer English whatever it is).
            .env("LANG", "en_US.UTF-8")
            // Its own process group, so that the browsers it starts go with it (see `Drop`).
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(hint);
        wait_for_port(port);
        let profile =
            std::env::temp_dir().join(format!("suhbat-browser-{}-{port}", std::process::id()));
        let page_load_strategy = if page_load == PageLoad::Immediate {
            "none"
        } else {
            "normal"
        };
        let capabilities = match engine {
            Engine::Chromium => chromium_capabilities(javascript, &profile, page_load_strategy),
            Engine::Firefox => firefox_capabilities(javascript, page_load_strategy),
            Engine::WebKit => webkit_capabilities(javascript, page_load_strategy),
        };
        let client = ClientBuilder::native()
            .capabilities(capabilities.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session with a headless browser");
        if engine != Engine::Chromium {
            client.set_window_size(1280, 900).await.unwrap();
        }
        Browser {
            client,
            driver,
            profile,
            engine,
        }
    }

    /// Opens the site at `fragment` (e.g. `#a5` or ``) and waits until the app is interactive.
    pub async fn open_site(&self, fragment: &str) {
        self.go_to_site(Wasm::Prompt, fragment).await;
        self.wait_until_ready().await;
    }

    /// Navigates to the site at `fragment` without waiting for the app.
    pub async fn go_to_site(&self, wasm: Wasm, fragment: &str) {
        let url = format!("{}{fragment}", site_url(wasm));
        self.client.goto(&url).await.unwrap();
    }

    pub async fn wait_until_ready(&self) {
        self.wait_for(READY, Duration::from_secs(20)).await;
    }

    /// Waits, in the driver, up to `limit` until the page has an element `css` matches: scripts
    /// run in the page while it is being replaced run in the old document.
    pub async fn wait_for(&self, css: &str, limit: Duration) {
        self.client
            .wait()
            .at_most(limit)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing matches `{css}` in the page: {e}"));
    }

    /// Runs `script` (which may `await` and `return`) in the page and returns its value. One
    /// that awaits runs as an async function in every engine (ChromeDriver does so itself,
    /// geckodriver does not; and Firefox with JavaScript off runs only plain scripts).
    pub async fn script(&self, script: &str) -> Value {
        if !script.contains("await") {
            return self.client.execute(script, vec![]).await.unwrap();
        }
        let wrapped = format!(
            "const done = arguments[arguments.length - 1];
             (async () => {{\n{script}\n}})().then(done, error =>
                 done({{ suhbatScriptError: String((error && error.stack) || error) }}));"
        );
        let value = self.client.execute_async(&wrapped, vec![]).await.unwrap();
        if let Some(error) = value.get("suhbatScriptError") {
            panic!("the page's script failed: {error}\n{script}");
        }
        value
    }

    /// Presses Tab as a keyboard does (the actions API: WebKit's driver does not move focus on
    /// a Tab sent to an element).
    #[allow(dead_code, reason = "the tests use it, the benchmarks do not")]
    pub async fn press_tab(&self) {
        const TAB: char = '\u{e004}';
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: TAB })
            .then(KeyAction::Up { value: TAB });
        self.client.perform_actions(keys).await.unwrap();
    }

    /// Types `text` into the search box in place of what it held, key by key as a reader does.
    pub async fn type_query(&self, text: &str) {
        let input = self.client.find(Locator::Id("search")).await.unwrap();
        input.clear().await.unwrap();
        input.send_keys(text).await.unwrap();
    }

    /// The text of every `<mark>` in the interview, in reading order.
    pub async fn marks(&self) -> Vec<String> {
        let marks = self
            .script("return [...document.querySelectorAll('main mark')].map(m => m.textContent)")
            .await;
        serde_json::from_value(marks).unwrap()
    }

    /// `script`'s value once it equals `expected`, or its last value after five seconds: for
    /// what the page does after a pause (the address follows typing once it stops).
    pub async fn eventually(&self, script: &str, expected: Value) -> Value {
        self.eventually_within(Duration::from_secs(5), script, expected)
            .await
    }

    /// `eventually`, waiting up to `limit`: for what fetches files (a busy machine running the
    /// tests in parallel can take seconds).
    pub async fn eventually_within(&self, limit: Duration, script: &str, expected: Value) -> Value {
        let deadline = Instant::now() + limit;
        loop {
            let value = self.script(script).await;
            if value == expected || Instant::now() > deadline {
                return value;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Errors and warnings the page logged since the last call (hydration mismatches are
    /// warnings).
    pub async fn console_problems(&self) -> Vec<String> {
        // Only ChromeDriver exposes the console; elsewhere the tests see what they can.
        if self.engine != Engine::Chromium {
            return Vec::new();
        }
        let entries = self.client.issue_cmd(Log("browser")).await.unwrap();
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| matches!(entry["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Every file the browser fetched since the last call (a worker's fetches too, which the
    /// page's resource timing does not see): its URL and the bytes that came over the wire.
    /// ChromeDriver only.
    #[allow(dead_code, reason = "the benchmarks use it, the tests do not")]
    pub async fn network_requests(&self) -> Vec<(String, u64)> {
        let entries = self.client.issue_cmd(Log("performance")).await.unwrap();
        let mut urls = std::collections::HashMap::new();
        let mut fetched = Vec::new();
        for entry in entries.as_array().into_iter().flatten() {
            let Ok(event) =
                serde_json::from_str::<Value>(entry["message"].as_str().unwrap_or("{}"))
            else {
                continue;
            };
            let (method, params) = (&event["message"]["method"], &event["message"]["params"]);
            let id = params["requestId"].as_str().unwrap_or_default().to_owned();
            match method.as_str() {
                Some("Network.responseReceived") => {
                    urls.insert(
                        id,
                        params["response"]["url"]
                            .as_str()
                            .unwrap_or_default()
                            .to_owned(),
                    );
                }
                Some("Network.loadingFinished") => {
                    if let Some(url) = urls.remove(&id) {
                        fetched.push((
                            url,
                            params["encodedDataLength"].as_f64().unwrap_or(0.0) as u64,
                        ));
                    }
                }
                _ => {}
            }
        }
        fetched
    }

    /// Runs a DevTools command (`Emulation.setCPUThrottlingRate`, …) through ChromeDriver.
    #[allow(dead_code, reason = "the benchmarks use it, the tests do not")]
    pub async fn devtools(&self, command: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools { command, params })
            .await
            .unwrap()
    }

    /// Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, the
    /// CPU slowed four times.
    #[allow(dead_code, reason = "the benchmarks use it, the tests do not")]
    pub async fn emulate_a_phone_on_mobile_data(&self) {
        self.devtools("Network.enable", json!({})).await;
        self.devtools(
            "Network.emulateNetworkConditions",
            json!({"offline": false, "latency": 150, "downloadThroughput": 1.6e6 / 8.0,
                   "uploadThroughput": 750e3 / 8.0}),
        )
        .await;
        self.devtools("Emulation.setCPUThrottlingRate", json!({"rate": 4}))
            .await;
        // The network conditions hold for a cache-less load only.
        self.devtools("Network.setCacheDisabled", json!({"cacheDisabled": true}))
            .await;
    }

    pub async fn save_screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// A test that fails mid-way never reaches `close`: the driver, and every browser it started,
/// stop here anyway.
impl Drop for Browser {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// ChromeDriver's `POST /session/{id}/se/log`: the browser's console (`browser`) or its
/// DevTools events (`performance`), which WebDriver proper does not expose.
#[derive(Debug)]
struct Log(&'static str);

impl WebDriverCompatibleCommand for Log {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": self.0 }).to_string()),
        )
    }
}

/// ChromeDriver's `POST /session/{id}/goog/cdp/execute`: a DevTools command.
#[derive(Debug)]
#[allow(dead_code, reason = "the benchmarks use it, the tests do not")]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "the WebDriver did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
