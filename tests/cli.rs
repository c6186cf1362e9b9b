//! The command line's contract (docs/design.md): exit codes, `file:line:col` rejections,
//! the step cap, `inspect` JSON and `check`.

use std::process::Command;

fn pyxray(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyxray"))
        .args(args)
        .output()
        .expect("run pyxray");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Whether `check`'s half of a test can run: python3 on PATH is CPython 3.11.
fn python311_on_path() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status()
        .is_ok_and(|s| s.success())
}

fn write(name: &str, src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("pyxray-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, src).expect("write");
    p.display().to_string()
}

#[test]
fn run_prints_what_python_prints() {
    let f = write("ok.py", "d = {'a': 1}\nd[2] = 3\nprint(d, len(d))\n");
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "{'a': 1, 2: 3} 2\n", "")
    );
}

#[test]
fn an_uncaught_exception_exits_1_with_cpythons_last_line() {
    let f = write("raise.py", "def f(d):\n    return d['missing']\nf({})\n");
    let (code, _, err) = pyxray(&["run", &f]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("line 3, in <module>") && err.contains("line 2, in f"),
        "{err}"
    );
    assert_eq!(err.lines().last(), Some("KeyError: 'missing'"));
}

#[test]
fn unsupported_syntax_exits_2_with_its_location() {
    let f = write("match.py", "x = 1\nmatch x:\n    case 1:\n        pass\n");
    let (code, _, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim_end(),
        format!("{f}:2:1: pyxray does not simulate 'match' statements yet")
    );
}

#[test]
fn unsupported_runtime_features_exit_2_with_their_location() {
    // A CPython built-in pyxray lacks is a refusal at the call, not a NameError.
    let f = write("mv.py", "x = 1\nif x:\n    print(memoryview(b'a')[0])\n");
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!("{f}:3:5: pyxray does not simulate the built-in 'memoryview' yet")
    );
    // A built-in pyxray has, in a form it does not model, is refused there too.
    let f = write("dir.py", "x = 1\nif x:\n    print(dir()[0])\n");
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:3:5: pyxray does not simulate dir() without an argument (the scope's names) yet"
        )
    );
}

/// A refusal is never an exception the program could catch: `hash(range(1))` (None's
/// address is in its hash) and `int[...]` were TypeErrors an `except TypeError` swallowed.
#[test]
fn a_refusal_inside_try_is_still_a_refusal() {
    for (name, src, what) in [
        (
            "hash_range.py",
            "try:\n    h = hash(range(1))\nexcept TypeError:\n    print('caught')\n",
            "2:5: pyxray does not simulate hash() of a range of fewer than two items yet",
        ),
        (
            "subscripted_type.py",
            "try:\n    t = int[int]\nexcept TypeError:\n    print('caught')\n",
            "2:5: pyxray does not simulate int[...] yet",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(out.is_empty(), "{name}: {out}");
        assert_eq!(err.trim_end(), format!("{f}:{what}"), "{name}");
    }
}

#[test]
fn a_lone_surrogate_in_a_str_literal_is_refused_at_the_literal() {
    // CPython keeps '\ud800' in the str; a Rust String cannot hold it.
    let f = write(
        "surrogate.py",
        "s = '\\N{BULLET} \\\\ud800'\nprint(repr(s), b'\\ud800')\nt = r'\\udfff'\nprint(len({'\\ud800', '\\udfff'}))\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:4:12: pyxray does not simulate a lone surrogate ('\\ud800') in a str literal yet"
        )
    );
    let f = write("fsurrogate.py", "x = 1\nprint(f'{x}\\U0000DFFF')\n");
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:2:7: pyxray does not simulate a lone surrogate ('\\U0000DFFF') in a str literal yet"
        )
    );
}

