//! The `pyxray` command line: `run`, `inspect`, `trace` and `check` (see docs/design.md).

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use pyxray::run::{self, exit};
use pyxray::scenario::Scenario;
use pyxray::trace::{Granularity, Timeline};
use pyxray::vm::VmOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pyxray",
    version,
    about = "Watch CPython 3.11's internals work"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A `.py` program or scenario `.toml` to open.
    file: Option<PathBuf>,
}

#[derive(Args, Clone)]
struct Common {
    /// PYTHONHASHSEED semantics: 0 = zero keys, N = CPython's LCG key derivation.
    #[arg(long, default_value_t = 0)]
    hash_seed: u32,
    /// Stop after this many executed instructions (exit code 3).
    #[arg(long, default_value_t = 10_000_000)]
    max_steps: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Run FILE in the simulator; stdout is exactly what python3 prints.
    Run {
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
    /// Run FILE, then print the final internal state as JSON.
    Inspect {
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
    /// Print the step trace with narration.
    Trace {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = GranularityArg::Op)]
        granularity: GranularityArg,
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        #[command(flatten)]
        common: Common,
    },
    /// Run FILE under python3 and the simulator; compare stdout and dict tables.
    Check {
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum GranularityArg {
    Line,
    Op,
    Micro,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match real_main(cli) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("pyxray: {e:#}");
            ExitCode::from(exit::UNSUPPORTED as u8)
        }
    }
}

/// Writes a command's output to stdout, buffered. A reader that stops early
/// (`pyxray trace big.py | head`) ends the output quietly, as it does for other tools.
fn emit(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("could not write the output"),
    }
}

fn load(file: &Path) -> Result<Scenario> {
    Scenario::load(file).map_err(anyhow::Error::from)
}

fn options(c: &Common, trace: bool, stdin: Option<String>) -> VmOptions {
    VmOptions {
        hash_seed: c.hash_seed,
        max_steps: c.max_steps,
        trace,
        stdin,
        ask_for_input: false,
        ..Default::default()
    }
}

/// Standard input, for a program that may call `input()` (read whole, as a pipe gives
/// it; a program that never mentions `input` leaves stdin alone).
fn stdin_for(source: &str) -> Option<String> {
    if !source.contains("input") {
        return None;
    }
    std::io::read_to_string(std::io::stdin()).ok()
}

fn real_main(cli: Cli) -> Result<i32> {
    let Some(command) = cli.command else {
        let initial = match &cli.file {
            Some(f) => Some(load(f)?),
            None => None,
        };
        pyxray::ui::run(initial).map_err(|e| anyhow::anyhow!("could not open the app: {e}"))?;
        return Ok(exit::OK);
    };
    match command {
        Command::Run { file, common } => {
            let sc = load(&file)?;
            let stdin = stdin_for(&sc.source);
            let out = run::run_source(&sc.source, &sc.path, options(&common, false, stdin));
            emit(|w| w.write_all(out.stdout.as_bytes()))?;
            eprint!("{}", out.stderr);
            Ok(out.exit_code)
        }
        Command::Inspect { file, common } => {
            let sc = load(&file)?;
            let stdin = stdin_for(&sc.source);
            let (out, inspect) =
                run::run_source_inspected(&sc.source, &sc.path, options(&common, false, stdin));
            eprint!("{}", out.stderr);
            if out.vm.is_some() {
                emit(|w| writeln!(w, "{}", run::to_pretty_json(&inspect)))?;
            }
            Ok(out.exit_code)
        }
        Command::Trace {
            file,
            granularity,
            format,
            common,
        } => {
            let sc = load(&file)?;
            let stdin = stdin_for(&sc.source);
            let out = run::run_source(&sc.source, &sc.path, options(&common, true, stdin));
            let Some(vm) = out.vm else {
                eprint!("{}", out.stderr);
                return Ok(out.exit_code);
            };
            let g = match granularity {
                GranularityArg::Line => Granularity::Line,
                GranularityArg::Op => Granularity::Op,
                GranularityArg::Micro => Granularity::Micro,
            };
            let timeline = Timeline::from_vm(vm);
            emit(|w| match format {
                FormatArg::Text => timeline.write_text(g, w),
                FormatArg::Json => {
                    timeline.write_json(g, &mut *w)?;
                    writeln!(w)
                }
            })?;
            eprint!("{}", out.stderr);
            Ok(out.exit_code)
        }
        Command::Check { file, common } => check(&file, &common),
    }
}

/// A process's exit status as a shell reports it: a death by signal N is 128 + N
/// (python3 kills itself with SIGINT after an uncaught KeyboardInterrupt).
fn shell_status(status: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt as _;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    status.code().unwrap_or(-1)
}

/// The probe that reads CPython's dict tables; shipped inside the binary.
const PROBE: &str = include_str!("../assets/cpython_probe.py");

