//! A small static file server for the built site, for `suhbat serve` and the end-to-end tests.
//!
//! It serves a folder as any static host would: files by path, `index.html` for folders, a
//! redirect from `folder` to `folder/` (relative URLs depend on it), under an optional mount
//! path such as `/a/b/suhbat/` to prove the site works from any subpath. GET and HEAD only.

use std::fs;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

use crate::build::precompress::Encoding;
use std::time::Duration;

/// How a folder is served.
#[derive(Clone, Debug, Default)]
pub struct ServeOptions {
    /// The path the site lives under, e.g. `/a/b/suhbat/` (`/` when empty).
    pub mount: String,
    /// Holds back every `.wasm` response this long, to see (and test) the page as readers on a
    /// slow connection do before the WebAssembly arrives.
    pub wasm_delay: Duration,
    /// Keeps a record of every file served (see [`StaticServer::served`]): for tests that count
    /// what a browser fetched in engines whose drivers show no network log.
    pub record: bool,
}

/// A file the server sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Served {
    /// The path asked for, without the query.
    pub path: String,
    /// The `Content-Encoding` it was sent with.
    pub encoding: Option<&'static str>,
    /// The body's length as sent.
    pub bytes: usize,
}

pub struct StaticServer {
    address: SocketAddr,
    site: Arc<Site>,
}

impl StaticServer {
    /// Starts serving `root` at `address`, on background threads that live as long as the
    /// process.
    pub fn start(root: &Path, address: SocketAddr, options: ServeOptions) -> io::Result<Self> {
        let listener = TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        let site = Arc::new(Site {
            root: root.to_path_buf(),
            mount: normalise_mount(&options.mount),
            wasm_delay: options.wasm_delay,
            record: options.record.then(Mutex::default),
        });
        let serving = Arc::clone(&site);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = Arc::clone(&serving);
                thread::spawn(move || {
                    // A client that hangs up mid-request is its own problem, not the server's.
                    let _ = site.answer(stream);
                });
            }
        });
        Ok(StaticServer { address, site })
    }

    /// The site's address, e.g. `http://127.0.0.1:8080/`.
    pub fn url(&self) -> String {
        format!("http://{}{}", self.address, self.site.mount)
    }

    /// Every file served so far, in order, when started with `record` (else none).
    pub fn served(&self) -> Vec<Served> {
        self.site
            .record
            .as_ref()
            .map(|record| record.lock().unwrap().clone())
            .unwrap_or_default()
    }
}

fn normalise_mount(mount: &str) -> String {
    let inner = mount.trim_matches('/');
    if inner.is_empty() {
        "/".to_owned()
    } else {
        format!("/{inner}/")
    }
}

struct Site {
    root: PathBuf,
    mount: String,
    wasm_delay: Duration,
    record: Option<Mutex<Vec<Served>>>,
}

enum Reply {
    File {
        body: Vec<u8>,
        content_type: &'static str,
        /// The `Content-Encoding` of a precompressed copy served in its place.
        encoding: Option<&'static str>,
        /// Its `Cache-Control`.
        caching: &'static str,
    },
    Redirect(String),
    NotFound,
    MethodNotAllowed,
}

impl Site {
    fn answer(&self, stream: TcpStream) -> io::Result<()> {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        reader.read_line(&mut request_line)?;
        let mut header = String::new();
        let mut accepted = Vec::new();
        while reader.read_line(&mut header)? > 2 {
            if let Some((name, value)) = header.split_once(':')
                && name.trim().eq_ignore_ascii_case("accept-encoding")
            {
                accepted = accepted_encodings(value);
            }
            header.clear();
        }
        let mut parts = request_line.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
        let reply = match method {
            "GET" | "HEAD" => self.resolve(target, &accepted),
            _ => Reply::MethodNotAllowed,
        };
        if let Reply::File {
            content_type,
            encoding,
            body,
            ..
        } = &reply
        {
            if *content_type == WASM {
                thread::sleep(self.wasm_delay);
            }
            if let Some(record) = &self.record {
                record.lock().unwrap().push(Served {
                    path: target.split('?').next().unwrap_or_default().to_owned(),
                    encoding: *encoding,
                    bytes: body.len(),
                });
            }
        }
        write_reply(stream, reply, method == "HEAD")
    }