#[test]
fn a_generator_left_suspended_is_closed_at_shutdown() {
    // Py_FinalizeEx tears __main__ down: the generator's frame holds the module dict in a
    // cycle, the collector closes it, and its finally runs after the last line.
    let f = write(
        "abandoned.py",
        "def g():\n    try:\n        yield 1\n    finally:\n        print('cleanup')\nit = g()\nprint(next(it))\nprint('end')\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "1\nend\ncleanup\n");
}

#[test]
fn a_syntax_error_exits_2() {
    let f = write("bad.py", "x = (1,\n");
    let (code, _, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2);
    assert!(err.starts_with(&format!("{f}:")), "{err}");
}

#[test]
fn the_step_cap_exits_3() {
    let f = write("loop.py", "while True:\n    pass\n");
    let (code, _, err) = pyxray(&["run", "--max-steps", "1000", &f]);
    assert_eq!(code, 3);
    assert!(err.contains("1000 steps"), "{err}");
}

#[test]
fn inspect_reports_the_design_example_exactly() {
    let f = write(
        "design.py",
        "d = {}\nd[\"apple\"] = 5\nd[\"fig\"] = 3\nd[\"pear\"] = 4\ndel d[\"fig\"]\n",
    );
    let (code, out, _) = pyxray(&["inspect", &f]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let want: serde_json::Value = serde_json::from_str(
        r#"{"python": "3.11", "hash_seed": 0, "classes": {}, "dicts": {"d": {
            "log2_size": 3, "kind": "unicode", "usable": 2, "nentries": 3,
            "indices": [-1, -1, 2, -1, 0, -2, -1, -1],
            "entries": [{"hash": -2003999543335776700, "key": "'apple'", "value": "5"}, null,
                        {"hash": 3751709727703142314, "key": "'pear'", "value": "4"}]}}}"#,
    )
    .expect("json");
    assert_eq!(v, want);
}

#[test]
fn hash_seed_changes_str_hashes_like_pythonhashseed() {
    let f = write("seed.py", "print(hash('apple'))\n");
    let (_, out0, _) = pyxray(&["run", &f]);
    let (_, out1, _) = pyxray(&["run", "--hash-seed", "1", &f]);
    assert_eq!(out0.trim(), "-2003999543335776700");
    assert_ne!(out0, out1);
}

#[test]
fn trace_json_lists_steps_with_narration() {
    let f = write("tr.py", "d = {}\nd[1] = 'a'\nd[9] = 'b'\n");
    let (code, out, _) = pyxray(&["trace", "--granularity", "line", "--format", "json", &f]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["granularity"], "line");
    assert!(out.contains("collision"), "{out}");
}

#[test]
fn a_deallocation_chain_past_the_trashcan_depth_is_deferred_as_in_cpython() {
    // CPython's trashcan defers deallocations nested past 50, so `__del__` of the deferred
    // object runs after the rest of the chain; pyxray models the deferral.
    let chain = |k: u32| {
        format!(
            "class D:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('del', self.n)\nx = [D('bottom')]\nfor i in range({k}):\n    x = [x, D(i)] if i % 10 == 0 else [x]\ndel x\nprint('end')\n"
        )
    };
    // 80 levels: CPython finalizes D(30) after the bottom of the chain (3.11.7).
    let f = write("trashcan.py", &chain(80));
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "del 70\ndel 60\ndel 50\ndel 40\ndel 20\ndel 10\ndel 0\ndel bottom\ndel 30\nend\n"
    );
    // 40 levels stay under _PyTrash_UNWIND_LEVEL: depth first, as CPython.
    let f = write("shallow.py", &chain(40));
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "del 30\ndel 20\ndel 10\ndel 0\ndel bottom\nend\n");
}

/// A reader that stops early (`pyxray trace big.py | head`) ends the output quietly:
/// no panic, the program's own exit code.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let f = write(
        "long.py",
        "d = {}\nfor i in range(20000):\n    d[i % 500] = i\nprint(len(d))\n",
    );
    for format in ["text", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pyxray"))
            .args(["trace", &f, "--granularity", "micro", "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run pyxray");
        let mut head = [0u8; 100];
        child
            .stdout
            .take()
            .expect("stdout")
            .read_exact(&mut head)
            .expect("the trace starts");
        // The pipe's read end is closed now; pyxray still has megabytes to write.
        let out = child.wait_with_output().expect("pyxray ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{format}: {err}");
        assert!(!err.contains("panicked"), "{format}: {err}");
    }
}

