//! `cargo xtask bench`: builds the release app and the baseline, then runs the benchmark.
//!
//! The baseline is the minimal Yew counter in `bench/baseline/`, a crate outside the workspace
//! built with the same profile, tool pins and wasm-opt settings. It gets its own build folder
//! under `target/bench/`, so it never waits on (or invalidates) the app's build. The
//! measurements themselves are made by `tests/bench/bench.mjs` in headless Chromium, which
//! writes `target/bench/report.md` and `target/bench/report.json` and prints the table.

use std::path::Path;
use std::process::Command;

use crate::process::run;
use crate::scratch::ScratchDir;
use crate::tools::Toolbox;

/// Builds both apps and measures them. `extra_args` go to the benchmark script (for example
/// `--trace` or `--loads 5`).
pub fn run_bench(root: &Path, toolbox: &Toolbox, extra_args: &[String]) -> Result<(), String> {
    let bench_dir = root.join("target").join("bench");
    let baseline_dist = bench_dir.join("baseline-dist");
    let baseline_target = bench_dir.join("baseline-target");
    // Chromium keeps its profile and a socket in the temporary folder: a short private one,
    // removed when it drops at the end.
    let scratch = ScratchDir::create("the benchmark's browser")?;

    println!("\n===== release build =====");
    run(Command::new("trunk")
        .args(["build", "--release"])
        .env("PATH", &toolbox.path)
        .current_dir(root))?;

    println!("\n===== baseline build =====");
    run(Command::new("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&baseline_dist)
        .env("PATH", &toolbox.path)
        .env("CARGO_TARGET_DIR", &baseline_target)
        // The baseline is one plain module: without the relocation records our build keeps for
        // wasm-split (.cargo/config.toml), which wasm-opt would otherwise leave in its wasm.
        .env("CARGO_ENCODED_RUSTFLAGS", "")
        .current_dir(root.join("bench").join("baseline")))?;

    println!("\n===== benchmark =====");
    let result = run(Command::new("node")
        .arg(root.join("tests").join("bench").join("bench.mjs"))
        .arg("--ours")
        .arg(root.join("dist"))
        .arg("--baseline")
        .arg(&baseline_dist)
        .arg("--out")
        .arg(&bench_dir)
        .args(extra_args)
        .env("PATH", &toolbox.path)
        .env("TMPDIR", scratch.path())
        .current_dir(root));
    drop(scratch);
    result
}