    fn resolve(&self, target: &str, accepted: &[Encoding]) -> Reply {
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let Ok(path) = percent_encoding::percent_decode_str(path).decode_utf8() else {
            return Reply::NotFound;
        };
        if format!("{path}/") == self.mount {
            return Reply::Redirect(self.mount.clone());
        }
        let Some(relative) = path.strip_prefix(&self.mount) else {
            return Reply::NotFound;
        };
        let relative = Path::new(relative);
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Reply::NotFound;
        }
        let file = self.root.join(relative);
        if file.is_dir() {
            if !path.ends_with('/') {
                return Reply::Redirect(format!("{path}/"));
            }
            return read_file(&file.join("index.html"), accepted);
        }
        read_file(&file, accepted)
    }
}

/// The precompressed encodings a request's `Accept-Encoding` allows (a `q=0` refuses one).
fn accepted_encodings(header: &str) -> Vec<Encoding> {
    let allows = |token: &str| {
        header.split(',').any(|part| {
            let mut pieces = part.split(';').map(str::trim);
            pieces
                .next()
                .is_some_and(|name| name.eq_ignore_ascii_case(token))
                && pieces.all(|p| p.replace(' ', "") != "q=0")
        })
    };
    Encoding::PREFERRED
        .into_iter()
        .filter(|encoding| allows(encoding.token()))
        .collect()
}

/// `file`, or its best precompressed copy the request accepts.
fn read_file(file: &Path, accepted: &[Encoding]) -> Reply {
    let content_type = content_type(file);
    let caching = cache_control(file);
    for encoding in accepted {
        let mut copy = file.as_os_str().to_owned();
        copy.push(format!(".{}", encoding.extension()));
        if let Ok(body) = fs::read(&copy) {
            return Reply::File {
                body,
                content_type,
                encoding: Some(encoding.token()),
                caching,
            };
        }
    }
    match fs::read(file) {
        Ok(body) => Reply::File {
            body,
            content_type,
            encoding: None,
            caching,
        },
        Err(_) => Reply::NotFound,
    }
}