/// Text and JSON traces are written as they are narrated, the same bytes as the
/// whole-string renderings.
#[test]
fn streamed_trace_output_matches_the_rendered_strings() {
    use pyxray::trace::{Granularity, Timeline};
    let src = "d = {}\nfor i in range(40):\n    d[str(i)] = i\nprint(d['7'])\n";
    let f = write("streamed.py", src);
    let out = pyxray::run::run_source(
        src,
        &f,
        pyxray::vm::VmOptions {
            trace: true,
            ..Default::default()
        },
    );
    let timeline = Timeline::from_vm(out.vm.expect("the program runs"));
    for (g, name) in [
        (Granularity::Line, "line"),
        (Granularity::Op, "op"),
        (Granularity::Micro, "micro"),
    ] {
        let (_, text, _) = pyxray(&["trace", &f, "--granularity", name]);
        assert_eq!(text, timeline.render_text(g), "{name}");
        let (_, json, _) = pyxray(&["trace", &f, "--granularity", name, "--format", "json"]);
        assert_eq!(json, timeline.render_json(g) + "\n", "{name}");
        let doc: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(doc["granularity"], name);
        let steps = doc["steps"].as_array().expect("steps");
        assert_eq!(steps.len(), timeline.groups(g).len(), "{name}");
    }
}

/// An instance's `__dict__` is a split table in CPython 3.11: `inspect` shows the keys
/// its class shares (every name any instance stored, each entry with this instance's
/// value or null) until a store converts it; then the combined table it became.
#[test]
fn an_instance_dict_is_inspected_as_its_split_table() {
    let src = "class P:\n    pass\np = P()\np.x = 1\np.y = 'two'\nd = p.__dict__\nq = P()\n\
               for i in range(31):\n    setattr(q, 'a%d' % i, i)\ne = vars(q)\nf = {'k': 1}\n";
    let file = write("instance_dicts.py", src);
    let (code, out, err) = pyxray(&["inspect", &file]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("inspect JSON");
    let d = &json["dicts"]["d"];
    assert_eq!(d["kind"], "split", "{d}");
    assert_eq!(d["log2_size"], 6, "{d}");
    // 30 usable, one taken by each of the two instances, 28 by the names stored.
    assert_eq!(
        (&d["nentries"], &d["usable"]),
        (&28.into(), &0.into()),
        "{d}"
    );
    assert_eq!(d["entries"][1]["key"], "'y'");
    assert_eq!(d["entries"][1]["value"], "'two'");
    assert!(d["entries"][2].is_null(), "q's names, not p's: {d}");
    // q's 29th name found the shared keys full: its dict became a combined table.
    let e = &json["dicts"]["e"];
    assert_eq!(e["kind"], "unicode", "{e}");
    assert_eq!(e["entries"].as_array().map(Vec::len), Some(31));
    assert_eq!(
        json["dicts"]["f"]["kind"], "unicode",
        "a plain dict keeps its table"
    );

    // A table pyxray claims no layout for is compared by its items, whatever their slots;
    // a differing item is still a difference.
    let theirs = serde_json::json!({"d": {"kind": "split", "log2_size": 6, "entries": [
        {"hash": 1, "key": "'y'", "value": "'two'"}, null,
        {"hash": 2, "key": "'x'", "value": "1"}]}});
    let mut ours = serde_json::json!({"d": {"layout": "not modelled", "entries": [
        {"hash": 2, "key": "'x'", "value": "1"}, {"hash": 1, "key": "'y'", "value": "'two'"}]}});
    assert_eq!(
        pyxray::diff::dict_table_diffs(&theirs, &ours),
        Vec::<String>::new()
    );
    ours["d"]["entries"][0]["value"] = "2".into();
    let diffs = pyxray::diff::dict_table_diffs(&theirs, &ours);
    assert!(
        diffs.len() == 1 && diffs[0].starts_with("dict 'd': items"),
        "{diffs:?}"
    );

    if !python311_on_path() {
        eprintln!("skipped the check half: python3 3.11 is not on PATH");
        return;
    }
    let (code, out, err) = pyxray(&["check", &file]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("(stdout, exit code, 3 dict tables)"), "{out}");

    // An OrderedDict subclass's instance keeps a dict of its own, which pyxray does not
    // model as a table: compared by its items, and said so.
    let src = "import collections\nclass O(collections.OrderedDict):\n    pass\no = O()\n\
               o.a = 1\ng = o.__dict__\n";
    let file = write("odict_instance_dict.py", src);
    let (code, out, err) = pyxray(&["check", &file]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("note: dict 'g' is the __dict__ of an instance whose attribute table"),
        "{out}"
    );
    assert!(
        out.contains("(stdout, exit code, 1 dict table; the items of 1 instance dict)"),
        "{out}"
    );
}

/// `sys.argv` is one list naming the script as it was given, and `check` gives python3
/// and pyxray the same name for it (python3 runs a copy, from the copy's directory).
#[test]
fn sys_argv_names_the_script_as_given_and_check_agrees() {
    let src = "import sys\nprint(sys.argv)\nsys.argv.append('x')\nprint(len(sys.argv), sys.argv is sys.argv)\n";
    let f = write("argv_probe.py", src);
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("['{f}']\n2 True\n"));
    if !python311_on_path() {
        eprintln!("skipped the check half: python3 3.11 is not on PATH");
        return;
    }
    let (code, out, err) = pyxray(&["check", &f]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("agrees with"), "{out}");
}

