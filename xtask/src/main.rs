//! Project chores, run as `cargo xtask <command>` (see `.cargo/config.toml` for the alias).
//!
//! - `serve`: installs what is missing and serves the release build on http://127.0.0.1:8080.
//! - `test`: installs what is missing and runs every test layer, then prints a summary.
//! - `install`: only installs the tools (both commands above do this first).
//! - `bench`: builds the release app and a baseline and measures size, start-up, typing, the
//!   drafts screen and memory (see `bench.rs`).
//! - `judge`: measures the app's judgment on the labelled corpora (`tests/judgment.rs`) and
//!   prints precision, recall and F1 per language.
//! - `train-split`: retrains the split model on its corpus and rewrites its weights.
//!
//! Only the standard library is used, so the chores build in seconds on a fresh machine.

mod bench;
mod layers;
mod process;
mod scratch;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <serve|test|install|bench|judge|train-split>

  serve     install missing tools, build the release app and serve it on http://127.0.0.1:8080
  test      install missing tools and run every test layer (lint, native, browser, end to end)
  install   install missing tools only
  bench     build the release app and a baseline, measure them, write target/bench/report.md
  judge     measure the split detection on tests/fixtures/split/ and print it per language
  train-split  retrain the split model on tests/fixtures/split/ and write its weights";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = project_root();
    let result = match command.as_str() {
        "serve" => tools::ensure(&root, tools::Needs::Serve)
            .and_then(|toolbox| layers::serve(&root, &toolbox).map(|()| ExitCode::SUCCESS)),
        "test" => {
            tools::ensure(&root, tools::Needs::Test).map(|toolbox| layers::run_all(&root, &toolbox))
        }
        "install" => tools::ensure(&root, tools::Needs::Test).map(|_| ExitCode::SUCCESS),
        "bench" => {
            let extra_args: Vec<String> = std::env::args().skip(2).collect();
            tools::ensure(&root, tools::Needs::Bench).and_then(|toolbox| {
                bench::run_bench(&root, &toolbox, &extra_args).map(|()| ExitCode::SUCCESS)
            })
        }
        "judge" => process::run(
            std::process::Command::new("cargo")
                .args(["test", "--release", "--test", "judgment", "--", "--nocapture"])
                .args(["--test-threads", "1"])
                .current_dir(&root),
        )
        .map(|()| ExitCode::SUCCESS),
        "train-split" => process::run(
            std::process::Command::new("cargo")
                .args(["run", "--release", "--example", "train_split"])
                .current_dir(&root),
        )
        .map(|()| ExitCode::SUCCESS),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's manifest directory.
fn project_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().map(PathBuf::from).unwrap_or(manifest_dir)
}
