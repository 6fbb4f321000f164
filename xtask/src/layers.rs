//! The test layers and the release server.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use crate::process::{run, run_streamed};
use crate::scratch::ScratchDir;
use crate::tools::{Toolbox, CHROMEDRIVER, CHROMIUM, WEBKIT_DRIVER};

/// Chromium flags for this kind of machine: headless, and no background connections, which a
/// closed network refuses many at a time.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

pub fn serve(root: &Path, toolbox: &Toolbox) -> Result<(), String> {
    println!("xtask: serving the release build on http://127.0.0.1:8080 (Ctrl+C stops it)");
    run(Command::new("trunk")
        .args(["serve", "--release", "--address", "127.0.0.1", "--port", "8080"])
        .env("PATH", &toolbox.path)
        .current_dir(root))
}

/// One layer's outcome, for the summary.
struct Outcome {
    name: &'static str,
    result: Result<(), &'static str>,
    duration: Duration,
    summary_lines: Vec<String>,
}

/// Runs every layer, even after a failure, so one run shows everything that is broken.
pub fn run_all(root: &Path, toolbox: &Toolbox) -> ExitCode {
    let mut outcomes = Vec::new();
    let mut layer = |name: &'static str,
                     command: Result<Command, &'static str>,
                     is_summary: fn(&str) -> bool| {
        let started = Instant::now();
        println!("\n===== {name} =====");
        let (result, summary_lines) = match command {
            Err(skipped) => (Err(skipped), Vec::new()),
            Ok(mut command) => {
                command.current_dir(root).env("PATH", &toolbox.path);
                // Browsers and drivers leave profile folders and sockets in the temporary
                // folder: give them a short private one, removed when the layer ends.
                match ScratchDir::create(name) {
                    Ok(tmp) => {
                        command.env("TMPDIR", tmp.path());
                        let streamed = run_streamed(&mut command, is_summary);
                        let result = if streamed.success { Ok(()) } else { Err("FAILED") };
                        (result, streamed.summary_lines)
                    }
                    Err(message) => {
                        eprintln!("{message}");
                        (Err("FAILED: no temporary folder"), vec![message])
                    }
                }
            }
        };
        let passed = result.is_ok();
        outcomes.push(Outcome { name, result, duration: started.elapsed(), summary_lines });
        passed
    };

    layer("format", Ok(cargo(&["fmt", "--all", "--", "--check"])), no_summary);
    layer(
        "clippy native",
        Ok(cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])),
        no_summary,
    );
    layer(
        "clippy wasm",
        Ok(cargo(&[
            "clippy",
            "--package",
            "support-triage",
            "--all-targets",
            "--target",
            "wasm32-unknown-unknown",
            "--features",
            "lazy-modules",
            "--",
            "-D",
            "warnings",
        ])),
        no_summary,
    );
    // The host page's TypeScript declarations against an example that uses the whole API.
    let mut types = Command::new("tsc");
    types.args(["--project", "tests/types"]);
    layer("typescript declarations", Ok(types), no_summary);
    layer("native tests", Ok(cargo(&["test", "--workspace"])), is_cargo_summary);

    // The capabilities file and the profile live in a private folder of their own, removed when
    // it drops after the layer.
    let chromium_scratch = ScratchDir::create("the Chromium profile");
    let chromium = chromium_scratch.as_ref().ok().and_then(|scratch| {
        let webdriver_json = scratch.path().join("webdriver.json");
        let profile = scratch.path().join("profile");
        std::fs::write(&webdriver_json, chromium_capabilities(&profile)).ok()?;
        let mut chromium = wasm_tests();
        chromium
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json);
        Some(chromium)
    });
    if let Err(message) = &chromium_scratch {
        eprintln!("{message}");
    }
    layer(
        "browser tests chromium",
        chromium.ok_or("skipped: no temporary folder for Chromium"),
        is_cargo_summary,
    );
    drop(chromium_scratch);

    let mut firefox = wasm_tests();
    firefox.env("GECKODRIVER", &toolbox.geckodriver);
    layer("browser tests firefox", Ok(firefox), is_cargo_summary);

    let mut webkit = Command::new("xvfb-run");
    webkit.args(["-a", "env", &format!("SAFARIDRIVER={WEBKIT_DRIVER}"), "cargo"]);
    webkit.args(WASM_TEST_ARGS);
    layer("browser tests webkit", Ok(webkit), is_cargo_summary);

    let built = layer("release build", Ok(trunk_release_build()), no_summary);

    let e2e_files = test_files(&root.join("tests").join("e2e"));
    layer(
        "end-to-end chromium",
        built.then(|| node_tests(&e2e_files)).ok_or(RELEASE_BUILD_FAILED),
        is_node_summary,
    );

    let engine_files = test_files(&root.join("tests").join("engines"));
    let engines = built.then(|| {
        let mut command = Command::new("xvfb-run");
        command.args(["-a", "node"]).args(node_test_args(&engine_files));
        command.env("GECKODRIVER", &toolbox.geckodriver);
        command
    });
    layer("end-to-end firefox and webkit", engines.ok_or(RELEASE_BUILD_FAILED), is_node_summary);

    print_summary(&outcomes)
}