/// random before random.seed(n) draws from the operating system's entropy in CPython:
/// nothing to compare with, so it is refused where it is first used.
#[test]
fn random_numbers_before_a_seed_are_refused() {
    let f = write(
        "unseeded.py",
        "import random\nx = 1\nprint(random.randint(1, 6))\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:3:1: pyxray does not simulate random numbers before random.seed(n) (CPython \
             seeds from the operating system) yet"
        )
    );
}

/// `sys.version_info`'s micro version differs between 3.11 releases (3.11.2 on Debian 12):
/// every use that would show it is refused, the others are answered (programs in
/// tests/programs/core/version_info.py).
#[test]
fn the_micro_version_of_sys_version_info_is_refused() {
    for (name, line) in [
        ("whole.py", "print(sys.version_info)"),
        ("micro.py", "print(sys.version_info.micro)"),
        ("item2.py", "print(sys.version_info[2])"),
        ("slice3.py", "print(sys.version_info[:3])"),
        ("bound.py", "v = sys.version_info"),
        (
            "decided_by_micro.py",
            "print(sys.version_info >= (3, 11, 1))",
        ),
        ("len.py", "print(len(sys.version_info))"),
    ] {
        let f = write(name, &format!("import sys\n{line}\n"));
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(out.is_empty(), "{name}: {out}");
        assert!(
            err.starts_with(&format!(
                "{f}:2:1: pyxray does not simulate sys.version_info as a whole yet: its micro \
                 version differs between CPython 3.11 releases"
            )),
            "{name}: {err}"
        );
    }
    let f = write(
        "not_sys.py",
        "class S:\n    version_info = (3, 11)\nsys = S()\nprint(sys.version_info[:2])\n",
    );
    let (code, _, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:4:1: pyxray does not simulate `.version_info` of anything but the sys module yet"
        )
    );
}

/// An exception that leaves `copy.copy`/`copy.deepcopy` uncaught would print copy.py's
/// frames, at lines that differ between 3.11 releases: refused at the call, while a
/// caught one behaves as in CPython (tests/programs/core/copy_module.py).
#[test]
fn an_uncaught_exception_from_inside_copy_is_refused_at_the_call() {
    let f = write(
        "copy_raises.py",
        "import copy\nclass B:\n    def __deepcopy__(self, memo):\n        raise ValueError('no')\n\
         print('before')\nx = [copy.deepcopy(\n    [B()])]\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "before\n");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:6:1: pyxray does not simulate the traceback of an exception raised inside the \
             copy module yet (it shows copy.py's lines, which differ between CPython 3.11 \
             releases)"
        )
    );
}

