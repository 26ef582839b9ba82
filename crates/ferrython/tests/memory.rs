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