fn check(file: &Path, common: &Common) -> Result<i32> {
    let sc = load(file)?;
    let python = which_python().context(
        "`pyxray check` needs python3 (CPython 3.11) on PATH to compare against; none was found",
    )?;
    let dir = std::env::temp_dir().join(format!("pyxray-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let probe = dir.join("cpython_probe.py");
    std::fs::write(&probe, PROBE)?;
    let program = dir.join(
        Path::new(&sc.path)
            .file_stem()
            .map(|s| format!("{}.py", s.to_string_lossy()))
            .unwrap_or_else(|| "program.py".into()),
    );
    std::fs::write(&program, &sc.source)?;
    let json_out = dir.join("inspect.json");
    // Both sides read the same standard input.
    let stdin = stdin_for(&sc.source);
    let run_python = |args: &[&std::ffi::OsStr]| -> Result<std::process::Output> {
        let mut child = std::process::Command::new(&python)
            .args(args)
            .current_dir(&dir)
            .env("PYTHONHASHSEED", common.hash_seed.to_string())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .with_context(|| format!("could not run {}", python.display()))?;
        if let Some(mut pipe) = child.stdin.take() {
            use std::io::Write as _;
            let _ = pipe.write_all(stdin.as_deref().unwrap_or("").as_bytes());
        }
        child
            .wait_with_output()
            .with_context(|| format!("could not run {}", python.display()))
    };
    // What the program prints comes from a plain run: interpreter shutdown (atexit,
    // __del__ at exit) happens as in `python3 file.py`. The dict tables come from the
    // probe, which reads the globals after the module ends.
    // Run from the copy's directory by its file name, so `sys.argv[0]` is a name pyxray
    // can give the program too (the probe sets it to what it is given).
    let program_name = program.file_name().unwrap_or_default().to_owned();
    let output = run_python(&[program_name.as_os_str()])?;
    run_python(&[
        probe.as_os_str(),
        program_name.as_os_str(),
        std::ffi::OsStr::new("--json-out"),
        json_out.as_os_str(),
    ])?;
    let cpython_stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let cpython_exit = shell_status(output.status);
    let cpython_json: serde_json::Value = std::fs::read_to_string(&json_out)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(serde_json::Value::Null);
    let _ = std::fs::remove_dir_all(&dir);

    let (out, ours_json) = run::run_source_inspected(
        &sc.source,
        &sc.path,
        VmOptions {
            argv0: Some(program_name.to_string_lossy().into_owned()),
            ..options(common, false, stdin)
        },
    );
    if out.refused {
        eprint!("{}", out.stderr);
        return Ok(exit::UNSUPPORTED);
    }
    let mut differences = Vec::new();
    if out.stdout != cpython_stdout {
        differences.push(format!(
            "stdout differs:\n{}",
            pyxray::diff::line_diff(&cpython_stdout, &out.stdout)
        ));
    }
    if out.exit_code != cpython_exit {
        differences.push(format!(
            "exit code differs: python3 {cpython_exit}, pyxray {}",
            out.exit_code
        ));
    }
    if cpython_exit == exit::EXCEPTION || cpython_exit == exit::KEYBOARD_INTERRUPT {
        let want = String::from_utf8_lossy(&output.stderr)
            .lines()
            .last()
            .unwrap_or("")
            .to_string();
        let got = out.stderr.lines().last().unwrap_or("").to_string();
        if want != got {
            differences.push(format!(
                "last traceback line differs:\n  python3: {want}\n  pyxray:  {got}"
            ));
        }
    }
    let theirs = cpython_json.get("dicts").cloned().unwrap_or_default();
    let ours = ours_json.get("dicts").cloned().unwrap_or_default();
    if theirs != ours {
        differences.extend(pyxray::diff::dict_table_diffs(&theirs, &ours));
    }
    let notes = pyxray::diff::unmodelled_notes(&ours);
    for note in &notes {
        println!("{note}");
    }
    if differences.is_empty() {
        let all = ours.as_object().map_or(0, |m| m.len());
        let by_items = notes.len();
        let n = all - by_items;
        let items = if by_items == 0 {
            String::new()
        } else {
            format!(
                "; the items of {by_items} instance dict{}",
                if by_items == 1 { "" } else { "s" }
            )
        };
        println!(
            "{}: agrees with {} (stdout, exit code, {n} dict table{}{items})",
            sc.path,
            python.display(),
            if n == 1 { "" } else { "s" }
        );
        Ok(exit::OK)
    } else {
        for d in &differences {
            println!("{d}");
        }
        println!(
            "{}: {} difference(s) from python3",
            sc.path,
            differences.len()
        );
        Ok(exit::EXCEPTION)
    }
}

fn which_python() -> Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let p = dir.join("python3");
        if p.is_file() {
            return Ok(p);
        }
    }
    bail!("python3 not found on PATH")
}