/// What the copy module would reach through code pyxray does not follow is refused.
#[test]
fn copies_pyxray_cannot_follow_are_refused() {
    for (name, src, what) in [
        (
            "slots.py",
            "import copy\nclass S:\n    __slots__ = ('a',)\ncopy.copy(S())\n",
            "4:1: pyxray does not simulate copying an instance of S (a subclass of a built-in \
             type or with __slots__) yet",
        ),
        (
            "getattr.py",
            "import copy\nclass R:\n    def __getattr__(self, name):\n        return 1\n\
             copy.deepcopy(R())\n",
            "5:1: pyxray does not simulate copying an instance of a class that defines \
             __getattr__ yet",
        ),
        (
            "iterator.py",
            "import copy\ncopy.deepcopy(iter([1]))\n",
            "2:1: pyxray does not simulate copying a 'list_iterator' object with the copy \
             module yet",
        ),
        (
            "too_deep.py",
            "import copy\nn = []\nc = n\nfor i in range(600):\n    c.append([])\n    c = c[0]\n\
             try:\n    copy.deepcopy(n)\nexcept RecursionError:\n    pass\n",
            "8:5: pyxray does not simulate copy.deepcopy() nested this deep (copy.py's frames \
             reach the recursion limit) yet",
        ),
        (
            "watched.py",
            "import copy, gc\nprint(copy.copy([1]))\n",
            "2:1: pyxray does not simulate the module 'copy' in a program whose reference \
             counts are shown yet",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert_eq!(err.trim_end(), format!("{f}:{what}"), "{name}");
    }
}

/// A library object that is a Python function, class or bound method in CPython is not
/// printed as a built-in function: its repr is refused (a C function's is printed).
#[test]
fn the_repr_of_a_library_function_written_in_python_is_refused() {
    let f = write(
        "reprs.py",
        "import time, copy\nprint(time.sleep)\nprint(copy.deepcopy)\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "<built-in function sleep>\n");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:3:1: pyxray does not simulate the repr of copy.deepcopy (in CPython a Python \
             function, class or bound method, not a built-in function) yet"
        )
    );
    let f = write(
        "types.py",
        "import random\nprint(type(len).__name__)\nprint(type(random.seed))\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "builtin_function_or_method\n");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:3:1: pyxray does not simulate the type of random.seed (in CPython a Python \
             function, class or bound method) yet"
        )
    );
}

/// `namedtuple()`'s class namespace holds Python code pyxray answers natively (`__new__`,
/// `_make`, the field properties ...): reading it is refused, not answered short.
#[test]
fn the_dict_of_a_namedtuple_class_is_refused() {
    let f = write(
        "nt_dict.py",
        "import collections\nNT = collections.namedtuple('NT', 'p q')\nprint(NT._fields)\n\
         print(sorted(vars(NT)))\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "('p', 'q')\n");
    assert_eq!(
        err.trim_end(),
        format!("{f}:4:1: pyxray does not simulate the __dict__ of a class namedtuple() made yet")
    );
}

/// A module's repr names the file CPython loaded it from (`<module 'copy' from
/// '/usr/lib/python3.11/copy.py'>`), which differs between installations (`math` is built
/// in on Debian and a shared library elsewhere): refused, except for the modules compiled
/// into every interpreter.
#[test]
fn the_repr_of_a_module_loaded_from_a_file_is_refused() {
    let f = write(
        "module_repr.py",
        "import sys, gc, math\nprint(sys, gc)\nprint(math)\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "<module 'sys' (built-in)> <module 'gc' (built-in)>\n");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:3:1: pyxray does not simulate the repr of the module 'math' (it shows the file \
             CPython loaded it from, which differs between installations) yet"
        )
    );
}