const RELEASE_BUILD_FAILED: &str = "skipped: the release build failed";

const WASM_TEST_ARGS: &[&str] = &[
    "test",
    "--package",
    "support-triage",
    "--target",
    "wasm32-unknown-unknown",
    "--test",
    "browser",
];

fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command.args(args);
    command
}

fn wasm_tests() -> Command {
    cargo(WASM_TEST_ARGS)
}

fn trunk_release_build() -> Command {
    let mut command = Command::new("trunk");
    command.args(["build", "--release"]);
    command
}

fn node_tests(files: &[PathBuf]) -> Command {
    let mut command = Command::new("node");
    command.args(node_test_args(files));
    command
}

fn node_test_args(files: &[PathBuf]) -> Vec<String> {
    let mut args = vec!["--test".to_owned(), "--test-reporter=spec".to_owned()];
    args.extend(files.iter().map(|file| file.to_string_lossy().into_owned()));
    args
}

/// The `*.test.mjs` files of a folder, sorted so runs are repeatable.
fn test_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn chromium_capabilities(profile: &Path) -> String {
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|flag| format!("\"{flag}\"")).collect();
    args.push(format!("\"--user-data-dir={}\"", profile.display()));
    format!(
        "{{\"goog:chromeOptions\": {{\"binary\": \"{CHROMIUM}\", \"args\": [{}]}}}}",
        args.join(", ")
    )
}

fn no_summary(_: &str) -> bool {
    false
}

fn is_cargo_summary(line: &str) -> bool {
    line.trim_start().starts_with("test result:")
}

/// Node's spec reporter ends with lines such as `ℹ tests 12` and `ℹ fail 0`.
fn is_node_summary(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(
        words.as_slice(),
        [_, "tests" | "suites" | "pass" | "fail" | "cancelled" | "skipped" | "todo", _]
    )
}

/// Prints one line per layer, then the runners' own summary lines last, and returns the exit
/// code: failure when any layer failed or was skipped.
fn print_summary(outcomes: &[Outcome]) -> ExitCode {
    println!("\n===== summary =====");
    for outcome in outcomes {
        let result = match outcome.result {
            Ok(()) => "ok",
            Err(why) => why,
        };
        println!("{:<32} {:<40} {:>6.1} s", outcome.name, result, outcome.duration.as_secs_f64());
    }
    let failed = outcomes.iter().filter(|outcome| outcome.result.is_err()).count();
    println!(
        "\n{} of {} layers passed{}",
        outcomes.len() - failed,
        outcomes.len(),
        if failed == 0 { "" } else { "; the test command FAILED" }
    );
    println!("\nTest runners' summaries:");
    for outcome in outcomes.iter().filter(|outcome| !outcome.summary_lines.is_empty()) {
        println!("[{}]", outcome.name);
        for line in &outcome.summary_lines {
            println!("{line}");
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