/// Files whose names carry a hash of their content (Trunk's `viewer-<hash>_bg.wasm`, the
/// index's shards) never change under their name: a browser keeps them (and what the home
/// prefetches for an interview's page) without asking again. Pages and data are asked for
/// every time.
fn cache_control(file: &Path) -> &'static str {
    const HASH_DIGITS: usize = 12;
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let hashed = name
        .split(['-', '_', '.'])
        .any(|part| part.len() >= HASH_DIGITS && part.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

const WASM: &str = "application/wasm";

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => WASM,
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn write_reply(mut stream: TcpStream, reply: Reply, head_only: bool) -> io::Result<()> {
    let (status, content_type, body, location, encoding, caching) = match reply {
        Reply::File {
            body,
            content_type,
            encoding,
            caching,
        } => ("200 OK", content_type, body, None, encoding, caching),
        Reply::Redirect(to) => (
            "301 Moved Permanently",
            "text/plain",
            Vec::new(),
            Some(to),
            None,
            "no-cache",
        ),
        Reply::NotFound => (
            "404 Not Found",
            "text/plain",
            b"not found\n".to_vec(),
            None,
            None,
            "no-cache",
        ),
        Reply::MethodNotAllowed => (
            "405 Method Not Allowed",
            "text/plain",
            Vec::new(),
            None,
            None,
            "no-cache",
        ),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: {caching}\r\nVary: Accept-Encoding\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(encoding) = encoding {
        head.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    if let Some(location) = location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn get(server: &StaticServer, path: &str) -> String {
        get_with(server, path, "")
    }

    fn get_with(server: &StaticServer, path: &str, headers: &str) -> String {
        let mut stream = TcpStream::connect(server.address).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n{headers}\r\n").unwrap();
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).unwrap();
        String::from_utf8_lossy(&reply).into_owned()
    }

    #[test]
    fn a_precompressed_copy_is_served_to_a_browser_that_accepts_it() {
        let root = std::env::temp_dir().join(format!("suhbat-serve-br-{}", std::process::id()));
        fs::create_dir_all(&root).unwrap();
        fs::write(root.join("app.js"), "plain").unwrap();
        fs::write(root.join("app.js.br"), "BROTLI").unwrap();
        fs::write(root.join("app.js.gz"), "GZIP").unwrap();
        let server = StaticServer::start(
            &root,
            "127.0.0.1:0".parse().unwrap(),
            ServeOptions::default(),
        )
        .unwrap();
        let br = get_with(
            &server,
            "/app.js",
            "Accept-Encoding: gzip, deflate, br, zstd\r\n",
        );
        assert!(
            br.contains("Content-Encoding: br\r\n") && br.ends_with("BROTLI"),
            "{br}"
        );
        assert!(br.contains("Content-Type: text/javascript"), "{br}");
        let gz = get_with(&server, "/app.js", "accept-encoding: gzip;q=1, br;q=0\r\n");
        assert!(
            gz.contains("Content-Encoding: gzip\r\n") && gz.ends_with("GZIP"),
            "{gz}"
        );
        let plain = get(&server, "/app.js");
        assert!(plain.contains("Cache-Control: no-cache\r\n"), "{plain}");
        assert!(
            !plain.contains("Content-Encoding") && plain.ends_with("plain"),
            "{plain}"
        );
        assert!(plain.contains("Vary: Accept-Encoding"), "{plain}");
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn files_named_by_their_content_are_kept_and_the_rest_asked_for_again() {
        for (name, kept) in [
            ("viewer-4a30ecaa42b989ee_bg.wasm", true),
            ("style-50c53778fc10de35.css", true),
            ("f6b0.0123456789ab.json", true),
            ("index.html", false),
            ("kk.json", false),
            ("noscript.css", false),
            ("suhbat.html", false),
        ] {
            let immutable = cache_control(Path::new(name)).contains("immutable");
            assert_eq!(immutable, kept, "{name}");
        }
    }

    #[test]
    fn serves_files_under_a_mount_path_and_nothing_outside_it() {
        let root = std::env::temp_dir().join(format!("suhbat-serve-{}", std::process::id()));
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::write(root.join("index.html"), "<p>home</p>").unwrap();
        fs::write(root.join("sub/app.wasm"), "wasm").unwrap();
        let options = ServeOptions {
            mount: "a/b".into(),
            ..ServeOptions::default()
        };
        let server = StaticServer::start(&root, "127.0.0.1:0".parse().unwrap(), options).unwrap();
        assert!(server.url().ends_with("/a/b/"));

        let home = get(&server, "/a/b/?q=1");
        assert!(
            home.starts_with("HTTP/1.1 200") && home.ends_with("<p>home</p>"),
            "{home}"
        );
        let wasm = get(&server, "/a/b/sub/app.wasm");
        assert!(wasm.contains("Content-Type: application/wasm"), "{wasm}");
        assert!(get(&server, "/a/b").contains("Location: /a/b/"));
        assert!(get(&server, "/a/b/sub").contains("Location: /a/b/sub/"));
        assert!(get(&server, "/index.html").starts_with("HTTP/1.1 404"));
        assert!(get(&server, "/a/b/../index.html").starts_with("HTTP/1.1 404"));
        assert!(get(&server, "/a/b/%2e%2e/index.html").starts_with("HTTP/1.1 404"));
        fs::remove_dir_all(root).unwrap();
    }
}