#[test]
fn a_decimal_int_literal_over_the_digit_limit_is_refused() {
    let digits = "1".repeat(4301);
    let f = write("long_literal.py", &format!("x = {digits}\nprint(x % 7)\n"));
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.starts_with(&format!(
            "{f}:1:5: pyxray does not simulate a decimal int literal of 4301 digits"
        )),
        "{err}"
    );
    // 4300 digits, digits split by underscores, and a hexadecimal literal of any length run.
    let ok = format!(
        "a = {}\nb = {}_1\nc = 0x{}\nprint(a % 7, b % 7, c % 7)\n",
        "1".repeat(4300),
        "1".repeat(4299),
        "1".repeat(5000)
    );
    let f = write("long_ok.py", &ok);
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "5 5 3\n");
}

#[test]
fn an_uncaught_system_exit_exits_as_python_does() {
    // _Py_HandleSystemExit(): no traceback; an int code is the status, None is 0, any
    // other object is printed and the status is 1. atexit still runs.
    let cases: &[(&str, i32, &str, &str)] = &[
        ("raise SystemExit\n", 0, "", ""),
        ("raise SystemExit(None)\n", 0, "", ""),
        ("raise SystemExit(3)\n", 3, "", ""),
        ("raise SystemExit(-1)\n", 255, "", ""),
        ("raise SystemExit(True)\n", 1, "", ""),
        ("raise SystemExit(1, 2)\n", 1, "", "(1, 2)\n"),
        (
            "import atexit\natexit.register(lambda: print('atexit ran'))\nraise SystemExit('bye')\n",
            1,
            "atexit ran\n",
            "bye\n",
        ),
    ];
    for (i, &(src, want_code, want_out, want_err)) in cases.iter().enumerate() {
        let f = write(&format!("sysexit{i}.py"), src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (want_code, want_out, want_err),
            "{src}"
        );
    }
}

#[test]
fn a_system_exit_asking_for_2_is_not_a_refusal() {
    if !python311_on_path() {
        return;
    }
    let f = write("sysexit2.py", "print('before')\nraise SystemExit(2)\n");
    let (code, out, err) = pyxray(&["check", &f]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("agrees with"), "{out}");
}

#[test]
fn a_suggestion_whose_candidates_cannot_be_listed_is_refused() {
    // dir() of a generator is not modelled, so the "Did you mean" line is not guessed.
    let f = write("suggest_refused.py", "def f():\n    yield 1\n\nf().sned\n");
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains(":4:1: pyxray does not simulate dir() of a 'generator' object yet"),
        "{err}"
    );
}

#[test]
fn did_you_mean_follows_cpython() {
    let cases: &[(&str, &str)] = &[
        (
            "count = 0\nprint(cuont)\n",
            "NameError: name 'cuont' is not defined. Did you mean: 'count'?",
        ),
        (
            "pritn('x')\n",
            "NameError: name 'pritn' is not defined. Did you mean: 'print'?",
        ),
        (
            "def f(lenght):\n    return lenth\nf(1)\n",
            "NameError: name 'lenth' is not defined. Did you mean: 'lenght'?",
        ),
        (
            "'abc'.uper()\n",
            "AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?",
        ),
        ("zzzzzz\n", "NameError: name 'zzzzzz' is not defined"),
        // Only what the interpreter set: a constructed one carries no name.
        ("raise AttributeError('uper')\n", "AttributeError: uper"),
    ];
    for (i, &(src, last)) in cases.iter().enumerate() {
        let f = write(&format!("suggest{i}.py"), src);
        let (code, _, err) = pyxray(&["run", &f]);
        assert_eq!(code, 1, "{src}: {err}");
        assert_eq!(err.lines().last(), Some(last), "{src}");
    }
}

/// A built-in that is a class in CPython (`map`, `zip` ...) is a function to pyxray: what
/// would show the difference is refused, as is `iter()`'s callable form.
#[test]
fn the_iterator_classes_and_iter_with_a_sentinel_are_refused() {
    let f = write(
        "mapcls.py",
        "print(map)\nprint(isinstance(map(str, []), map))\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "<class 'map'>\n");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:2:1: pyxray does not simulate isinstance() against map, filter, zip, \
             enumerate or reversed yet"
        )
    );
    let f = write("zipty.py", "print(type(zip))\n");
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "{f}:1:1: pyxray does not simulate the type of zip (in CPython a Python function, \
             class or bound method) yet"
        )
    );
    let f = write(
        "sentinel.py",
        "v = [3, 0]\nprint(list(iter(lambda: v.pop(0), 0)))\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim_end(),
        format!("{f}:2:1: pyxray does not simulate iter(callable, sentinel) yet")
    );
}

