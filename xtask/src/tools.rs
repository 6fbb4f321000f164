//! Installing what the build and the tests need, skipping whatever is already there.
//!
//! Everything comes from the package registries this project is allowed to reach: rustup,
//! crates.io (Trunk, wasm-bindgen-cli, wasm-split-cli, geckodriver), npm (binaryen's wasm-opt, playwright-core,
//! axe-core, selenium-webdriver) and Debian (Chromium, chromedriver, Firefox ESR, WebKitGTK's
//! driver, Xvfb, brotli). No tool downloads a browser or binary from anywhere else.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{output, run};

/// Trunk 0.22 needs a newer rustc than the one this project targets.
const TRUNK_VERSION: &str = "0.21.14";
const GECKODRIVER_VERSION: &str = "0.37.1";
/// Cuts the release wasm into modules loaded on demand (see xtask/split-wasm.mjs). Its
/// runtime half, the `wasm_split_helpers` crate, is pinned in Cargo.lock.
const WASM_SPLIT_VERSION: &str = "0.2.4";

/// Debian packages the test layers need, each with the file that proves it is installed.
const DEBIAN_PACKAGES: &[(&str, &str)] = &[
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("brotli", "/usr/bin/brotli"),
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", "/usr/bin/xvfb-run"),
    ("fonts-noto-cjk", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    // pdftotext reads what a printout holds (tests/e2e/embed.test.mjs).
    ("poppler-utils", "/usr/bin/pdftotext"),
];

/// The benchmark only drives Chromium.
const BENCH_DEBIAN_PACKAGES: &[(&str, &str)] = &[("chromium", CHROMIUM)];

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";

/// What a command needs installed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Serve,
    Test,
    /// The benchmark: the build tools and Chromium.
    Bench,
}

/// Where the installed tools are, for the commands that use them.
pub struct Toolbox {
    /// `PATH` with the npm tools and cargo-installed tools first.
    pub path: OsString,
    pub geckodriver: PathBuf,
}

pub fn ensure(root: &Path, needs: Needs) -> Result<Toolbox, String> {
    let cargo_bin = cargo_home().join("bin");
    let tools_root = tools_root();
    let wasm_split_root = tools_root.join(format!("wasm-split-{WASM_SPLIT_VERSION}"));
    let path = search_path(&[
        root.join("node_modules").join(".bin"),
        cargo_bin.clone(),
        wasm_split_root.join("bin"),
    ]);

    ensure_wasm_target()?;
    match needs {
        Needs::Serve => {}
        Needs::Test => ensure_debian_packages(DEBIAN_PACKAGES)?,
        Needs::Bench => ensure_debian_packages(BENCH_DEBIAN_PACKAGES)?,
    }
    ensure_npm_packages(root)?;
    ensure_cargo_tool(&path, "trunk", "trunk", TRUNK_VERSION, true, None)?;
    let wasm_bindgen_version = locked_version(root, "wasm-bindgen")?;
    ensure_cargo_tool(
        &path,
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &wasm_bindgen_version,
        false,
        None,
    )?;
    ensure_wasm_split(&wasm_split_root)?;
    let geckodriver = tools_root.join("bin").join("geckodriver");
    if needs == Needs::Test {
        // geckodriver goes into a folder of its own, not onto PATH: the wasm test runner picks
        // the first driver it finds on PATH, which would silently turn a Chromium run into a
        // Firefox run.
        ensure_cargo_tool(
            &path,
            geckodriver.to_string_lossy().as_ref(),
            "geckodriver",
            GECKODRIVER_VERSION,
            true,
            Some(&tools_root),
        )?;
    }
    Ok(Toolbox { path, geckodriver })
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| home().join(".cargo"))
}

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

/// Tools that must stay off `PATH` live here, outside the repository so a fresh clone reuses them.
fn tools_root() -> PathBuf {
    home().join(".local").join("share").join("support-triage-tools")
}

fn search_path(first: &[PathBuf]) -> OsString {
    let existing = std::env::var_os("PATH").unwrap_or_default();
    let mut paths: Vec<PathBuf> = first.to_vec();
    paths.extend(std::env::split_paths(&existing));
    std::env::join_paths(paths).unwrap_or(existing)
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_debian_packages(packages: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, proof)| !Path::new(proof).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("xtask: installing Debian packages: {}", missing.join(" "));
    run(Command::new("apt-get").arg("update").env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn ensure_npm_packages(root: &Path) -> Result<(), String> {
    let installed_lock = root.join("node_modules").join(".package-lock.json");
    let wanted_lock = root.join("package-lock.json");
    let modified = |path: &Path| std::fs::metadata(path).and_then(|meta| meta.modified()).ok();
    let up_to_date = match (modified(&installed_lock), modified(&wanted_lock)) {
        (Some(installed), Some(wanted)) => installed >= wanted,
        _ => false,
    };
    if up_to_date {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))
}

/// Installs `crate_name` at exactly `version` unless `program --version` already reports it.
fn ensure_cargo_tool(
    path: &OsString,
    program: &str,
    crate_name: &str,
    version: &str,
    locked: bool,
    root: Option<&Path>,
) -> Result<(), String> {
    let reported = output(Command::new(program).arg("--version").env("PATH", path));
    let has_version = reported
        .as_deref()
        .map(|text| text.split_whitespace().any(|word| word == version))
        .unwrap_or(false);
    if has_version {
        return Ok(());
    }
    println!("xtask: installing {crate_name} {version}");
    let mut command = Command::new("cargo");
    command.args(["install", crate_name, "--version", version, "--force"]);
    if locked {
        command.arg("--locked");
    }
    if let Some(root) = root {
        command.arg("--root").arg(root);
    }
    run(&mut command)
}

/// Installs `wasm-split-cli` into a folder named after its version. The program has no
/// `--version`, so the folder's name is what says which version is there.
fn ensure_wasm_split(folder: &Path) -> Result<(), String> {
    if folder.join("bin").join("wasm-split-cli").exists() {
        return Ok(());
    }
    println!("xtask: installing wasm_split_cli_support {WASM_SPLIT_VERSION}");
    run(Command::new("cargo")
        .args(["install", "wasm_split_cli_support", "--version", WASM_SPLIT_VERSION])
        .args(["--locked", "--force", "--features", "build-binary", "--root"])
        .arg(folder))
}

/// The version of `package` that `Cargo.lock` resolved, so the CLI always matches the library.
fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            if let Some(version) =
                lines.next().and_then(|next| next.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err(format!("Cargo.lock has no {package}"))
}
