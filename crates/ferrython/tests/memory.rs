//! Memory stays flat when a program keeps making garbage cycles: the cycle collector reclaims them
//! (DESIGN.md: "A program that reloads a module 10,000 times must not grow"). The program reports its
//! own peak resident size (`VmHWM` from /proc/self/status); many more cycles must not raise it.

use std::process::Command;

const PROGRAM: &str = r#"
import sys

class Node:
    def __init__(self):
        self.me = self
        self.items = [self, {"k": self}]

def churn(n):
    for i in range(n):
        Node()
        d = {}
        d["d"] = d
        f = lambda: f

churn(int(sys.argv[1]))
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            print(int(line.split()[1]))
"#;

fn peak_kib(iterations: u32) -> u64 {
    let dir = std::env::temp_dir().join(format!("ferrython-memory-{}-{iterations}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("churn.py");
    std::fs::write(&file, PROGRAM).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_ferrython")).arg(&file).arg(iterations.to_string()).output().expect("run ferrython");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().parse().expect("VmHWM in KiB")
}

#[test]
fn garbage_cycles_do_not_grow_the_heap() {
    if !std::path::Path::new("/proc/self/status").exists() {
        return;
    }
    let small = peak_kib(10_000);
    let large = peak_kib(500_000);
    // 500,000 iterations make 2,000,000 garbage cycles; without the collector that is hundreds of MiB.
    assert!(large < small + 8 * 1024, "peak grew from {small} KiB to {large} KiB");
}

/// Run `program` (which prints its own `VmHWM`) with `count` as its argument; the peak in KiB.
fn program_peak_kib(name: &str, program: &str, count: u32) -> u64 {
    let dir = std::env::temp_dir().join(format!("ferrython-memory-{name}-{}-{count}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("{name}.py"));
    std::fs::write(&file, program).expect("write program");
    let out =
        Command::new(env!("CARGO_BIN_EXE_ferrython")).arg("-B").arg(&file).arg(count.to_string()).current_dir(&dir).output().expect("run ferrython");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().parse().expect("VmHWM in KiB")
}

const REPORT_PEAK: &str = r#"
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            print(int(line.split()[1]))
"#;

/// Objects with many attributes that refer to themselves: the collector's wait before the next
/// collection must not grow with the garbage it found.
#[test]
fn wide_garbage_does_not_grow_the_heap() {
    if !std::path::Path::new("/proc/self/status").exists() {
        return;
    }
    let program = format!(
        "{}{}",
        r#"
import sys

class Record:
    def __init__(self, i):
        self.a = self.b = self.c = self.d = self.e = self.f = i
        self.g = self.h = self.i = self.j = self.k = self.l = str(i)
        self.me = self

for i in range(int(sys.argv[1])):
    Record(i)
"#,
        REPORT_PEAK
    );
    let small = program_peak_kib("wide", &program, 20_000);
    let large = program_peak_kib("wide", &program, 400_000);
    assert!(large < small + 8 * 1024, "peak grew from {small} KiB to {large} KiB");
}

/// `importlib.reload` of a module whose classes call `super()` (their methods' `__class__` cells
/// close cycles through the classes' method caches) and keep a closure.
#[test]
fn reloading_a_module_does_not_grow_the_heap() {
    if !std::path::Path::new("/proc/self/status").exists() {
        return;
    }
    let program = format!(
        "{}{}",
        r#"
import importlib, sys
with open("reloaded.py", "w") as f:
    f.write('''
class Base:
    def __init__(self, n):
        self.n = n
class Child(Base):
    def __init__(self, n):
        super().__init__(n)
    def twice(self):
        return 2 * self.n
def counter():
    count = [0]
    def step():
        count[0] += 1
        return count[0]
    return step
STEP = counter()
VALUE = Child(21).twice() + STEP()
''')
sys.path.insert(0, "")
import reloaded
for _ in range(int(sys.argv[1])):
    importlib.reload(reloaded)
    assert reloaded.VALUE == 43
"#,
        REPORT_PEAK
    );
    let small = program_peak_kib("reload", &program, 200);
    let large = program_peak_kib("reload", &program, 4_000);
    assert!(large < small + 4 * 1024, "peak grew from {small} KiB to {large} KiB");
}