/// Declarations after a use, and a comprehension rebinding a `:=` target, are
/// SyntaxErrors CPython's symbol table reports; `return` in a class body is one its
/// compiler reports. pyxray refuses them with CPython's message.
#[test]
fn syntax_errors_of_the_symbol_table_are_refused() {
    for (name, src, at, message) in [
        (
            "use_global.py",
            "x = 1\ndef f():\n    print(x)\n    global x\n",
            "4:5",
            "name 'x' is used prior to global declaration",
        ),
        (
            "assign_global.py",
            "x = 1\nglobal x\n",
            "2:1",
            "name 'x' is assigned to before global declaration",
        ),
        (
            "param_global.py",
            "def f(a):\n    global a\n",
            "2:5",
            "name 'a' is parameter and global",
        ),
        (
            "annotated_global.py",
            "def f():\n    x: int = 1\n    global x\n",
            "3:5",
            "annotated name 'x' can't be global",
        ),
        (
            "use_nonlocal.py",
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
            "5:9",
            "name 'x' is used prior to nonlocal declaration",
        ),
        (
            "walrus.py",
            "print([j for i in range(3) if (j := i) for j in range(2)])\n",
            "1:44",
            "comprehension inner loop cannot rebind assignment expression target 'j'",
        ),
        (
            "class_return.py",
            "print(1)\nclass A:\n    return 1\n",
            "3:5",
            "pyxray does not simulate 'return' outside function yet",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(out.is_empty(), "{name}: {out}");
        assert_eq!(err.trim_end(), format!("{f}:{at}: {message}"), "{name}");
    }
}

/// Setters that change what an object is are refused, not stored as plain attributes.
#[test]
fn assigning_to_an_objects_class_or_namespace_is_refused() {
    for (name, src, attr) in [
        (
            "cls.py",
            "class A: pass\nclass B: pass\na = A()\na.__class__ = B\n",
            "__class__",
        ),
        (
            "dict.py",
            "class A: pass\na = A()\na.__dict__ = {'q': 1}\n",
            "__dict__",
        ),
        ("name.py", "class A: pass\nA.__name__ = 'B'\n", "__name__"),
        (
            "bases.py",
            "class A: pass\nclass B: pass\nclass C(A): pass\nC.__bases__ = (B,)\n",
            "__bases__",
        ),
        (
            "kwdefaults.py",
            "def f(*, k=1):\n    return k\nf.__kwdefaults__ = {'k': 2}\n",
            "__kwdefaults__",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(
            err.contains(&format!(
                "pyxray does not simulate assigning to the '{attr}' attribute yet"
            )),
            "{name}: {err}"
        );
    }
}

/// A key's `__eq__` that adds keys to the dict or set it is being looked up in, without
/// replacing the table, is refused: CPython goes on probing from where it was.
#[test]
fn a_key_comparison_that_grows_the_table_under_the_lookup_is_refused() {
    for (name, src, what) in [
        (
            "dict_grow.py",
            "d = {}\nclass A:\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        d['other'] = 1\n        return False\nd[A()] = 1\nd[A()] = 2\n",
            "of the dict being looked up",
        ),
        (
            "set_grow.py",
            "s = set()\nclass A:\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        s.add('other')\n        return False\ns.add(A())\nprint(A() in s)\n",
            "changes the set being looked up",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(
            err.contains("pyxray does not simulate a key comparison (__eq__)")
                && err.contains(what),
            "{name}: {err}"
        );
    }
}

/// An uncaught KeyboardInterrupt ends python3 by SIGINT (`exit_sigint()`), which a shell
/// reports as 130: `run` exits 130 after the traceback, and `check` reads python3's death
/// by signal the way a shell does, so the two agree. A subclass exits 1.
#[test]
fn an_uncaught_keyboard_interrupt_exits_130_as_python3_does_in_a_shell() {
    let f = write(
        "keyboard_interrupt.py",
        "print('working')\nraise KeyboardInterrupt\n",
    );
    let (code, out, err) = pyxray(&["run", &f]);
    assert_eq!(code, 130, "{out}{err}");
    assert_eq!(out, "working\n");
    assert!(
        err.ends_with("    raise KeyboardInterrupt\nKeyboardInterrupt\n"),
        "{err}"
    );
    let sub = write(
        "keyboard_interrupt_subclass.py",
        "class K(KeyboardInterrupt):\n    pass\nraise K\n",
    );
    let (code, _, err) = pyxray(&["run", &sub]);
    assert_eq!(code, 1, "{err}");
    if !python311_on_path() {
        eprintln!("skipped the check half: python3 3.11 is not on PATH");
        return;
    }
    for file in [&f, &sub] {
        let (code, out, err) = pyxray(&["check", file]);
        assert_eq!(code, 0, "{file}: {out}{err}");
        assert!(out.contains("agrees with"), "{file}: {out}");
    }
}

/// Arithmetic pyxray cannot finish or CPython's answer depends on the machine's memory
/// (a huge power, a repeat too long to build, bytes `%`) is refused, never answered with a
/// made-up Python exception.
#[test]
fn arithmetic_beyond_the_simulator_is_refused() {
    for (name, src, what) in [
        (
            "pow.py",
            "try:\n    x = 2 ** (2 ** 40)\nexcept Exception as e:\n    print('caught', e)\n",
            "an int ** int result this large",
        ),
        (
            "pow_result.py",
            "try:\n    x = 3 ** 10_000_000\nexcept Exception as e:\n    print('caught', e)\n",
            "an int ** int result this large",
        ),
        (
            "repeat.py",
            "try:\n    x = [1] * 10**9\nexcept Exception as e:\n    print('caught', e)\n",
            "a repeated sequence this long",
        ),
        (
            "repeat_str.py",
            "try:\n    x = 'ab' * 2**61\nexcept Exception as e:\n    print('caught', e)\n",
            "a repeated sequence this long",
        ),
        (
            "lshift.py",
            "try:\n    x = 1 << 10**8\nexcept Exception as e:\n    print('caught', e)\n",
            "an int << shift this large",
        ),
        (
            "bytes_mod.py",
            "print(b'%d %s' % (5, b'x'))\n",
            "%-formatting of bytes",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(!out.contains("caught"), "{name}: {out}");
        assert!(
            err.contains(&format!("pyxray does not simulate {what} yet")),
            "{name}: {err}"
        );
    }
}

/// Parts of object's and BaseException's namespaces that pyxray finds but does not model
/// are refused where they are reached, never answered with a guess.
#[test]
fn unmodelled_base_methods_are_refused() {
    for (name, src, what) in [
        (
            "exc_slot_repr.py",
            "class E(Exception): pass\nprint(E.__str__)\n",
            "the repr of the slot wrapper __str__ of an exception class",
        ),
        (
            "ne_builtin.py",
            "print(object.__ne__(1, 2))\n",
            "object.__ne__ of a 'int' object",
        ),
        (
            "reduce.py",
            "class A: pass\nprint(A().__reduce_ex__(2))\n",
            "the method object.__reduce_ex__",
        ),
        (
            "dict_ne.py",
            "class D(dict): pass\nprint(D().__ne__({}))\n",
            "dict.__ne__ on a subclass",
        ),
        (
            "with_traceback.py",
            "class E(Exception): pass\nE().with_traceback(None)\n",
            "BaseException.with_traceback on a subclass",
        ),
        (
            "hash_builtin.py",
            "print(object.__hash__(1))\n",
            "object.__hash__ of a 'int' object",
        ),
    ] {
        let f = write(name, src);
        let (code, out, err) = pyxray(&["run", &f]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(
            err.contains(&format!("pyxray does not simulate {what} yet")),
            "{name}: {err}"
        );
    }
}
