//! The on-disk bytecode cache (`__pycache__/<name>.ferrython-311.pyc`), where Ferrython differs from
//! CPython on purpose or where the evidence is on disk rather than in the output: the cache is keyed by
//! the source's content, so an edit that keeps the size and the modification time is still seen
//! (CPython's default `.pyc` check is fooled by it); `-B`, PYTHONDONTWRITEBYTECODE and
//! `sys.dont_write_bytecode` stop writing; a damaged cache file or an unwritable `__pycache__` costs a
//! recompilation and nothing else. What CPython does the same way is covered by the conformance cases
//! `bytecode_cache_*`.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory holding `files`, removed when dropped.
struct Tree(PathBuf);

impl Tree {
    fn new(tag: &str, files: &[(&str, &str)]) -> Tree {
        let dir = std::env::temp_dir().join(format!("ferrython-cache-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (name, text) in files {
            std::fs::write(dir.join(name), text).expect("write file");
        }
        Tree(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// Run `main.py` with the cache allowed (no PYTHONDONTWRITEBYTECODE) plus `flags`.
    fn run(&self, flags: &[&str]) -> Output {
        self.run_env(flags, &[])
    }

    fn run_env(&self, flags: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferrython"));
        cmd.args(flags).arg("main.py").current_dir(&self.0).env_remove("PYTHONDONTWRITEBYTECODE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("run ferrython")
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stdout(out: &Output) -> String {
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "stderr");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const CACHE: &str = "__pycache__/m.ferrython-311.pyc";

#[test]
fn an_edit_keeping_size_and_mtime_is_never_served_stale() {
    // m.py is rewritten with text of the same length, and its modification time is put back: only the
    // content tells the two versions apart.
    let main = r#"
import os, sys
import m
print(m.VALUE, os.path.exists(m.__cached__))
st = os.stat("m.py")
with open("m.py", "w") as f:
    f.write("VALUE = 'two'\n")
os.utime("m.py", ns=(st.st_atime_ns, st.st_mtime_ns))
assert os.stat("m.py").st_size == st.st_size
del sys.modules["m"]
import m
print(m.VALUE)
"#;
    let tree = Tree::new("stale", &[("main.py", main), ("m.py", "VALUE = 'one'\n")]);
    assert_eq!(stdout(&tree.run(&[])), "one True\ntwo\n");
    // And in a new process, the cache now holds the second version.
    std::fs::write(tree.path("main.py"), "import m\nprint(m.VALUE)\n").unwrap();
    assert_eq!(stdout(&tree.run(&[])), "two\n");
}

#[test]
fn a_valid_cache_file_is_read_not_rewritten() {
    let tree = Tree::new("reuse", &[("main.py", "import m\nprint(m.f())\n"), ("m.py", "def f():\n    return 41 + 1\n")]);
    assert_eq!(stdout(&tree.run(&[])), "42\n");
    let first = std::fs::metadata(tree.path(CACHE)).expect("cache written on first import");
    assert_eq!(stdout(&tree.run(&[])), "42\n");
    let second = std::fs::metadata(tree.path(CACHE)).unwrap();
    // Rewriting goes through a rename, which would give the file a new inode.
    assert_eq!((first.ino(), first.mtime_nsec()), (second.ino(), second.mtime_nsec()));
}

#[test]
fn dash_b_environment_and_sys_flag_turn_writing_off() {
    let files = [("main.py", "import m\nprint(m.X)\n"), ("m.py", "X = 3\n")];
    let tree = Tree::new("nowrite", &files);
    assert_eq!(stdout(&tree.run(&["-B"])), "3\n");
    assert!(!tree.path("__pycache__").exists(), "-B wrote a cache");
    assert_eq!(stdout(&tree.run_env(&[], &[("PYTHONDONTWRITEBYTECODE", "1")])), "3\n");
    assert!(!tree.path("__pycache__").exists(), "PYTHONDONTWRITEBYTECODE wrote a cache");
    // An empty value does not count, as in CPython.
    assert_eq!(stdout(&tree.run_env(&[], &[("PYTHONDONTWRITEBYTECODE", "")])), "3\n");
    assert!(tree.path(CACHE).exists());
    std::fs::remove_dir_all(tree.path("__pycache__")).unwrap();
    std::fs::write(tree.path("main.py"), "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(m.X)\n").unwrap();
    assert_eq!(stdout(&tree.run(&[])), "3\n");
    assert!(!tree.path("__pycache__").exists(), "sys.dont_write_bytecode = True wrote a cache");
}

#[test]
fn a_damaged_cache_file_is_recompiled_and_replaced() {
    let tree = Tree::new("damaged", &[("main.py", "import m\nprint(m.twice(21))\n"), ("m.py", "def twice(x):\n    return 2 * x\n")]);
    assert_eq!(stdout(&tree.run(&[])), "42\n");
    let good = std::fs::read(tree.path(CACHE)).unwrap();
    for damage in [b"garbage".to_vec(), good[..good.len() / 2].to_vec(), {
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        flipped
    }] {
        std::fs::write(tree.path(CACHE), &damage).unwrap();
        assert_eq!(stdout(&tree.run(&[])), "42\n");
        assert_eq!(std::fs::read(tree.path(CACHE)).unwrap(), good, "the damaged file was not replaced");
    }
}

#[test]
fn an_unwritable_cache_directory_costs_only_the_cache() {
    // `__pycache__` is a plain file here, so no cache can be written beside m.py.
    let tree = Tree::new("blocked", &[("main.py", "import m\nprint(m.X)\n"), ("m.py", "X = 'ok'\n"), ("__pycache__", "not a directory")]);
    assert_eq!(stdout(&tree.run(&[])), "ok\n");
    assert_eq!(std::fs::read_to_string(tree.path("__pycache__")).unwrap(), "not a directory");
    assert!(std::fs::read_dir(&tree.0).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn a_cache_file_follows_its_source_when_the_tree_moves() {
    let tree = Tree::new("moved", &[("main.py", "import m\nm.fail()\n"), ("m.py", "def fail():\n    raise ValueError('where')\n")]);
    let out = tree.run(&[]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{}/m.py", tree.0.display())));
    let moved = Path::new(&format!("{}-moved", tree.0.display())).to_path_buf();
    let _ = std::fs::remove_dir_all(&moved);
    std::fs::rename(&tree.0, &moved).unwrap();
    let tree = Tree(moved);
    assert!(tree.path(CACHE).exists());
    let out = tree.run(&[]);
    let err = String::from_utf8_lossy(&out.stderr);
    // The traceback names the file where it is now, with its source line.
    assert!(err.contains(&format!("File \"{}/m.py\", line 2, in fail", tree.0.display())), "{err}");
    assert!(err.contains("raise ValueError('where')"), "{err}");
}
