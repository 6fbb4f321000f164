//! Running commands: echoing them, streaming their output, and keeping summary lines.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;

/// Runs `command`, streaming its output, and says whether it succeeded.
pub fn run(command: &mut Command) -> Result<(), String> {
    echo(command);
    let status =
        command.status().map_err(|error| format!("could not start {}: {error}", name(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", name(command)))
    }
}

/// Runs `command` silently and returns its standard output, or `None` if it could not run or
/// failed. Used to ask tools for their version.
pub fn output(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// What a streamed command left behind.
pub struct Streamed {
    pub success: bool,
    /// The lines that `is_summary` picked out, in order.
    pub summary_lines: Vec<String>,
}

/// Runs `command`, copying its stdout and stderr to ours line by line, and keeps the lines that
/// `is_summary` selects (the test runners' own result lines).
pub fn run_streamed(command: &mut Command, is_summary: fn(&str) -> bool) -> Streamed {
    echo(command);
    let child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => {
            let line = format!("could not start {}: {error}", name(command));
            eprintln!("{line}");
            return Streamed { success: false, summary_lines: vec![line] };
        }
    };
    let (sender, receiver) = mpsc::channel::<String>();
    let mut readers = Vec::new();
    if let Some(stdout) = child.stdout.take() {
        readers.push(spawn_reader(stdout, sender.clone()));
    }
    if let Some(stderr) = child.stderr.take() {
        readers.push(spawn_reader(stderr, sender.clone()));
    }
    drop(sender);
    let mut summary_lines = Vec::new();
    let stdout = std::io::stdout();
    for line in receiver {
        let mut out = stdout.lock();
        let _ = writeln!(out, "{line}");
        if is_summary(&line) {
            summary_lines.push(line);
        }
    }
    for reader in readers {
        let _ = reader.join();
    }
    let success = child.wait().map(|status| status.success()).unwrap_or(false);
    Streamed { success, summary_lines }
}

fn spawn_reader<R: std::io::Read + Send + 'static>(
    stream: R,
    sender: mpsc::Sender<String>,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            match line {
                Ok(line) => {
                    if sender.send(line).is_err() {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
    })
}

fn echo(command: &Command) {
    let args: Vec<String> =
        command.get_args().map(|arg| arg.to_string_lossy().into_owned()).collect();
    println!("$ {} {}", name(command), args.join(" "));
}

fn name(command: &Command) -> String {
    command.get_program().to_string_lossy().into_owned()
}
